// Business rule `factor-21-alone`: assessment factor 21 (no factors) is used on its own. Runs anywhere.
import { firstAssessment } from '../faults/record-parts.ts';
import { isObject } from '../record-access.ts';
import type { RecordRule } from './rule.ts';

export const factor21Alone: RecordRule<'factor-21-alone', { value: string }> = {
  id: 'factor-21-alone',
  kind: 'record',
  severity: 'error',
  consequence: 'data-quality',
  title: 'Factor 21 with other factors',
  message: 'Factor 21 (no factors identified) is listed with other factors.',
  hint: 'Use 21 only when no factor was identified. Otherwise list the factors without 21.',
  fault: {
    name: 'factor-21-with-others',
    change(record) {
      firstAssessment(record).factors = ['21', '3A'];
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
        const factors = assessment.factors;
        // 21 on its own is allowed, so only lists of two or more are searched.
        if (!Array.isArray(factors) || factors.length < 2) continue;
        const at = factors.indexOf('21');
        if (at !== -1) {
          report(`/social_care_episodes/${e}/child_and_family_assessments/${a}/factors/${at}`, {
            value: '21',
          });
        }
      }
    }
  },
};
