import { hashRecord, type KnownChild, type RecordCheck } from 'csc-api-validator/delta';
import { describe, expect, it } from 'vitest';
import { type DatabasePlanInput, looksLikeReceipt, planDatabaseSends } from './plan-database-sends.ts';
import type { StagingRow } from './staging-table.ts';

const receipt = (n: number) => `2026-11-25_23:10:0${n}.12_0f8fad5b-d9cb-469f-a165-70867728950${n}.json`;

/** Records whose `bad` field is true break rule `test.bad`. */
const check: RecordCheck = (records) =>
  new Map(
    records.flatMap((record, index) =>
      (record as { bad?: boolean }).bad === true
        ? [[index, { withhold: true, rules: ['test.bad'], message: 'bad record' }]]
        : [],
    ),
  );

function child(id: string, extra: Record<string, unknown> = {}) {
  return { la_child_id: id, child_details: { first_name: 'Sam', surname: 'Example' }, ...extra };
}

function row(personId: string, payload: unknown, extra: Partial<StagingRow> = {}): StagingRow {
  return {
    personId,
    jsonPayload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    previousJsonPayload: null,
    rowState: 'new',
    submissionStatus: 'pending',
    apiResponse: null,
    ...extra,
  };
}

function plan(rows: StagingRow[], extra: Partial<DatabasePlanInput> = {}) {
  return planDatabaseSends({
    rows,
    check,
    mode: 'full',
    partial: false,
    ignored: new Set(),
    known: new Map(),
    receipts: new Map(),
    ...extra,
  });
}

describe('planning sends from staging rows', () => {
  it('sends valid rows whole and writes the reason for each row it cannot send', () => {
    const result = plan([
      row('1', child('C1')),
      row('2', child('C2', { bad: true })),
      row('3', '{"la_child_id": "C3"'),
      row('4', { mis_child_id: 'no id' }),
      row('5', child('C5')),
      row('6', child('C5')),
    ]);
    expect(result.sends.map((send) => [send.laChildId, send.kind])).toEqual([['C1', 'full']]);
    expect(JSON.parse(result.sends[0]?.payload ?? '')).toEqual(child('C1'));
    const reasons = new Map(result.rejected.map((item) => [item.row.personId, item.error]));
    expect(reasons.get('2')).toEqual({ error: 'bad record', rules: ['test.bad'] });
    expect(reasons.get('3')?.error).toContain('json_payload is not valid JSON');
    expect(reasons.get('4')?.error).toContain('no la_child_id');
    expect(reasons.get('5')?.rules).toEqual(['duplicate-la-child-id']);
    expect(reasons.get('6')?.error).toContain('in 2 rows of the table');
  });

  it('sends a deletion for a deleted row, naming the child from its last payload', () => {
    const result = plan([
      row('P9', null, {
        rowState: 'Deleted',
        submissionStatus: 'sent',
        previousJsonPayload: JSON.stringify(child('C9')),
      }),
      row('P10', null, { rowState: 'deleted', jsonPayload: null }),
    ]);
    expect(result.sends.map((send) => send.payload)).toEqual([
      '{"la_child_id":"C9","purge":true}',
      '{"la_child_id":"P10","purge":true}',
    ]);
    expect(result.rowOf.get('C9')?.personId).toBe('P9');
  });

  it('does not send again what the state file confirmed but the table never recorded', () => {
    const record = child('C1');
    const known = new Map<string, KnownChild>([
      ['C1', { laChildId: 'C1', status: 'sent', sentHash: hashRecord(record, new Set()), sentRunId: 4 }],
      ['C2', { laChildId: 'C2', status: 'sent', sentHash: hashRecord(child('C2'), new Set()), sentRunId: 4 }],
    ]);
    const receipts = new Map([
      ['C1', { receipt: receipt(1), sentAt: '2026-11-25T23:10:01.000Z' }],
      ['C2', { receipt: receipt(2), sentAt: '2026-11-25T23:10:02.000Z' }],
    ]);
    const result = plan(
      [
        row('1', record),
        // The table already holds this receipt: the LA's SQL set the row pending again, so full mode sends it.
        row('2', child('C2'), { apiResponse: receipt(2) }),
      ],
      { known, receipts },
    );
    expect(result.held).toEqual([
      expect.objectContaining({
        laChildId: 'C1',
        receipt: receipt(1),
        why: 'unrecorded',
        sentAt: '2026-11-25T23:10:01.000Z',
      }),
    ]);
    expect(result.sends.map((send) => send.laChildId)).toEqual(['C2']);
  });

  it('in delta mode, holds a row whose content the DfE has, only when a receipt proves it', () => {
    const same = child('C1');
    const result = plan(
      [
        row('1', same, { previousJsonPayload: JSON.stringify(same), apiResponse: receipt(1) }),
        row('2', child('C2'), {
          previousJsonPayload: JSON.stringify(child('C2')),
          apiResponse: '{"error":"timeout"}',
        }),
        row('3', child('C3', { mis_child_id: 'NEW' }), { previousJsonPayload: JSON.stringify(child('C3')) }),
      ],
      { mode: 'delta', partial: true },
    );
    expect(result.held.map((item) => [item.laChildId, item.receipt, item.why])).toEqual([
      ['C1', receipt(1), 'unchanged'],
    ]);
    expect(result.sends.map((send) => [send.laChildId, send.kind])).toEqual([
      ['C2', 'full'],
      ['C3', 'partial'],
    ]);
    expect(JSON.parse(result.sends[1]?.payload ?? '')).toEqual({ la_child_id: 'C3', mis_child_id: 'NEW' });
  });

  it('ignores the fields it is told to when comparing with the previous payload', () => {
    const previous = child('C1', { mis_child_id: 'OLD' });
    const result = plan(
      [
        row('1', child('C1', { mis_child_id: 'NEW' }), {
          previousJsonPayload: JSON.stringify(previous),
          apiResponse: receipt(1),
        }),
      ],
      {
        mode: 'delta',
        ignored: new Set(['mis_child_id']),
      },
    );
    expect(result.sends).toEqual([]);
    expect(result.held).toHaveLength(1);
  });

  it('tells a receipt from an error in api_response', () => {
    expect(looksLikeReceipt(receipt(3))).toBe(true);
    expect(looksLikeReceipt('0f8fad5b-d9cb-469f-a165-708677289501')).toBe(true);
    expect(looksLikeReceipt('{"error":"rejected 0f8fad5b-d9cb-469f-a165-708677289501"}')).toBe(false);
    expect(looksLikeReceipt(null)).toBe(false);
  });
});
