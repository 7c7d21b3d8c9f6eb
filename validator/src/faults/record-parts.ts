// The parts of a generated record that faults change, found or created so a fault works on any record
// the generator makes. Used only by the rules' and layers' faults. Runs anywhere.
import { addYears, dayNumber, isoFromDay } from '../dates.ts';
import { isObject, type JsonObject } from '../record-access.ts';

/** A UPN with the right check letter and a real LA number. */
export const validUpn = 'A950000178301';

export function objectIn(parent: JsonObject, key: string): JsonObject {
  const value = parent[key];
  if (isObject(value)) return value;
  const created: JsonObject = {};
  parent[key] = created;
  return created;
}

export function listIn(parent: JsonObject, key: string): JsonObject[] {
  const value = parent[key];
  if (Array.isArray(value)) return value as JsonObject[];
  const created: JsonObject[] = [];
  parent[key] = created;
  return created;
}

export function childDetails(record: JsonObject): JsonObject {
  return objectIn(record, 'child_details');
}

export function firstEpisode(record: JsonObject): JsonObject {
  const episodes = listIn(record, 'social_care_episodes');
  if (episodes.length === 0) {
    episodes.push({ social_care_episode_id: `${String(record.la_child_id)}X1`, referral_date: '2024-05-01' });
  }
  return episodes[0] as JsonObject;
}

/** The first item of a list in the first episode, created when missing. */
export function firstItem(record: JsonObject, list: string, idKey: string): JsonObject {
  const items = listIn(firstEpisode(record), list);
  if (items.length === 0) items.push({ [idKey]: `${String(record.la_child_id)}F1` });
  return items[0] as JsonObject;
}

export function firstPlacement(record: JsonObject): JsonObject {
  return firstItem(record, 'child_looked_after_placements', 'child_looked_after_placement_id');
}

export function firstAssessment(record: JsonObject): JsonObject {
  return firstItem(record, 'child_and_family_assessments', 'child_and_family_assessment_id');
}

export function firstEnquiry(record: JsonObject): JsonObject {
  return firstItem(record, 'section_47_assessments', 'section_47_assessment_id');
}

export function firstChildInNeedPlan(record: JsonObject): JsonObject {
  return firstItem(record, 'child_in_need_plans', 'child_in_need_plan_id');
}

/** The record's details as a born child's: no expected date of birth, a date of birth 10 years ago if none. */
export function bornChild(record: JsonObject, today: string): JsonObject {
  const d = childDetails(record);
  delete d.expected_date_of_birth;
  if (typeof d.date_of_birth !== 'string') d.date_of_birth = addYears(today, -10);
  return d;
}

/** The record made an unborn child's, due in 60 days, without what an unborn child cannot have. */
export function unbornChild(record: JsonObject, today: string): JsonObject {
  const d = childDetails(record);
  delete d.date_of_birth;
  delete d.disabilities;
  d.sex = 'U';
  d.expected_date_of_birth = isoFromDay(dayNumber(today) + 60);
  delete record.health_and_wellbeing;
  for (const episode of listIn(record, 'social_care_episodes')) {
    delete episode.child_looked_after_placements;
    delete episode.care_leavers;
  }
  return d;
}

/** Sets the UPN, taking away the unknown reason that may not stand beside it. */
export function setUpn(record: JsonObject, upn: string): void {
  const d = childDetails(record);
  delete d.unique_pupil_number_unknown_reason;
  d.unique_pupil_number = upn;
}
