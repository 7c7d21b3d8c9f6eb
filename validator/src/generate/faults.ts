// Named faults: each turns valid generated records into input that makes one rule fire. Used by the
// tests (every rule, failing example) and by the site's "batch with typical problems" sample. Runs anywhere.
import { addYears, ageOn, collectionYear, dayNumber, isoDate, isoFromDay } from '../dates.ts';
import { isObject, type JsonObject } from '../record-access.ts';
import { rulesCatalogue } from '../spec/spec-data.ts';
import { upnCheckLetter, upnLetters } from '../upn.ts';

export interface FaultContext {
  /** The record the fault goes into. */
  index: number;
  /** Today as YYYY-MM-DD (the same `today` the records were generated and will be validated with). */
  today: string;
}

export interface Fault {
  name: string;
  /** The rule the fault makes fire. */
  rule: string;
  description: string;
  /** Returns the new input: usually the records array, for syntax faults a text. */
  apply(records: JsonObject[], context: FaultContext): unknown;
}

function objectIn(parent: JsonObject, key: string): JsonObject {
  const value = parent[key];
  if (isObject(value)) return value;
  const created: JsonObject = {};
  parent[key] = created;
  return created;
}

function listIn(parent: JsonObject, key: string): JsonObject[] {
  const value = parent[key];
  if (Array.isArray(value)) return value as JsonObject[];
  const created: JsonObject[] = [];
  parent[key] = created;
  return created;
}

function details(record: JsonObject): JsonObject {
  return objectIn(record, 'child_details');
}

function firstEpisode(record: JsonObject): JsonObject {
  const episodes = listIn(record, 'social_care_episodes');
  if (episodes.length === 0) {
    episodes.push({ social_care_episode_id: `${String(record.la_child_id)}X1`, referral_date: '2024-05-01' });
  }
  return episodes[0] as JsonObject;
}

/** The first item of a list in the first episode, created when missing. */
function firstItem(record: JsonObject, list: string, idKey: string): JsonObject {
  const items = listIn(firstEpisode(record), list);
  if (items.length === 0) items.push({ [idKey]: `${String(record.la_child_id)}F1` });
  return items[0] as JsonObject;
}

function placement(record: JsonObject): JsonObject {
  return firstItem(record, 'child_looked_after_placements', 'child_looked_after_placement_id');
}

function bornChild(record: JsonObject, today: string): JsonObject {
  const d = details(record);
  delete d.expected_date_of_birth;
  if (typeof d.date_of_birth !== 'string') d.date_of_birth = addYears(today, -10);
  return d;
}

function unbornChild(record: JsonObject, today: string): JsonObject {
  const d = details(record);
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

const validUpn = 'A950000178301';

type Apply = (record: JsonObject, context: FaultContext, records: JsonObject[]) => unknown;
const recordFault =
  (change: (record: JsonObject, context: FaultContext) => void): Apply =>
  (record, context) => {
    change(record, context);
    return undefined;
  };

const changes: Record<string, Apply> = {
  'empty-input': () => '   \n',
  'broken-json': (_r, _c, records) =>
    JSON.stringify(records, null, 2).replace('"la_child_id": ', '"la_child_id" '),
  'broken-ndjson-line': (_r, { index }, records) =>
    records.map((r, i) => (i === index ? JSON.stringify(r).slice(0, -1) : JSON.stringify(r))).join('\n'),
  wrapper: (_r, _c, records) => ({ la_code: 208, Children: records }),
  'not-records': () => '"children.json"',
  'unknown-field': recordFault((r) => {
    details(r).firstname = details(r).first_name ?? 'Sam';
    delete details(r).first_name;
  }),
  'missing-required': recordFault((r) => {
    delete firstEpisode(r).social_care_episode_id;
  }),
  'null-value': recordFault((r) => {
    details(r).ethnicity = null;
  }),
  'wrong-type': recordFault((r) => {
    details(r).uasc_flag = 'false';
  }),
  'too-long': recordFault((r) => {
    details(r).postcode = 'AB12  3DEF';
  }),
  'too-short': recordFault((r) => {
    delete details(r).unique_pupil_number_unknown_reason;
    details(r).unique_pupil_number = 'A95000017830';
  }),
  'bad-characters': recordFault((r) => {
    r.la_child_id = `${String(r.la_child_id)}/1`;
  }),
  'bad-date-format': recordFault((r, { today }) => {
    const d = bornChild(r, today);
    const dob = String(d.date_of_birth);
    d.date_of_birth = `${dob.slice(8, 10)}/${dob.slice(5, 7)}/${dob.slice(0, 4)}`;
  }),
  'too-many-items': recordFault((r) => {
    const a = firstItem(r, 'child_and_family_assessments', 'child_and_family_assessment_id');
    a.factors = [
      '1A',
      '1B',
      '1C',
      '2A',
      '2B',
      '2C',
      '3A',
      '3B',
      '3C',
      '4A',
      '4B',
      '4C',
      '5A',
      '5B',
      '5C',
      '6A',
      '6B',
      '6C',
      '7A',
      '8B',
      '8C',
      '8D',
      '8E',
      '8F',
      '9A',
      '10A',
      '11A',
      '12A',
      '13A',
      '14A',
      '15A',
      '16A',
      '17A',
      '18B',
      '18C',
      '19B',
      '19C',
      '20',
      '22A',
      '23A',
      '24A',
      '1D',
    ];
  }),
  'duplicate-items': recordFault((r, { today }) => {
    bornChild(r, today).disabilities = ['MOB', 'VIS', 'MOB'];
  }),
  'unknown-code': recordFault((r) => {
    firstEpisode(r).referral_source = 'ZZ';
  }),
  'superseded-code': recordFault((r, { today }) => {
    bornChild(r, today).date_of_birth = addYears(today, -19);
    objectIn(firstEpisode(r), 'care_leavers').activity = 'F3';
  }),
  'impossible-date': recordFault((r) => {
    firstEpisode(r).referral_date = '2025-02-30';
  }),
  'future-date': recordFault((r, { today }) => {
    firstEpisode(r).referral_date = isoFromDay(dayNumber(today) + 40);
  }),
  'expected-birth-far': recordFault((r, { today }) => {
    unbornChild(r, today).expected_date_of_birth = isoFromDay(dayNumber(today) + 400);
  }),
  'expected-birth-passed': recordFault((r, { today }) => {
    unbornChild(r, today).expected_date_of_birth = isoFromDay(dayNumber(today) - 150);
  }),
  'no-birth-date': recordFault((r) => {
    delete details(r).date_of_birth;
    delete details(r).expected_date_of_birth;
  }),
  'both-birth-dates': recordFault((r, { today }) => {
    const d = bornChild(r, today);
    d.expected_date_of_birth = d.date_of_birth;
  }),
  'placement-before-birth': recordFault((r, { today }) => {
    const d = bornChild(r, today);
    placement(r).start_date = isoFromDay(dayNumber(String(d.date_of_birth)) - 10);
  }),
  'end-before-start': recordFault((r) => {
    const plan = firstItem(r, 'child_protection_plans', 'child_protection_plan_id');
    plan.start_date = '2025-01-10';
    plan.end_date = '2024-12-01';
  }),
  'closure-before-referral': recordFault((r) => {
    const e = firstEpisode(r);
    e.referral_date = '2025-01-10';
    e.closure_date = '2024-11-01';
    e.closure_reason = 'RC8';
  }),
  'authorised-before-start': recordFault((r) => {
    const a = firstItem(r, 'child_and_family_assessments', 'child_and_family_assessment_id');
    a.start_date = '2025-01-10';
    a.authorisation_date = '2025-01-02';
  }),
  'icpc-before-enquiry': recordFault((r) => {
    const s = firstItem(r, 'section_47_assessments', 'section_47_assessment_id');
    s.start_date = '2025-01-10';
    s.icpc_required_flag = true;
    s.icpc_date = '2025-01-05';
  }),
  'adoption-out-of-order': recordFault((r) => {
    firstEpisode(r).adoption = {
      initial_decision_date: '2025-03-01',
      matched_date: '2025-02-01',
      placed_date: '2025-04-01',
    };
  }),
  'upn-bad-format': recordFault((r) => {
    delete details(r).unique_pupil_number_unknown_reason;
    details(r).unique_pupil_number = 'ABC0123456789';
  }),
  'upn-bad-check-letter': recordFault((r) => {
    delete details(r).unique_pupil_number_unknown_reason;
    details(r).unique_pupil_number = 'R247962919251';
  }),
  'upn-bad-la': recordFault((r) => {
    delete details(r).unique_pupil_number_unknown_reason;
    const body = '999123420001';
    details(r).unique_pupil_number = upnCheckLetter(`A${body}`) + body;
  }),
  'upn-temporary': recordFault((r) => {
    delete details(r).unique_pupil_number_unknown_reason;
    const body = `20812342001${upnLetters.charAt(3)}`;
    details(r).unique_pupil_number = upnCheckLetter(`A${body}`) + body;
  }),
  'upn-and-reason': recordFault((r) => {
    details(r).unique_pupil_number = validUpn;
    details(r).unique_pupil_number_unknown_reason = 'UN2';
  }),
  'upn-and-reason-missing': recordFault((r) => {
    delete details(r).unique_pupil_number;
    delete details(r).unique_pupil_number_unknown_reason;
  }),
  'un1-child-aged-6': recordFault((r, { today }) => {
    const d = bornChild(r, today);
    // Older is safe for the other date rules (placements and SDQs stay after birth).
    if (ageOn(String(d.date_of_birth), `${collectionYear(today).slice(0, 4)}-04-01`) < 6) {
      d.date_of_birth = addYears(today, -10);
    }
    delete d.unique_pupil_number;
    delete d.former_unique_pupil_number;
    d.unique_pupil_number_unknown_reason = 'UN1';
  }),
  'former-upn-bad': recordFault((r) => {
    details(r).former_unique_pupil_number = 'B950000178301';
  }),
  'former-upn-same': recordFault((r) => {
    delete details(r).unique_pupil_number_unknown_reason;
    details(r).unique_pupil_number = validUpn;
    details(r).former_unique_pupil_number = validUpn;
  }),
  'bad-postcode': recordFault((r) => {
    details(r).postcode = 'QQ1 1QQ';
  }),
  'none-with-disabilities': recordFault((r, { today }) => {
    bornChild(r, today).disabilities = ['NONE', 'HAND'];
  }),
  'factor-21-with-others': recordFault((r) => {
    firstItem(r, 'child_and_family_assessments', 'child_and_family_assessment_id').factors = ['21', '3A'];
  }),
  'closure-reason-missing': recordFault((r) => {
    const e = firstEpisode(r);
    e.closure_date = String(e.referral_date ?? '2024-05-01');
    delete e.closure_reason;
  }),
  'icpc-date-without-flag': recordFault((r) => {
    const s = firstItem(r, 'section_47_assessments', 'section_47_assessment_id');
    s.icpc_required_flag = false;
    s.icpc_date = String(s.start_date ?? '2024-06-01');
    s.start_date = s.icpc_date;
  }),
  'uasc-end-without-flag': recordFault((r) => {
    details(r).uasc_flag = false;
    details(r).uasc_end_date = '2024-06-01';
  }),
  'placement-end-reason-missing': recordFault((r) => {
    const p = placement(r);
    p.end_date = String(p.start_date ?? '2024-06-01');
    delete p.end_reason;
  }),
  'sdq-out-of-range': recordFault((r) => {
    listIn(objectIn(r, 'health_and_wellbeing'), 'sdq_assessments').push({ score: 41 });
  }),
  'sdq-before-birth': recordFault((r, { today }) => {
    const d = bornChild(r, today);
    const date = isoFromDay(dayNumber(String(d.date_of_birth)) - 30);
    listIn(objectIn(r, 'health_and_wellbeing'), 'sdq_assessments').push({ date, score: 12 });
  }),
  'care-leaver-too-young': recordFault((r, { today }) => {
    bornChild(r, today).date_of_birth = addYears(today, -12);
    objectIn(firstEpisode(r), 'care_leavers').contact_date = today;
  }),
  'duplicate-child': (record, { index }, records) => {
    records.splice(index + 1, 0, structuredClone(record));
    return records;
  },
  'duplicate-item': recordFault((r) => {
    const e = firstEpisode(r);
    const plans = listIn(e, 'child_in_need_plans');
    plans.push({ child_in_need_plan_id: 'DUP1' }, { child_in_need_plan_id: 'DUP1' });
  }),
  'batch-over-100': (_record, _c, records) => {
    const out = [...records];
    for (let i = 0; out.length <= 100; i++) {
      const copy = structuredClone(records[i % records.length] as JsonObject);
      copy.la_child_id = `OVER${i}`;
      out.push(copy);
    }
    return out;
  },
  'child-over-25': recordFault((r, { today }) => {
    bornChild(r, today).date_of_birth = addYears(today, -30);
    for (const episode of listIn(r, 'social_care_episodes')) delete episode.care_leavers;
  }),
  'placement-type-wrong-year': recordFault((r) => {
    const p = placement(r);
    p.start_date = '2025-06-01';
    p.placement_type = 'Z1';
  }),
  'unborn-sex': recordFault((r, { today }) => {
    unbornChild(r, today).sex = 'F';
  }),
  'unborn-disabilities': recordFault((r, { today }) => {
    unbornChild(r, today).disabilities = ['NONE'];
  }),
  'change-reason-open': recordFault((r) => {
    const p = placement(r);
    delete p.end_date;
    delete p.end_reason;
    p.change_reason = 'CARPL';
  }),
  'nfa-with-activity': recordFault((r) => {
    const e = firstEpisode(r);
    e.referral_no_further_action_flag = true;
    firstItem(r, 'child_and_family_assessments', 'child_and_family_assessment_id');
  }),
  'open-item-in-closed-episode': recordFault((r) => {
    const e = firstEpisode(r);
    e.closure_date = String(e.referral_date ?? '2024-05-01');
    e.closure_reason = 'RC8';
    const plan = firstItem(r, 'child_in_need_plans', 'child_in_need_plan_id');
    delete plan.end_date;
  }),
  'purge-with-data': recordFault((r) => {
    r.purge = true;
  }),
  'purge-in-full': recordFault((r) => {
    firstItem(r, 'child_in_need_plans', 'child_in_need_plan_id').purge = true;
  }),
  'bad-text-characters': recordFault((r) => {
    details(r).first_name = 'Sam\ud83d';
  }),
};

/** Every named fault, in the order of the rules catalogue. */
export const faults: readonly Fault[] = rulesCatalogue
  .filter((entry) => entry.fault !== null)
  .map((entry) => {
    const name = entry.fault as string;
    const change = changes[name];
    if (!change) throw new Error(`No fault called ${name}`);
    return {
      name,
      rule: entry.id,
      description: entry.title,
      apply(records: JsonObject[], context: FaultContext) {
        const copy = structuredClone(records);
        const record = copy[context.index];
        if (!record) throw new RangeError(`There is no record ${context.index} to put the fault in.`);
        const result = change(record, context, copy);
        return result === undefined ? copy : result;
      },
    };
  });

/**
 * Returns new input with the named fault put into record `index` (0 by default); the records passed in
 * are not changed. `today` must match the `today` used for generating and validating.
 */
export function injectFault(
  records: readonly JsonObject[],
  name: string,
  options: { index?: number; today?: Date } = {},
): unknown {
  const fault = faults.find((f) => f.name === name);
  if (!fault) throw new RangeError(`There is no fault called ${name}.`);
  return fault.apply([...records], {
    index: options.index ?? 0,
    today: isoDate(options.today ?? new Date()),
  });
}
