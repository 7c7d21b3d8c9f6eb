// Files as a source of the submission pipeline: today's snapshot (JSON or NDJSON files), planned child by
// child into the state file's send queue (plan-snapshot.ts). Deletions are for the children the DfE holds
// that are missing from the snapshot. Runs in Node.
import type { Source } from '../source/source.ts';
import { planSnapshot } from './plan-snapshot.ts';
import type { SubmissionSource } from './submission-source.ts';

export function snapshotSource(source: Source): SubmissionSource {
  return {
    description: source.description,
    async plan(planning) {
      const { snapshot, queue, vanished, held, fullFallbacks } = await planSnapshot({ ...planning, source });
      return {
        recordsRead: snapshot.recordsRead,
        withheld: snapshot.invalid.length + snapshot.untracked.length,
        counts: queue.counts(),
        invalid: snapshot.invalid,
        dataQuality: snapshot.dataQuality,
        fullFallbacks,
        deletions: {
          count: vanished.length,
          held: async () => held,
          gone: "are missing from today's snapshot",
          cutShort: 'the extract',
          toCheck: 'the extract',
        },
        details: { vanished: vanished.length },
        sends: () => queue.planned(),
        batches: (size) => queue.batches(size),
        unchanged: () => queue.unchanged(),
        passedGate: () => queue.validIds(),
        logWithheld(audit) {
          for (const untracked of snapshot.untracked) audit.event('record-untracked', untracked);
          for (const child of snapshot.invalid)
            audit.event('record-invalid', { child: child.laChildId, rules: child.rules, error: child.error });
        },
      };
    },
  };
}
