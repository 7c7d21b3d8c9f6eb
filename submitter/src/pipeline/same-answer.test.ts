import { describe, expect, it } from 'vitest';
import { sameAnswer } from './same-answer.ts';

describe('sameAnswer', () => {
  it('takes answers that differ only in trace ids and times for the same answer', () => {
    expect(
      sameAnswer(
        '{"error":"Schema version not supported","traceId":"0f8fad5b-d9cb-469f-a165-70867728950e","at":"2026-11-26T09:00:00.123Z"}',
        '{"error":"Schema version not supported","traceId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","at":"2026-11-26T09:00:01.456Z"}',
      ),
    ).toBe(true);
    expect(
      sameAnswer('request 00a1b2c3d4e5f60718293a4b refused', 'request ffeeddccbbaa998877665544 refused'),
    ).toBe(true);
  });

  it('tells apart answers that say different things', () => {
    expect(
      sameAnswer('{"error":"Schema version not supported"}', '{"error":"$[0].la_child_id is missing"}'),
    ).toBe(false);
  });
});
