// The social care episodes of one generated child: referral, assessment, plans, enquiries, placements,
// adoption and care leaving, with dates in a consistent order and never after today. Runs anywhere.
import { collectionYear, isoFromDay } from '../dates.ts';
import type { JsonObject } from '../record-access.ts';
import { codeSets, type SpecVersion } from '../spec/spec-data.ts';
import { type Cycler, codesOf } from './code-cycler.ts';
import type { Random } from './random.ts';
import { randomPostcode } from './random-postcode.ts';

/** What kind of child a generated record is; it decides which parts of an episode the child has. */
export type Kind =
  | 'child-in-need'
  | 'protection'
  | 'looked-after'
  | 'adopted'
  | 'care-leaver'
  | 'uasc'
  | 'unborn';

/** What the builders of one generated batch share. */
export interface Batch {
  readonly random: Random;
  readonly cycle: Cycler;
  readonly spec: SpecVersion;
  /** Today and the first day of the reporting window, as day numbers. */
  readonly today: number;
  readonly windowStart: number;
}

export class EpisodeBuilder {
  private readonly batch: Batch;

  constructor(batch: Batch) {
    this.batch = batch;
  }

  /** A day as a date, never after today. */
  date(day: number): string {
    return isoFromDay(Math.min(day, this.batch.today));
  }

  private maxLength(path: string[]): number {
    let node = this.batch.spec.record;
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
    return this.batch.cycle.take(`placement-${year}-${limit}`, usable);
  }

  build(id: string, kind: Kind, born: number, unborn: boolean): JsonObject {
    const r = this.batch.random;
    const earliest = unborn ? this.batch.today - 120 : Math.max(born, this.batch.windowStart - 300);
    const referral = Math.min(
      earliest + r.int(0, Math.max(0, this.batch.today - 60 - earliest)),
      this.batch.today - 30,
    );
    const episode: JsonObject = {
      social_care_episode_id: id,
      referral_date: this.date(referral),
      referral_source: this.batch.cycle.take('referral_source', codesOf('referral_source')),
    };
    const nfa = kind === 'child-in-need' && r.chance(0.12);
    episode.referral_no_further_action_flag = nfa;
    const closes =
      nfa || (kind === 'child-in-need' && r.chance(0.4)) || (kind === 'adopted' && r.chance(0.3));
    const closure = closes
      ? Math.min(referral + r.int(nfa ? 1 : 60, nfa ? 10 : 300), this.batch.today)
      : undefined;
    const until = closure ?? this.batch.today;
    if (closure !== undefined) {
      episode.closure_date = this.date(closure);
      episode.closure_reason = this.batch.cycle.take('closure_reason', codesOf('closure_reason'));
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
              this.batch.cycle.take('factors', factors),
              this.batch.cycle.take('factors', factors),
              this.batch.cycle.take('factors', factors),
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
        else if (r.chance(0.4)) plan.end_date = this.date(Math.min(icpc + r.int(90, 400), this.batch.today));
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
        contact_date: this.date(Math.max(sixteenth, this.batch.today - r.int(1, 90))),
        activity: this.batch.cycle.take('care_leaver_activity', codesOf('care_leaver_activity')),
        accommodation: this.batch.cycle.take(
          'care_leaver_accommodation',
          codesOf('care_leaver_accommodation'),
        ),
      };
    }
    return episode;
  }

  private placements(id: string, from: number, until: number, closed: boolean): JsonObject[] {
    const r = this.batch.random;
    const out: JsonObject[] = [];
    const count = r.int(1, 3);
    let start = Math.min(from + r.int(0, 20), until);
    for (let p = 0; p < count; p++) {
      const startDate = this.date(start);
      const placement: JsonObject = {
        child_looked_after_placement_id: `${id}L${p + 1}`,
        start_date: startDate,
        start_reason: this.batch.cycle.take('reason_new_episode', codesOf('reason_new_episode')),
        placement_type: this.placementType(startDate),
        postcode: randomPostcode(this.batch.random, this.batch.cycle),
      };
      const last = p === count - 1;
      const end = last ? (closed ? until : undefined) : Math.min(start + r.int(30, 200), until);
      if (end !== undefined) {
        placement.end_date = this.date(end);
        placement.end_reason = this.batch.cycle.take(
          'reason_episode_ceased',
          codesOf('reason_episode_ceased'),
        );
        placement.change_reason = this.batch.cycle.take(
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
