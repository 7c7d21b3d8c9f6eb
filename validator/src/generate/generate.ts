// generate(): valid, realistic, deterministic synthetic child records for a spec version: every code set
// used, consistent date chains, unborn children, care leavers, UASC children and episodes of every kind.
// Synthetic only: no real child's data. Runs anywhere.
import { ageOn, collectionYear, dayNumber, isoDate, isoFromDay, reportingWindowStart } from '../dates.ts';
import type { JsonObject } from '../record-access.ts';
import { codeSets, currentSpecVersion, getSpecVersion, type SpecVersion } from '../spec/spec-data.ts';
import { withCheckLetter } from '../upn.ts';
import { createRandom, type Random } from './random.ts';

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

type Kind = 'child-in-need' | 'protection' | 'looked-after' | 'adopted' | 'care-leaver' | 'uasc' | 'unborn';
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
const postcodeFirst = 'ABCDEFGHIJKLMNOPRSTUWYZ';
const postcodeSecond = 'ABCDEFGHKLMNOPQRSTUVWXY';
const postcodeThird = 'ABCDEFGHJKPSTUW';
const postcodeFourth = 'ABEHMNPRVWXY';
const postcodeInward = 'ABDEFGHJLNPQRSTUWXYZ';

function codesOf(name: string): string[] {
  return (codeSets[name]?.codes ?? []).filter((c) => !c.superseded && c.current !== false).map((c) => c.code);
}

/** Hands out codes in turn, so a batch of a few dozen records uses every code in each set. */
class Cycler {
  private readonly next = new Map<string, number>();
  take(name: string, codes: readonly string[]): string {
    const n = this.next.get(name) ?? 0;
    this.next.set(name, n + 1);
    return codes[n % codes.length] as string;
  }
}

class ChildBuilder {
  private readonly random: Random;
  private readonly cycle: Cycler;
  private readonly spec: SpecVersion;
  private readonly today: number;
  private readonly windowStart: number;

  constructor(random: Random, cycle: Cycler, spec: SpecVersion, today: number, windowStart: number) {
    this.random = random;
    this.cycle = cycle;
    this.spec = spec;
    this.today = today;
    this.windowStart = windowStart;
  }

  /** UN1 means under 6, judged on 1 April of the collection year (see the un1-child-not-under-6 rule). */
  private upnUnknownReason(birth: number | undefined): string {
    const yearStart = `${collectionYear(isoFromDay(this.today)).slice(0, 4)}-04-01`;
    const underSix = birth === undefined || ageOn(isoFromDay(birth), yearStart) < 6;
    const codes = codesOf('upn_unknown_reason');
    return underSix
      ? this.cycle.take('upn_unknown_reason', codes)
      : this.cycle.take(
          'upn_unknown_reason-6-plus',
          codes.filter((code) => code !== 'UN1'),
        );
  }

  private date(day: number): string {
    return isoFromDay(Math.min(day, this.today));
  }

  private upn(): string {
    const la = this.cycle.take('la', codesOf('la_codes'));
    const body = `${la}${String(this.random.int(1000, 7999))}${String(this.random.int(5, 24)).padStart(2, '0')}${String(this.random.int(0, 999)).padStart(3, '0')}`;
    return withCheckLetter(body);
  }

  private postcode(): string {
    const r = this.random;
    const shape = this.cycle.take('postcode-shape', ['A9', 'A99', 'AA9', 'AA99', 'A9A', 'AA9A']);
    let outward = '';
    for (let k = 0; k < shape.length; k++) {
      const isLetter = shape[k] === 'A';
      if (!isLetter) outward += String(r.int(1, 9));
      else if (k === 0) outward += r.pick([...postcodeFirst]);
      else if (k === 1) outward += r.pick([...postcodeSecond]);
      else if (shape === 'A9A') outward += r.pick([...postcodeThird]);
      else outward += r.pick([...postcodeFourth]);
    }
    return `${outward} ${r.int(0, 9)}${r.pick([...postcodeInward])}${r.pick([...postcodeInward])}`;
  }

  private maxLength(path: string[]): number {
    let node = this.spec.record;
    for (const part of path) {
      const next = node.type === 'array' ? node.items?.properties?.[part] : node.properties?.[part];
      if (!next) return Number.POSITIVE_INFINITY;
      node = next;
    }
    return node.maxLength ?? Number.POSITIVE_INFINITY;
  }

  private placementType(start: string): string {
    const year = collectionYear(start);
    const limit = this.maxLength(['social_care_episodes', 'child_looked_after_placements', 'placement_type']);
    const usable = (codeSets.placement_type?.codes ?? [])
      .filter(
        (c) =>
          (c.validFrom === undefined || year >= c.validFrom) &&
          (c.validTo === undefined || year <= c.validTo),
      )
      .filter((c) => c.code.length <= limit)
      .map((c) => c.code);
    return this.cycle.take(`placement-${year}-${limit}`, usable);
  }

  build(index: number, seed: number): JsonObject {
    const r = this.random;
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
      birth = this.today - age * 365 - r.int(0, 364);
    }
    const upnKnown = !unborn && birth !== undefined && this.today - birth > 6 * 365 && r.chance(0.85);
    if (upnKnown) {
      details.unique_pupil_number = this.upn();
      if (r.chance(0.1)) details.former_unique_pupil_number = this.upn();
    } else {
      details.unique_pupil_number_unknown_reason = unborn ? 'UN1' : this.upnUnknownReason(birth);
    }
    details.first_name = r.pick(firstNames);
    details.surname = r.pick(surnames);
    if (birth !== undefined) details.date_of_birth = isoFromDay(birth);
    else details.expected_date_of_birth = isoFromDay(this.today + r.int(20, 200));
    details.sex = unborn ? 'U' : this.cycle.take('sex', ['M', 'F', 'M', 'F', 'U']);
    details.ethnicity = this.cycle.take('ethnicity', codesOf('ethnicity'));
    if (!unborn) {
      const disabilities = codesOf('disability').filter((c) => c !== 'NONE');
      details.disabilities = r.chance(0.6)
        ? ['NONE']
        : [
            ...new Set([
              this.cycle.take('disability', disabilities),
              this.cycle.take('disability', disabilities),
            ]),
          ];
    }
    details.postcode = this.postcode();
    details.uasc_flag = kind === 'uasc';
    if (kind === 'uasc' && r.chance(0.4)) details.uasc_end_date = this.date(this.today - r.int(10, 200));

    const born = birth ?? this.today;
    const episodes: JsonObject[] = [];
    const episodeCount = kind === 'child-in-need' && r.chance(0.3) ? 2 : 1;
    for (let e = 0; e < episodeCount; e++) episodes.push(this.episode(`${id}E${e + 1}`, kind, born, unborn));
    record.social_care_episodes = episodes;

    if (!unborn && (kind === 'looked-after' || kind === 'uasc') && this.today - born > 4 * 365) {
      const sdqs: JsonObject[] = [];
      for (let k = r.int(1, 2); k > 0; k--) {
        sdqs.push({
          date: this.date(Math.max(born + 4 * 365, this.windowStart) + r.int(0, 600)),
          score: r.int(0, 40),
        });
      }
      record.health_and_wellbeing = { sdq_assessments: sdqs };
    }
    return record;
  }

  private episode(id: string, kind: Kind, born: number, unborn: boolean): JsonObject {
    const r = this.random;
    const earliest = unborn ? this.today - 120 : Math.max(born, this.windowStart - 300);
    const referral = Math.min(earliest + r.int(0, Math.max(0, this.today - 60 - earliest)), this.today - 30);
    const episode: JsonObject = {
      social_care_episode_id: id,
      referral_date: this.date(referral),
      referral_source: this.cycle.take('referral_source', codesOf('referral_source')),
    };
    const nfa = kind === 'child-in-need' && r.chance(0.12);
    episode.referral_no_further_action_flag = nfa;
    const closes =
      nfa || (kind === 'child-in-need' && r.chance(0.4)) || (kind === 'adopted' && r.chance(0.3));
    const closure = closes ? Math.min(referral + r.int(nfa ? 1 : 60, nfa ? 10 : 300), this.today) : undefined;
    const until = closure ?? this.today;
    if (closure !== undefined) {
      episode.closure_date = this.date(closure);
      episode.closure_reason = this.cycle.take('closure_reason', codesOf('closure_reason'));
    }
    if (nfa) return episode;

    const workerStart = referral + r.int(0, 3);
    const worker: JsonObject = {
      worker_id: `SW${r.int(100000, 999999)}`,
      start_date: this.date(workerStart),
    };
    if (closure !== undefined) worker.end_date = this.date(closure);
    episode.care_worker_details = [worker];

    const assessmentStart = referral + r.int(0, 5);
    const authorised = Math.min(assessmentStart + r.int(10, 45), until);
    const factors = codesOf('assessment_factors').filter((c) => c !== '21');
    const assessment: JsonObject = {
      child_and_family_assessment_id: `${id}A1`,
      start_date: this.date(assessmentStart),
      authorisation_date: this.date(authorised),
      factors: r.chance(0.05)
        ? ['21']
        : [
            ...new Set([
              this.cycle.take('factors', factors),
              this.cycle.take('factors', factors),
              this.cycle.take('factors', factors),
            ]),
          ],
    };
    episode.child_and_family_assessments = [assessment];

    if (kind === 'child-in-need' || kind === 'care-leaver') {
      const plan: JsonObject = { child_in_need_plan_id: `${id}P1`, start_date: this.date(authorised) };
      if (closure !== undefined) plan.end_date = this.date(closure);
      episode.child_in_need_plans = [plan];
    }
    if (kind === 'protection' || (kind === 'looked-after' && r.chance(0.3))) {
      const start = Math.min(referral + r.int(0, 3), until);
      const required = r.chance(0.7);
      const enquiry: JsonObject = {
        section_47_assessment_id: `${id}S1`,
        start_date: this.date(start),
        icpc_required_flag: required,
        end_date: this.date(Math.min(start + r.int(1, 10), until)),
      };
      if (required) {
        const icpc = Math.min(start + r.int(5, 15), until);
        enquiry.icpc_date = this.date(icpc);
        const plan: JsonObject = { child_protection_plan_id: `${id}CP1`, start_date: this.date(icpc) };
        if (closure !== undefined) plan.end_date = this.date(closure);
        else if (r.chance(0.4)) plan.end_date = this.date(Math.min(icpc + r.int(90, 400), this.today));
        episode.child_protection_plans = [plan];
      }
      episode.section_47_assessments = [enquiry];
    }
    if (kind === 'looked-after' || kind === 'uasc' || kind === 'adopted' || kind === 'care-leaver') {
      episode.child_looked_after_placements = this.placements(
        id,
        Math.max(referral, born),
        until,
        closure !== undefined,
      );
    }
    if (kind === 'adopted') {
      const decision = Math.min(referral + r.int(30, 120), until);
      const matched = Math.min(decision + r.int(20, 120), until);
      episode.adoption = {
        initial_decision_date: this.date(decision),
        matched_date: this.date(matched),
        placed_date: this.date(Math.min(matched + r.int(5, 60), until)),
      };
    }
    if (kind === 'care-leaver') {
      const sixteenth = born + 16 * 365 + 5;
      episode.care_leavers = {
        contact_date: this.date(Math.max(sixteenth, this.today - r.int(1, 90))),
        activity: this.cycle.take('care_leaver_activity', codesOf('care_leaver_activity')),
        accommodation: this.cycle.take('care_leaver_accommodation', codesOf('care_leaver_accommodation')),
      };
    }
    return episode;
  }

  private placements(id: string, from: number, until: number, closed: boolean): JsonObject[] {
    const r = this.random;
    const out: JsonObject[] = [];
    const count = r.int(1, 3);
    let start = Math.min(from + r.int(0, 20), until);
    for (let p = 0; p < count; p++) {
      const startDate = this.date(start);
      const placement: JsonObject = {
        child_looked_after_placement_id: `${id}L${p + 1}`,
        start_date: startDate,
        start_reason: this.cycle.take('reason_new_episode', codesOf('reason_new_episode')),
        placement_type: this.placementType(startDate),
        postcode: this.postcode(),
      };
      const last = p === count - 1;
      const end = last ? (closed ? until : undefined) : Math.min(start + r.int(30, 200), until);
      if (end !== undefined) {
        placement.end_date = this.date(end);
        placement.end_reason = this.cycle.take('reason_episode_ceased', codesOf('reason_episode_ceased'));
        placement.change_reason = this.cycle.take(
          'reason_placement_change',
          codesOf('reason_placement_change'),
        );
      }
      out.push(placement);
      if (end === undefined || end >= until) break;
      start = end;
    }
    return out;
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
  const builder = new ChildBuilder(createRandom(seed), new Cycler(), spec, today, windowStart);
  const records: JsonObject[] = [];
  for (let i = 0; i < options.count; i++) records.push(builder.build(i, seed));
  return records;
}
