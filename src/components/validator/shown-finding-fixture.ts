// A finding as the validator page holds it, for unit tests (Vitest): sensible values, with any overridden.
import type { ShownFinding } from './finding-groups.ts';

export function shownFinding(overrides: Partial<ShownFinding>): ShownFinding {
  return {
    rule: 'example-rule',
    severity: 'error',
    consequence: 'data-quality',
    message: 'Something is wrong.',
    hint: 'Fix it.',
    path: '/0/child_details/sex',
    record: 0,
    childId: 'CHILD1',
    params: {},
    source: 0,
    sourceName: 'batch.json',
    index: 0,
    ...overrides,
  };
}
