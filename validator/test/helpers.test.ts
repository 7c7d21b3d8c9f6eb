// Dates, UPNs and postcodes.
import { describe, expect, it } from 'vitest';
import { datesOutOfOrder } from '../src/dates.ts';
import {
  ageOn,
  collectionYear,
  isRealDate,
  isTemporaryUpn,
  isUkPostcode,
  isUpnFormat,
  reportingWindowStart,
  upnCheckLetter,
} from '../src/index.ts';

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-1-10', false],
    ['2025-01-1a', false],
  ])('%s is a real date: %s', (date, real) => {
    expect(isRealDate(date)).toBe(real);
  });

  it('works out ages, collection years and the reporting window', () => {
    expect(ageOn('2010-03-15', '2026-03-14')).toBe(15);
    expect(ageOn('2010-03-15', '2026-03-15')).toBe(16);
    expect(collectionYear('2025-03-31')).toBe('2024-25');
    expect(collectionYear('2025-04-01')).toBe('2025-26');
    expect(reportingWindowStart('2026-11-26')).toBe('2024-04-01');
    expect(reportingWindowStart('2026-03-31')).toBe('2023-04-01');
  });

  it.each([
    ['2025-05-01', '2025-04-30', { start: '2025-05-01', end: '2025-04-30' }],
    ['2025-05-01', '2025-05-01', undefined],
    ['2025-05-01', '2025-06-01', undefined],
    ['2025-05-01', '2025-02-30', undefined],
    ['2025-13-01', '2025-04-30', undefined],
    ['2025-05-01', 20250430, undefined],
    [undefined, '2025-04-30', undefined],
  ])('start %s and end %s are out of order: %o', (start, end, out) => {
    expect(datesOutOfOrder(start, end)).toEqual(out);
  });
});

describe('UPNs', () => {
  it('computes the modulus 23 check letter', () => {
    expect(upnCheckLetter('A950000178301')).toBe('A');
    expect(upnCheckLetter('H243278544154')).toBe('H');
    expect(upnCheckLetter('R247962919251')).toBe('Q');
  });

  it('knows permanent and temporary formats', () => {
    expect(isUpnFormat('A950000178301')).toBe(true);
    expect(isUpnFormat('A95000017830A')).toBe(true);
    expect(isTemporaryUpn('A95000017830A')).toBe(true);
    expect(isUpnFormat('I950000178301')).toBe(false);
    expect(isUpnFormat('A95000017830S')).toBe(false);
    expect(isUpnFormat('ABC0123456789')).toBe(false);
  });
});

describe('postcodes', () => {
  it.each([
    'SW1A 1AA',
    'M1 1AE',
    'B33 8TH',
    'CR2 6XH',
    'DN55 1PT',
    'W1A 0AX',
    'EC1A 1BB',
    'sw1a1aa',
    'GIR 0AA',
    'ZZ99 3VZ',
  ])('accepts %s', (postcode) => {
    expect(isUkPostcode(postcode)).toBe(true);
  });

  it.each(['QQ1 1QQ', 'SW1A 1CA', '12345', 'AB12', 'AB12 3DEF', ''])('rejects %j', (postcode) => {
    expect(isUkPostcode(postcode)).toBe(false);
  });
});
