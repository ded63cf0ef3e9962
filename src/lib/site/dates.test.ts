import { describe, expect, it } from 'vitest';
import {
  dateValue,
  daysBetween,
  formatDate,
  formatMonthDayYear,
  isDate,
  monthsAndDaysBetween,
  parseDate,
  slashDate,
  yearsBetween,
} from './dates';

describe('reading a date', () => {
  it('reads a day, a month and a year, knowing how much of the date is known', () => {
    expect(parseDate('2024-09-19')).toEqual({ year: 2024, month: 9, day: 19, precision: 'day', iso: '2024-09-19' });
    expect(parseDate('2025-07')).toMatchObject({ year: 2025, month: 7, day: undefined, precision: 'month' });
    expect(parseDate('1965')).toMatchObject({ year: 1965, month: undefined, precision: 'year' });
  });
  it('refuses dates that are not on the calendar or not in one of the three forms', () => {
    for (const bad of [
      '2024-02-30',
      '2023-02-29',
      '2024-04-31',
      '2024-01-99',
      '2024-03-00',
      '2024-13',
      '2024-00-10',
      '24-09-19',
      '0099-01-01',
      'x2024-09-19',
      '2024/09/19',
      '2024-9-19',
      '',
    ])
      expect(parseDate(bad), bad).toBeUndefined();
    expect(parseDate('2024-02-29')?.precision).toBe('day');
  });
  it('tells whether a date is of an allowed precision', () => {
    expect(isDate('2024-09', ['day', 'month'])).toBe(true);
    expect(isDate('2024', ['day', 'month'])).toBe(false);
    expect(isDate('2024-09-31', ['day'])).toBe(false);
  });
});

describe('showing a date', () => {
  it('writes the edition’s house style, day month year', () => {
    expect(formatDate('2024-09-19')).toBe('19 September 2024');
    expect(formatDate('2024-05-01')).toBe('1 May 2024');
    expect(formatDate('2025-07')).toBe('July 2025');
    expect(formatDate('1965')).toBe('1965');
  });
  it('writes a day in US order for Chicago and APA, and with slashes for RIS and Highwire', () => {
    expect(formatMonthDayYear('2024-09-19')).toBe('September 19, 2024');
    expect(slashDate('2026-11-29')).toBe('2026/11/29');
  });
  it('refuses to show what is not a date, rather than printing nonsense', () => {
    expect(() => formatDate('2024-02-30')).toThrow(
      '"2024-02-30" is not a date of the form YYYY-MM-DD or YYYY-MM or YYYY.',
    );
    expect(() => formatMonthDayYear('2024-09')).toThrow('"2024-09" is not a date of the form YYYY-MM-DD.');
    expect(() => slashDate('2024')).toThrow(/YYYY-MM-DD/);
  });
});

describe('counting between dates', () => {
  it('counts whole days, and a month as its first day', () => {
    expect(daysBetween('2024-05-21', '2024-09-19')).toBe(121);
    expect(daysBetween('2024-09', '2024-09-19')).toBe(18);
    expect(Number.isNaN(dateValue('2024-02-30'))).toBe(true);
    // The time of a date is midnight UTC of its day, of its month's first day, or of its year's.
    expect(dateValue('2024-09-19')).toBe(Date.parse('2024-09-19T00:00:00Z'));
    expect(dateValue('2024-09')).toBe(Date.parse('2024-09-01T00:00:00Z'));
    expect(dateValue('2024')).toBe(Date.parse('2024-01-01T00:00:00Z'));
  });
  it('counts years of 365.25 days', () => {
    expect(yearsBetween('2023-09-19', '2024-09-19')).toBeCloseTo(366 / 365.25, 10);
  });
  it('counts calendar months and the days left over', () => {
    expect(monthsAndDaysBetween('2022-11-30', '2024-09-19')).toEqual({ months: 21, days: 20 });
    expect(monthsAndDaysBetween('2024-01-31', '2024-03-01')).toEqual({ months: 1, days: 1 });
    expect(monthsAndDaysBetween('2024-05-21', '2024-05-21')).toEqual({ months: 0, days: 0 });
  });
});

describe('dates in Chinese', () => {
  it.each([
    ['2024-09-19', '2024年9月19日'],
    ['2024-09', '2024年9月'],
    ['2024', '2024年'],
  ])('writes %s as %s (GB/T 15835)', (iso, zh) => {
    expect(formatDate(iso, 'zh')).toBe(zh);
  });
});
