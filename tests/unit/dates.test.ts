import { describe, expect, it } from 'vitest';
import { formatDateNl, parseContentDate, toIsoDate, toRfc822 } from '../../src/lib/dates.ts';

describe('Dutch dates', () => {
  it('formats a calendar day in Dutch without shifting it by a time zone', () => {
    expect(formatDateNl(new Date('2020-10-01T00:00:00Z'))).toBe('1 oktober 2020');
    expect(formatDateNl(new Date('2021-03-23T00:00:00Z'))).toBe('23 maart 2021');
    expect(formatDateNl(new Date('2022-12-31T23:30:00Z'))).toBe('31 december 2022');
  });

  it('gives each day its own text however often and in whatever order days are formatted', () => {
    const days = ['2020-10-01', '2021-03-23', '2020-10-01', '2020-10-02', '2021-03-23'];
    expect(days.map((day) => formatDateNl(new Date(`${day}T00:00:00Z`)))).toEqual([
      '1 oktober 2020',
      '23 maart 2021',
      '1 oktober 2020',
      '2 oktober 2020',
      '23 maart 2021',
    ]);
    expect(() => formatDateNl(new Date('geen datum'))).toThrow(RangeError);
  });

  it('writes ISO days for datetime attributes', () => {
    expect(toIsoDate(new Date('2020-10-01T00:00:00Z'))).toBe('2020-10-01');
  });

  it('writes RFC 822 dates for RSS', () => {
    expect(toRfc822(new Date('2020-10-01T00:00:00Z'))).toBe('Thu, 01 Oct 2020 00:00:00 GMT');
    expect(toRfc822(new Date('2020-10-01T00:00:00Z'))).toMatch(
      /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
    );
  });
});

describe('parseContentDate', () => {
  it('accepts calendar days as UTC midnight', () => {
    expect(parseContentDate('2020-10-01')?.toISOString()).toBe('2020-10-01T00:00:00.000Z');
  });

  it('accepts ISO date-times with an offset', () => {
    expect(parseContentDate('2020-10-01T09:30:00+02:00')?.toISOString()).toBe(
      '2020-10-01T07:30:00.000Z',
    );
    expect(parseContentDate('2020-10-01T09:30Z')?.toISOString()).toBe('2020-10-01T09:30:00.000Z');
  });

  it.each([
    'okt 2020',
    '1 oktober 2020',
    '2020-10',
    '01-10-2020',
    '2020-02-30',
    '2021-13-01',
    '2020-10-01T09:30',
    '',
  ])('rejects %j', (value) => {
    expect(parseContentDate(value)).toBeUndefined();
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseContentDate('2020-02-29')).toBeDefined();
    expect(parseContentDate('2021-02-29')).toBeUndefined();
  });
});
