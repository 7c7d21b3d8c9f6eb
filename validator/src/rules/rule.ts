// The contract every business rule implements: its catalogue text, its check, the typed params its
// findings carry and the fault that makes it fire. Runs anywhere.
import type { JsonObject } from '../record-access.ts';
import type { SpecVersion } from '../spec/spec-data.ts';
import type { Consequence, Severity } from '../types.ts';

/** The machine-readable details of one rule's findings; its message and hint are built from them. */
export type Params = { readonly variant?: string } & Record<string, unknown>;

/** The params of a rule whose findings need no details. */
export type NoParams = Record<string, never>;

export interface RecordRuleContext<P extends object = Params> {
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
  report(path: string, params: P): void;
}

export interface BatchRuleContext<P extends object = Params> {
  readonly records: readonly unknown[];
  readonly mode: 'full' | 'delta';
  readonly spec: SpecVersion;
  /** Reports a finding; `path` is relative to record `record` (or the document when record is null). */
  report(record: number | null, path: string, params: P): void;
}

export interface FaultContext {
  /** The record the fault goes into. */
  index: number;
  /** Today as YYYY-MM-DD (the same `today` the records were generated and will be validated with). */
  today: string;
}

/** The smallest change to valid generated records that makes one finding appear. */
export interface FaultDefinition {
  /** Stable name, used by `injectFault`, the tests and the site's samples. */
  readonly name: string;
  /**
   * Changes `record` (already a copy, as is `records`) in place and returns nothing, or returns the whole
   * new input: records for a batch fault, text for a syntax fault.
   */
  change(record: JsonObject, context: FaultContext, records: JsonObject[]): unknown;
}

/** Alternative wording, chosen by a finding's `params.variant`. */
export interface Wording {
  readonly message?: string;
  readonly hint?: string;
}

type VariantOf<P> = P extends { variant?: infer V } ? Extract<V, string> : never;

/** What every rule declares besides its check. The text becomes the rule's catalogue entry. */
interface RuleDeclaration<Id extends string, P extends object> {
  /** Stable id, also the anchor on the validation rules reference page. */
  readonly id: Id;
  readonly severity: Severity;
  /** Whether the DfE API refuses it or accepts it. */
  readonly consequence: Consequence;
  readonly title: string;
  /** Message template: `{name}` is replaced by the finding's param `name`. */
  readonly message: string;
  readonly hint: string;
  readonly variants?: Readonly<Record<VariantOf<P>, Wording>>;
  /** Modes the rule runs in; all modes when absent. */
  readonly modes?: readonly ('full' | 'delta')[];
  readonly fault: FaultDefinition;
}

export interface RecordRule<Id extends string = string, P extends object = Params>
  extends RuleDeclaration<Id, P> {
  readonly kind: 'record';
  check(context: RecordRuleContext<P>): void;
}

/**
 * A rule about single date values. The engine walks each record's date fields once and calls every
 * date rule for each date, instead of each rule walking the record itself.
 */
export interface DateRule<Id extends string = string, P extends object = Params>
  extends RuleDeclaration<Id, P> {
  readonly kind: 'date';
  /** `report` takes no path: the finding goes on the date being checked. */
  checkDate(value: string, field: string, context: RecordRuleContext, report: (params: P) => void): void;
}

export interface BatchRule<Id extends string = string, P extends object = Params>
  extends RuleDeclaration<Id, P> {
  readonly kind: 'batch';
  check(context: BatchRuleContext<P>): void;
}

export type Rule = RecordRule | DateRule | BatchRule;

/** The params type a rule's findings carry. */
export type ParamsOf<R> =
  R extends RecordRule<string, infer P>
    ? P
    : R extends DateRule<string, infer P>
      ? P
      : R extends BatchRule<string, infer P>
        ? P
        : never;
