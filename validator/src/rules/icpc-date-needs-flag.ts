// Business rule `icpc-date-needs-flag`: an ICPC date only when an ICPC was required. Runs anywhere.
import { firstEnquiry } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
import type { NoParams, RecordRule } from './rule.ts';

export const icpcDateNeedsFlag: RecordRule<'icpc-date-needs-flag', NoParams> = {
  id: 'icpc-date-needs-flag',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'ICPC date without an ICPC',
  message: 'There is an ICPC date, but icpc_required_flag is false.',
  hint: 'Send an ICPC date only when an initial child protection conference was needed.',
  fault: {
    name: 'icpc-date-without-flag',
    change(record) {
      const s = firstEnquiry(record);
      s.icpc_required_flag = false;
      s.icpc_date = String(s.start_date ?? '2024-06-01');
      s.start_date = s.icpc_date;
    },
  },
  check({ record, report }) {
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      const enquiries = episode.section_47_assessments;
      if (!Array.isArray(enquiries)) continue;
      for (let s = 0; s < enquiries.length; s++) {
        const enquiry = enquiries[s];
        if (!isObject(enquiry)) continue;
        if (enquiry.icpc_date !== undefined && enquiry.icpc_required_flag === false) {
          report(`/social_care_episodes/${e}/section_47_assessments/${s}/icpc_date`, {});
        }
      }
    }
  },
};
