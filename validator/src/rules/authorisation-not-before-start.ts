// Business rule `authorisation-not-before-start`: an assessment is not authorised before it starts. Runs anywhere.
import { datesOutOfOrder } from '../dates.ts';
import { firstAssessment } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const authorisationNotBeforeStart: RecordRule<
  'authorisation-not-before-start',
  { start: string; end: string }
> = {
  id: 'authorisation-not-before-start',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Assessment authorised before it started',
  message: 'The assessment was authorised on {end}, before it started on {start}.',
  hint: 'Check the authorisation date and the start date.',
  fault: {
    name: 'authorised-before-start',
    change(record) {
      const a = firstAssessment(record);
      a.start_date = '2025-01-10';
      a.authorisation_date = '2025-01-02';
    },
  },
  check({ record, report }) {
    const episodes = record.social_care_episodes;
    if (!Array.isArray(episodes)) return;
    for (let e = 0; e < episodes.length; e++) {
      const episode = episodes[e];
      if (!isObject(episode)) continue;
      const assessments = episode.child_and_family_assessments;
      if (!Array.isArray(assessments)) continue;
      for (let a = 0; a < assessments.length; a++) {
        const assessment = assessments[a];
        if (!isObject(assessment)) continue;
        const dates = datesOutOfOrder(assessment.start_date, assessment.authorisation_date);
        if (dates)
          report(`/social_care_episodes/${e}/child_and_family_assessments/${a}/authorisation_date`, dates);
      }
    }
  },
};
