// Business rule `icpc-date-needs-flag`: an ICPC date only when an ICPC was required. Runs anywhere.
import { eachObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const icpcDateNeedsFlag: RecordRule = {
  id: 'icpc-date-needs-flag',
  kind: 'record',
  check({ record, report }) {
    eachObject(record, 'social_care_episodes', (episode, e) => {
      eachObject(episode, 'section_47_assessments', (enquiry, s) => {
        if (enquiry.icpc_date !== undefined && enquiry.icpc_required_flag === false) {
          report(`/social_care_episodes/${e}/section_47_assessments/${s}/icpc_date`, {});
        }
      });
    });
  },
};
