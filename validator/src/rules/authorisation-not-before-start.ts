// Business rule `authorisation-not-before-start`: an assessment is not authorised before it starts. Runs anywhere.
import { realDate } from '../dates.ts';
import { eachObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const authorisationNotBeforeStart: RecordRule = {
  id: 'authorisation-not-before-start',
  kind: 'record',
  check({ record, report }) {
    eachObject(record, 'social_care_episodes', (episode, e) => {
      eachObject(episode, 'child_and_family_assessments', (assessment, a) => {
        const start = realDate(assessment.start_date);
        const end = realDate(assessment.authorisation_date);
        if (start !== undefined && end !== undefined && end < start) {
          report(`/social_care_episodes/${e}/child_and_family_assessments/${a}/authorisation_date`, {
            start,
            end,
          });
        }
      });
    });
  },
};
