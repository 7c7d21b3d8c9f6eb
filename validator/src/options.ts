// Applies every default of ValidateOptions in one place. Runs anywhere.
import { dayNumber, isoDate, isoFromDay, reportingWindowStart } from './dates.ts';
import {
  currentSpecVersion,
  getSpecVersion,
  type SpecVersion,
  supportedSpecVersions,
} from './spec/spec-data.ts';
import type { ValidateOptions, ValidationMode } from './types.ts';

export interface ResolvedOptions {
  spec: SpecVersion;
  mode: ValidationMode;
  today: string;
  /** The day after today: the latest date an event may have, allowing for time zones. */
  tomorrow: string;
  windowStart: string;
  onProgress: NonNullable<ValidateOptions['onProgress']> | undefined;
}

/** Throws for a spec version we cannot check against: that is a caller's mistake, not bad data. */
export function resolveOptions(options: ValidateOptions = {}): ResolvedOptions {
  const version = options.spec ?? currentSpecVersion;
  const spec = getSpecVersion(version);
  if (!spec?.supported) {
    throw new RangeError(
      `Spec version ${version} cannot be used for checking. Use one of: ${supportedSpecVersions.join(', ')}.`,
    );
  }
  const mode = options.mode ?? 'auto';
  if (mode !== 'full' && mode !== 'delta' && mode !== 'auto') {
    throw new RangeError(`Mode ${String(mode)} is not one of full, delta or auto.`);
  }
  const today = isoDate(options.today ?? new Date());
  return {
    spec,
    mode,
    today,
    tomorrow: isoFromDay(dayNumber(today) + 1),
    windowStart: reportingWindowStart(today),
    onProgress: options.onProgress,
  };
}
