// Named faults: each turns valid generated records into input that makes one finding appear. A business
// rule declares its fault in its own file; the syntax, schema and code-set faults are in
// faults/layer-faults.ts. Used by the tests (every rule, failing example) and the site's samples. Runs anywhere.
import { isoDate } from '../dates.ts';
import { layerFaults } from '../faults/layer-faults.ts';
import type { JsonObject } from '../record-access.ts';
import { rules } from '../rules/index.ts';
import type { FaultContext, FaultDefinition } from '../rules/rule.ts';
import { rulesCatalogue } from '../rules-catalogue.ts';

export type { FaultContext } from '../rules/rule.ts';

export interface Fault {
  name: string;
  /** The finding the fault makes appear. */
  rule: string;
  description: string;
  /** Returns the new input: usually the records array, for syntax faults a text. */
  apply(records: JsonObject[], context: FaultContext): unknown;
}

const changes = new Map<string, FaultDefinition['change']>([
  ...Object.entries(layerFaults),
  ...rules.map((rule): [string, FaultDefinition['change']] => [rule.fault.name, rule.fault.change]),
]);

/** Every named fault, in the order of the rules catalogue. */
export const faults: readonly Fault[] = rulesCatalogue.flatMap((entry) => {
  const change = entry.fault === null ? undefined : changes.get(entry.fault);
  if (entry.fault === null || change === undefined) return [];
  return [
    {
      name: entry.fault,
      rule: entry.id,
      description: entry.title,
      apply(records: JsonObject[], context: FaultContext) {
        const copy = structuredClone(records);
        const record = copy[context.index];
        if (!record) throw new RangeError(`There is no record ${context.index} to put the fault in.`);
        const result = change(record, context, copy);
        return result === undefined ? copy : result;
      },
    },
  ];
});

/**
 * Returns new input with the named fault put into record `index` (0 by default); the records passed in
 * are not changed. `today` must match the `today` used for generating and validating.
 */
export function injectFault(
  records: readonly JsonObject[],
  name: string,
  options: { index?: number; today?: Date } = {},
): unknown {
  const fault = faults.find((f) => f.name === name);
  if (!fault) throw new RangeError(`There is no fault called ${name}.`);
  return fault.apply([...records], {
    index: options.index ?? 0,
    today: isoDate(options.today ?? new Date()),
  });
}
