// Checks what the mock DfE API holds for each child: the last record it stored for it (a purge for a
// deleted child). Runs in Node under Vitest.
import { expect } from 'vitest';
import type { MockDfeApi } from '../../src/mock-api/mock-dfe-api.ts';

export function expectHeldByDfe(mock: MockDfeApi, expected: Record<string, unknown>): void {
  const held = new Map(mock.received.map((item) => [item.laChildId, item.record]));
  for (const [id, record] of Object.entries(expected)) expect(held.get(id), id).toEqual(record);
}

export const purged = (laChildId: string) => ({ la_child_id: laChildId, purge: true });
