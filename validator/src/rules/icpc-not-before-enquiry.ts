// Business rule `icpc-not-before-enquiry`: an initial child protection conference is not before its section 47 enquiry started. Runs anywhere.
import { realDate } from '../dates.ts';
import { eachObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const icpcNotBeforeEnquiry: RecordRule = {
  id: 'icpc-not-before-enquiry',
  kind: 'record',
  check({ record, report }) {
    eachObject(record, 'social_care_episodes', (episode, e) => {
      eachObject(episode, 'section_47_assessments', (enquiry, s) => {
        const start = realDate(enquiry.start_date);
        const end = realDate(enquiry.icpc_date);
        if (start !== undefined && end !== undefined && end < start) {
          report(`/social_care_episodes/${e}/section_47_assessments/${s}/icpc_date`, { start, end });
        }
      });
    });
  },
};
