import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  firstEventPerYear,
  yearAnchor,
  yearOf,
  formatPartialDateNl,
  isAlignedToPrecision,
  layoutTimelineChart,
  partialDateTimeAttribute,
  periodOf,
  sortTimeline,
  type DatePrecision,
  type PartialDate,
} from '../../src/lib/timeline.ts';

function at(
  iso: string,
  precision: DatePrecision,
  id = `${iso}/${precision}`,
): PartialDate & { id: string } {
  return { id, date: new Date(`${iso}T00:00:00Z`), precision };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const period = (p: PartialDate) => {
  const { start, end } = periodOf(p);
  return [iso(start), iso(end)];
};

describe('periodOf', () => {
  it('gives the period each precision stands for', () => {
    expect(period(at('2021-03-23', 'day'))).toEqual(['2021-03-23', '2021-03-24']);
    expect(period(at('2018-09-01', 'month'))).toEqual(['2018-09-01', '2018-10-01']);
    expect(period(at('2019-01-01', 'quarter'))).toEqual(['2019-01-01', '2019-04-01']);
    expect(period(at('2018-09-01', 'season'))).toEqual(['2018-09-01', '2018-12-01']);
    expect(period(at('2015-01-01', 'year'))).toEqual(['2015-01-01', '2016-01-01']);
  });

  it('lets winter run into the next year, and rounds a date inside a period down', () => {
    expect(period(at('2018-12-01', 'season'))).toEqual(['2018-12-01', '2019-03-01']);
    expect(period(at('2019-02-10', 'season'))).toEqual(['2018-12-01', '2019-03-01']);
    expect(period(at('2020-11-12', 'month'))).toEqual(['2020-11-01', '2020-12-01']);
    expect(period(at('2020-12-31', 'day'))).toEqual(['2020-12-31', '2021-01-01']);
  });
});

describe('isAlignedToPrecision', () => {
  it('accepts the first day of the period', () => {
    for (const [date, precision] of [
      ['2021-03-23', 'day'],
      ['2018-09-01', 'month'],
      ['2019-10-01', 'quarter'],
      ['2018-03-01', 'season'],
      ['2018-12-01', 'season'],
      ['2015-01-01', 'year'],
    ] as const) {
      expect(
        isAlignedToPrecision(at(date, precision).date, precision),
        `${date} ${precision}`,
      ).toBe(true);
    }
  });

  it('rejects a date that claims more than its precision', () => {
    expect(isAlignedToPrecision(at('2018-09-15', 'month').date, 'month')).toBe(false);
    expect(isAlignedToPrecision(at('2019-02-01', 'quarter').date, 'quarter')).toBe(false);
    expect(isAlignedToPrecision(at('2019-01-01', 'season').date, 'season')).toBe(false);
    expect(isAlignedToPrecision(at('2015-06-01', 'year').date, 'year')).toBe(false);
    expect(isAlignedToPrecision(new Date('2021-03-23T09:00:00Z'), 'day')).toBe(false);
  });
});

describe('ordering events of mixed precision', () => {
  it('orders by the middle of each period', () => {
    const events = [
      at('2019-03-01', 'month', 'atos-wint'),
      at('2019-01-01', 'quarter', 'begin-2019'),
      at('2019-01-01', 'year', 'ergens-in-2019'),
      at('2019-12-05', 'day', 'december'),
      at('2018-09-01', 'season', 'najaar-2018'),
      at('2014-10-02', 'day', 'start'),
    ];
    expect(sortTimeline(events).map((e) => e.id)).toEqual([
      'start',
      'najaar-2018',
      'begin-2019',
      'atos-wint',
      'ergens-in-2019',
      'december',
    ]);
  });

  it('puts a month after a day early in that month, and before a day late in it', () => {
    const month = at('2020-11-01', 'month', 'november');
    expect(sortTimeline([month, at('2020-11-12', 'day', '12-nov')]).map((e) => e.id)).toEqual([
      '12-nov',
      'november',
    ]);
    expect(sortTimeline([at('2020-11-20', 'day', '20-nov'), month]).map((e) => e.id)).toEqual([
      'november',
      '20-nov',
    ]);
  });

  it('puts the shorter period first when the middles coincide', () => {
    // 2023 has 365 days: its middle is 2 July, 12:00, the middle of that day.
    const year = at('2023-01-01', 'year', 'jaar');
    const day = at('2023-07-02', 'day', 'dag');
    expect(comparePartialDates(day, year)).toBeLessThan(0);
    expect(comparePartialDates(year, day)).toBeGreaterThan(0);
  });

  it('keeps the input order for identical dates, and does not change the input', () => {
    const input = [
      at('2021-03-09', 'day', 'b'),
      at('2021-03-09', 'day', 'a'),
      at('2014-10-02', 'day', 'c'),
    ];
    expect(sortTimeline(input).map((e) => e.id)).toEqual(['c', 'b', 'a']);
    expect(input.map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('Dutch dates as precise as known', () => {
  it('writes each precision the way Dutch readers do', () => {
    expect(formatPartialDateNl(at('2014-10-02', 'day'))).toBe('2 oktober 2014');
    expect(formatPartialDateNl(at('2018-09-01', 'month'))).toBe('september 2018');
    expect(formatPartialDateNl(at('2019-01-01', 'quarter'))).toBe('eerste kwartaal 2019');
    expect(formatPartialDateNl(at('2019-10-01', 'quarter'))).toBe('vierde kwartaal 2019');
    expect(formatPartialDateNl(at('2018-03-01', 'season'))).toBe('voorjaar 2018');
    expect(formatPartialDateNl(at('2018-09-01', 'season'))).toBe('najaar 2018');
    expect(formatPartialDateNl(at('2018-12-01', 'season'))).toBe('winter 2018–2019');
    expect(formatPartialDateNl(at('2015-01-01', 'year'))).toBe('2015');
  });

  it('gives <time datetime> a valid value of the same precision (a year for quarters and seasons)', () => {
    expect(partialDateTimeAttribute(at('2014-10-02', 'day'))).toBe('2014-10-02');
    expect(partialDateTimeAttribute(at('2018-09-01', 'month'))).toBe('2018-09');
    expect(partialDateTimeAttribute(at('2019-04-01', 'quarter'))).toBe('2019');
    expect(partialDateTimeAttribute(at('2018-12-01', 'season'))).toBe('2018');
    expect(partialDateTimeAttribute(at('2015-01-01', 'year'))).toBe('2015');
  });
});

describe('years on the timeline', () => {
  it('gives each event the year its period starts in', () => {
    expect(yearOf(at('2018-12-01', 'season'))).toBe(2018);
    expect(yearOf(at('2019-02-01', 'month'))).toBe(2019);
    expect(yearAnchor(2021)).toBe('jaar-2021');
  });

  it('finds the first event of each year in list order, years ascending', () => {
    const sorted = sortTimeline([
      at('2021-03-23', 'day', 'vonnis'),
      at('2021-01-20', 'day', 'dagvaarding'),
      at('2014-10-02', 'day', 'start'),
      at('2021-01-01', 'year', 'jaar'),
    ]);
    expect(firstEventPerYear(sorted).map(({ year, event }) => [year, event.id])).toEqual([
      [2014, 'start'],
      [2021, 'dagvaarding'],
    ]);
  });
});

describe('layoutTimelineChart', () => {
  const options = { fromYear: 2014, toYear: 2016, yearHeight: 100, padding: 10, labelGap: 12 };

  it('puts a tick per year and each mark at its period', () => {
    const layout = layoutTimelineChart(
      [at('2015-01-01', 'year'), at('2016-07-01', 'day')],
      options,
    );
    expect(layout.years).toEqual([
      { year: 2014, y: 10 },
      { year: 2015, y: 110 },
      { year: 2016, y: 210 },
    ]);
    expect(layout.marks[0]).toMatchObject({ number: 1, y: 110, y2: 210, yMid: 160, labelY: 160 });
    expect(layout.marks[1]!.y).toBeCloseTo(210 + (182 / 366) * 100, 5);
    expect(layout.height).toBe(320);
  });

  it('spreads labels of close events so they never overlap, in list order', () => {
    const close = [
      at('2015-03-09', 'day'),
      at('2015-03-23', 'day'),
      at('2015-03-01', 'month'),
      at('2015-04-09', 'day'),
    ];
    const { marks } = layoutTimelineChart(sortTimeline(close), options);
    for (let i = 1; i < marks.length; i++)
      expect(marks[i]!.labelY - marks[i - 1]!.labelY).toBeGreaterThanOrEqual(12);
    expect(marks.map((m) => m.number)).toEqual([1, 2, 3, 4]);
  });

  it('grows when the last labels are pushed past the end of the axis', () => {
    const crowded = Array.from({ length: 10 }, (_, i) => at('2016-12-31', 'day', String(i)));
    const layout = layoutTimelineChart(crowded, options);
    expect(layout.height).toBeGreaterThan(320);
    expect(layout.height).toBe(layout.marks.at(-1)!.labelY + 10);
  });

  it('clamps events outside the axis to its ends', () => {
    const { marks } = layoutTimelineChart([at('2010-01-01', 'year')], options);
    expect(marks[0]!.y).toBe(10);
  });
});
