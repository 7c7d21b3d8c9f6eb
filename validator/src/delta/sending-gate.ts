// csc-api's pre-send gate: runs the shared validate() over the records, in request-sized groups. A record
// the DfE API would reject is withheld; one with data-quality errors is sent unless the LA holds those too
// (`holdOn: 'data-quality'`). Warnings never stop a record. The compare page gates with it too. Runs anywhere.
import { wouldBeRejected } from '../summarise.ts';
import type { Finding } from '../types.ts';
import { validate } from '../validate.ts';

/** What withholds a record: only what the DfE API would reject, or data-quality errors too. */
export type HoldOn = 'rejected' | 'data-quality';

export interface RecordProblem {
  /** False for a record sent with data-quality errors: the DfE API accepts it, and the LA lets it go. */
  withhold: boolean;
  /** Rule ids of the errors found, those the API would reject first, for example `schema.required`. */
  rules: string[];
  /** A short plain-English summary of the errors. */
  message: string;
}

/** Returns the problems by record position; records not in the map have no errors. */
export type RecordCheck = (records: readonly unknown[]) => Map<number, RecordProblem>;

/** Records are checked in groups the size of one request, as the DfE will see them. */
const groupSize = 100;
const rulesShownInMessage = 3;

export function validatorCheck(today: Date, holdOn: HoldOn): RecordCheck {
  return (records) => {
    const problems = new Map<number, RecordProblem>();
    for (let start = 0; start < records.length; start += groupSize) {
      const group = records.slice(start, start + groupSize);
      const report = validate(group, { mode: 'full', today });
      const byRecord = new Map<number, Finding[]>();
      for (const finding of report.findings) {
        if (finding.severity !== 'error' || finding.record === null) continue;
        const list = byRecord.get(finding.record) ?? [];
        list.push(finding);
        byRecord.set(finding.record, list);
      }
      for (const [index, found] of byRecord) {
        // Those the API would reject first: they decide, and they lead the message.
        const findings = [...found.filter(wouldBeRejected), ...found.filter((f) => !wouldBeRejected(f))];
        const rejected = wouldBeRejected(findings[0] as Finding);
        const rules = [...new Set(findings.map((finding) => finding.rule))];
        const shown = findings
          .slice(0, rulesShownInMessage)
          .map((finding) => `${finding.rule} at ${finding.path || '/'}: ${finding.message}`);
        const more =
          findings.length > rulesShownInMessage ? ` (and ${findings.length - rulesShownInMessage} more)` : '';
        problems.set(start + index, {
          withhold: rejected || holdOn === 'data-quality',
          rules,
          message: `${shown.join('; ')}${more}`,
        });
      }
    }
    return problems;
  };
}
