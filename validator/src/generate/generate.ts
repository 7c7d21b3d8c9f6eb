// generate(): valid, realistic, deterministic synthetic child records for a spec version: every code set
// used, consistent date chains, unborn children, care leavers, UASC children and episodes of every kind.
// Synthetic only: no real child's data. Runs anywhere.
import { ageOn, collectionYear, dayNumber, isoDate, isoFromDay, reportingWindowStart } from '../dates.ts';
import type { JsonObject } from '../record-access.ts';
import { currentSpecVersion, getSpecVersion } from '../spec/spec-data.ts';
import { withCheckLetter } from '../upn.ts';
import { Cycler, codesOf } from './code-cycler.ts';
import { type Batch, EpisodeBuilder, type Kind } from './episode-builder.ts';
import { createRandom } from './random.ts';
import { randomPostcode } from './random-postcode.ts';

export interface GenerateOptions {
  /** How many child records. */
  count: number;
  /** Same seed (and same `today`), same records. Defaults to 1. */
  seed?: number;
  /** The spec version the records must match; defaults to the current one. */
  specVersion?: string;
  /** The day the data is "sent"; dates are never after it. Defaults to today. */
  today?: Date;
}

const kinds: [Kind, number][] = [
  ['child-in-need', 0.3],
  ['protection', 0.18],
  ['looked-after', 0.2],
  ['adopted', 0.05],
  ['care-leaver', 0.12],
  ['uasc', 0.08],
  ['unborn', 0.07],
];

const firstNames = ['Alex', 'Sam', 'Jordan', 'Riley', 'Casey', 'Morgan', 'Jamie', 'Taylor', 'Avery', 'Robin'];
const surnames = [
  'Ashdown',
  'Brook',
  'Carver',
  'Dale',
  'Ellison',
  'Fenwick',
  'Garth',
  'Hollis',
  'Ives',
  'Jessop',
];

class ChildBuilder {
  private readonly batch: Batch;
  private readonly episodes: EpisodeBuilder;

  constructor(batch: Batch) {
    this.batch = batch;
    this.episodes = new EpisodeBuilder(batch);
  }

  /** UN1 means under 6, judged on 1 April of the collection year (see the un1-child-not-under-6 rule). */
  private upnUnknownReason(birth: number | undefined): string {
    const yearStart = `${collectionYear(isoFromDay(this.batch.today)).slice(0, 4)}-04-01`;
    const underSix = birth === undefined || ageOn(isoFromDay(birth), yearStart) < 6;
    const codes = codesOf('upn_unknown_reason');
    return underSix
      ? this.batch.cycle.take('upn_unknown_reason', codes)
      : this.batch.cycle.take(
          'upn_unknown_reason-6-plus',
          codes.filter((code) => code !== 'UN1'),
        );
  }

  private upn(): string {
    const la = this.batch.cycle.take('la', codesOf('la_codes'));
    const body = `${la}${String(this.batch.random.int(1000, 7999))}${String(this.batch.random.int(5, 24)).padStart(2, '0')}${String(this.batch.random.int(0, 999)).padStart(3, '0')}`;
    return withCheckLetter(body);
  }

  build(index: number, seed: number): JsonObject {
    const r = this.batch.random;
    const roll = r.next();
    let acc = 0;
    let kind: Kind = 'child-in-need';
    for (const [k, weight] of kinds) {
      acc += weight;
      if (roll < acc) {
        kind = k;
        break;
      }
    }
    const id = `C${(seed >>> 0).toString(36).toUpperCase()}N${index}`;
    const record: JsonObject = { la_child_id: id };
    if (r.chance(0.6)) record.mis_child_id = `MIS-${seed}-${index}`;
    const details: JsonObject = {};
    record.child_details = details;

    const unborn = kind === 'unborn';
    let birth: number | undefined;
    if (!unborn) {
      const age =
        kind === 'care-leaver'
          ? r.int(17, 23)
          : kind === 'uasc'
            ? r.int(14, 17)
            : kind === 'adopted'
              ? r.int(1, 6)
              : r.int(0, 17);
      birth = this.batch.today - age * 365 - r.int(0, 364);
    }
    const upnKnown = !unborn && birth !== undefined && this.batch.today - birth > 6 * 365 && r.chance(0.85);
    if (upnKnown) {
      details.unique_pupil_number = this.upn();
      if (r.chance(0.1)) details.former_unique_pupil_number = this.upn();
    } else {
      details.unique_pupil_number_unknown_reason = unborn ? 'UN1' : this.upnUnknownReason(birth);
    }
    details.first_name = r.pick(firstNames);
    details.surname = r.pick(surnames);
    if (birth !== undefined) details.date_of_birth = isoFromDay(birth);
    else details.expected_date_of_birth = isoFromDay(this.batch.today + r.int(20, 200));
    details.sex = unborn ? 'U' : this.batch.cycle.take('sex', ['M', 'F', 'M', 'F', 'U']);
    details.ethnicity = this.batch.cycle.take('ethnicity', codesOf('ethnicity'));
    if (!unborn) {
      const disabilities = codesOf('disability').filter((c) => c !== 'NONE');
      details.disabilities = r.chance(0.6)
        ? ['NONE']
        : [
            ...new Set([
              this.batch.cycle.take('disability', disabilities),
              this.batch.cycle.take('disability', disabilities),
            ]),
          ];
    }
    details.postcode = randomPostcode(this.batch.random, this.batch.cycle);
    details.uasc_flag = kind === 'uasc';
    if (kind === 'uasc' && r.chance(0.4))
      details.uasc_end_date = this.episodes.date(this.batch.today - r.int(10, 200));

    const born = birth ?? this.batch.today;
    const episodes: JsonObject[] = [];
    const episodeCount = kind === 'child-in-need' && r.chance(0.3) ? 2 : 1;
    for (let e = 0; e < episodeCount; e++)
      episodes.push(this.episodes.build(`${id}E${e + 1}`, kind, born, unborn));
    record.social_care_episodes = episodes;

    if (!unborn && (kind === 'looked-after' || kind === 'uasc') && this.batch.today - born > 4 * 365) {
      const sdqs: JsonObject[] = [];
      for (let k = r.int(1, 2); k > 0; k--) {
        sdqs.push({
          date: this.episodes.date(Math.max(born + 4 * 365, this.batch.windowStart) + r.int(0, 600)),
          score: r.int(0, 40),
        });
      }
      record.health_and_wellbeing = { sdq_assessments: sdqs };
    }
    return record;
  }
}

/** Synthetic child records that pass every check for `specVersion`. */
export function generate(options: GenerateOptions): JsonObject[] {
  const seed = options.seed ?? 1;
  const spec = getSpecVersion(options.specVersion ?? currentSpecVersion);
  if (!spec) throw new RangeError(`Unknown spec version ${String(options.specVersion)}.`);
  if (!Number.isInteger(options.count) || options.count < 0)
    throw new RangeError('count must be a whole number, 0 or more.');
  const todayIso = isoDate(options.today ?? new Date());
  const today = dayNumber(todayIso);
  const windowStart = dayNumber(reportingWindowStart(todayIso));
  const builder = new ChildBuilder({
    random: createRandom(seed),
    cycle: new Cycler(),
    spec,
    today,
    windowStart,
  });
  const records: JsonObject[] = [];
  for (let i = 0; i < options.count; i++) records.push(builder.build(i, seed));
  return records;
}
