// The contract every business rule implements. Runs anywhere.
import type { JsonObject } from '../record-access.ts';
import type { SpecVersion } from '../spec/spec-data.ts';

export interface RecordRuleContext {
  /** The record, known to be an object; its contents may not match the schema. */
  readonly record: JsonObject;
  /** `child_details` when it is an object. */
  readonly details: JsonObject | undefined;
  /** The child's date of birth when it is a real date. */
  readonly dateOfBirth: string | undefined;
  /** The expected date of birth when it is a real date. */
  readonly expectedDateOfBirth: string | undefined;
  readonly mode: 'full' | 'delta';
  readonly spec: SpecVersion;
  /** Today as YYYY-MM-DD. */
  readonly today: string;
  /** The day after today: the latest date an event may have, so a record made late at night in another time zone passes. */
  readonly tomorrow: string;
  /** First day of the 24-month reporting window. */
  readonly windowStart: string;
  /** Reports a finding for the running rule; `path` is a JSON Pointer relative to the record. */
  report(path: string, params?: Record<string, unknown>): void;
}

export interface RecordRule {
  readonly id: string;
  readonly kind: 'record';
  check(context: RecordRuleContext): void;
}

/**
 * A rule about single date values. The engine walks each record's date fields once and calls every
 * date rule for each date, instead of each rule walking the record itself.
 */
export interface DateRule {
  readonly id: string;
  readonly kind: 'date';
  /** `report` takes no path: the finding goes on the date being checked. */
  checkDate(
    value: string,
    field: string,
    context: RecordRuleContext,
    report: (params: Record<string, unknown>) => void,
  ): void;
}

export interface BatchRuleContext {
  readonly records: readonly unknown[];
  readonly mode: 'full' | 'delta';
  readonly spec: SpecVersion;
  /** Reports a finding; `path` is relative to record `record` (or the document when record is null). */
  report(record: number | null, path: string, params?: Record<string, unknown>): void;
}

export interface BatchRule {
  readonly id: string;
  readonly kind: 'batch';
  check(context: BatchRuleContext): void;
}

export type Rule = RecordRule | DateRule | BatchRule;
