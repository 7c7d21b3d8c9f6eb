// The faults for the syntax, schema and code-set findings, by the names their catalogue entries give
// (`layer-findings.json`). Business rules declare their own faults in their files. Runs anywhere.
import { addYears } from '../dates.ts';
import type { FaultDefinition } from '../rules/rule.ts';
import { bornChild, childDetails, firstAssessment, firstEpisode, objectIn, setUpn } from './record-parts.ts';

/** 42 factors: more than an assessment may list. */
const tooManyFactors =
  '1A 1B 1C 2A 2B 2C 3A 3B 3C 4A 4B 4C 5A 5B 5C 6A 6B 6C 7A 8B 8C 8D 8E 8F 9A 10A 11A 12A 13A 14A 15A 16A 17A 18B 18C 19B 19C 20 22A 23A 24A 1D';

type Change = FaultDefinition['change'];

export const layerFaults: Readonly<Record<string, Change>> = {
  'empty-input': () => '   \n',
  'broken-json': (_r, _c, records) =>
    JSON.stringify(records, null, 2).replace('"la_child_id": ', '"la_child_id" '),
  'broken-ndjson-line': (_r, { index }, records) =>
    records.map((r, i) => (i === index ? JSON.stringify(r).slice(0, -1) : JSON.stringify(r))).join('\n'),
  wrapper: (_r, _c, records) => ({ la_code: 208, Children: records }),
  'not-records': () => '"children.json"',
  'unknown-field': (r) => {
    const d = childDetails(r);
    d.firstname = d.first_name ?? 'Sam';
    delete d.first_name;
  },
  'missing-required': (r) => {
    delete firstEpisode(r).social_care_episode_id;
  },
  'null-value': (r) => {
    childDetails(r).ethnicity = null;
  },
  'wrong-type': (r) => {
    childDetails(r).uasc_flag = 'false';
  },
  'too-long': (r) => {
    childDetails(r).postcode = 'AB12  3DEF';
  },
  'too-short': (r) => setUpn(r, 'A95000017830'),
  'bad-characters': (r) => {
    r.la_child_id = `${String(r.la_child_id)}/1`;
  },
  'bad-date-format': (r, { today }) => {
    const d = bornChild(r, today);
    const dob = String(d.date_of_birth);
    d.date_of_birth = `${dob.slice(8, 10)}/${dob.slice(5, 7)}/${dob.slice(0, 4)}`;
  },
  'too-many-items': (r) => {
    firstAssessment(r).factors = tooManyFactors.split(' ');
  },
  'duplicate-items': (r, { today }) => {
    bornChild(r, today).disabilities = ['MOB', 'VIS', 'MOB'];
  },
  'unknown-code': (r) => {
    firstEpisode(r).referral_source = 'ZZ';
  },
  'superseded-code': (r, { today }) => {
    bornChild(r, today).date_of_birth = addYears(today, -19);
    objectIn(firstEpisode(r), 'care_leavers').activity = 'F3';
  },
};
