// Calendar helpers for `YYYY-MM-DD` strings. ISO dates of this shape sort as text, so order checks
// compare strings; ages and spans use day numbers. Runs anywhere.

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Reads digits by char code: this runs for every date of every record, so it avoids regex and substrings.
function digit(text: string, at: number): number {
  const d = text.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : -1000;
}

/** True for a `YYYY-MM-DD` string naming a day that exists. */
export function isRealDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const last = month === 2 && isLeapYear(year) ? 29 : (daysInMonth[month - 1] ?? 0);
  return day <= last;
}

/**
 * Both dates, when both are real `YYYY-MM-DD` dates and `end` is before `start`. Most pairs are in order,
 * so the cheap text comparison goes first.
 */
export function datesOutOfOrder(start: unknown, end: unknown): { start: string; end: string } | undefined {
  if (typeof start !== 'string' || typeof end !== 'string' || end >= start) return undefined;
  return isRealDate(start) && isRealDate(end) ? { start, end } : undefined;
}

/** True for text shaped like `YYYY-MM-DD`, whether or not the day exists. */
export function isDateShaped(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (const at of [0, 1, 2, 3, 5, 6, 8, 9]) if (digit(text, at) < 0) return false;
  return true;
}

/** The date if it is a real `YYYY-MM-DD` date, else undefined: rules skip dates other layers report. */
export function realDate(value: unknown): string | undefined {
  return typeof value === 'string' && isRealDate(value) ? value : undefined;
}

export function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
  );
}

export function isoFromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The local calendar date of a moment: "today" is the day the person checking sees on their clock. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('The date given for today is not a date.');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const rest = date.slice(4);
  const shifted = `${String(year).padStart(4, '0')}${rest}`;
  return isRealDate(shifted) ? shifted : `${String(year).padStart(4, '0')}-02-28`;
}

/** Whole years from `birth` to `on`. */
export function ageOn(birth: string, on: string): number {
  let age = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (on.slice(5) < birth.slice(5)) age--;
  return age;
}

/** The DfE collection year (1 April to 31 March) a date falls in, for example `2025-26`. */
export function collectionYear(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = date.slice(5) >= '04-01' ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * Start of the 24-month reporting window: 1 April of the financial year containing (today - 24 months),
 * as D2I's payload builder defines the cohort.
 */
export function reportingWindowStart(today: string): string {
  const back = addYears(today, -2);
  const year = Number(back.slice(0, 4));
  const start = back.slice(5) >= '04-01' ? year : year - 1;
  return `${start}-04-01`;
}
