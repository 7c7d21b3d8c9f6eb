// Unique pupil number checks: format, check letter (modulus 23) and LA number. Runs anywhere.
import { codeSets } from './spec/spec-data.ts';

/** The 23 letters UPNs use: I, O and S are left out. */
export const upnLetters = 'ABCDEFGHJKLMNPQRTUVWXYZ';
const permanent = /^[A-HJ-NP-RT-Z][0-9]{12}$/;
const temporary = /^[A-HJ-NP-RT-Z][0-9]{11}[A-HJ-NP-RT-Z]$/;

export function isUpnFormat(upn: string): boolean {
  return permanent.test(upn) || temporary.test(upn);
}

export function isTemporaryUpn(upn: string): boolean {
  return temporary.test(upn);
}

/** The check letter for characters 2 to 13 of a UPN in UPN format. */
export function upnCheckLetter(upn: string): string {
  let total = 0;
  for (let p = 2; p <= 13; p++) {
    const ch = upn.charAt(p - 1);
    const value = p === 13 && !/[0-9]/.test(ch) ? upnLetters.indexOf(ch) : Number(ch);
    total += value * p;
  }
  return upnLetters.charAt(total % 23);
}

// Pseudo-LA numbers that CIN rule 1530 also allows in a UPN.
const pseudoRanges: [number, number][] = [
  [1, 5],
  [660, 681],
  [701, 708],
];
const laNumbers = new Set((codeSets.la_codes?.codes ?? []).map((c) => c.code));

export function isUpnLaNumber(digits: string): boolean {
  if (laNumbers.has(digits)) return true;
  const n = Number(digits);
  return pseudoRanges.some(([from, to]) => n >= from && n <= to);
}

/** Makes a valid UPN from 11 or 12 characters after the check letter (used by the generator). */
export function withCheckLetter(body: string): string {
  return upnCheckLetter(`A${body}`) + body;
}
