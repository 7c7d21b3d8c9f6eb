// Business rule `icpc-not-before-enquiry`: an initial child protection conference is not before its section 47 enquiry started. Runs anywhere.
import { datesOutOfOrder } from '../dates.ts';
import { firstEnquiry } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const icpcNotBeforeEnquiry: RecordRule<'icpc-not-before-enquiry', { start: string; end: string }> = {
  id: 'icpc-not-before-enquiry',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Conference before the enquiry',
  message:
    'The initial child protection conference on {end} is before the section 47 enquiry started on {start}.',
  hint: 'Check the ICPC date and the enquiry start date.',
  fault: {
    name: 'icpc-before-enquiry',
    change(record) {
      const s = firstEnquiry(record);
      s.start_date = '2025-01-10';
      s.icpc_required_flag = true;
      s.icpc_date = '2025-01-05';
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
        const dates = datesOutOfOrder(enquiry.start_date, enquiry.icpc_date);
        if (dates) report(`/social_care_episodes/${e}/section_47_assessments/${s}/icpc_date`, dates);
      }
    }
  },
};
