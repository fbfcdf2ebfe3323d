/**
 * Dates that are known only partly ("september 2018", "najaar 2018", "2015"), and the timeline
 * built from them: which period a date stands for, how events of mixed precision are ordered,
 * how the date reads in Dutch, and where each event sits on the visual timeline.
 *
 * A partial date is stored as the first day of its period plus a precision, the way archives
 * and Wikidata store them. Everything here works in UTC, like `dates.ts`.
 */
import { formatDateNl } from './dates.ts';

export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'season', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface PartialDate {
  /** First day of the period, at UTC midnight. */
  date: Date;
  precision: DatePrecision;
}

export interface Period {
  /** First moment of the period (inclusive). */
  start: Date;
  /** First moment after the period (exclusive). */
  end: Date;
}

/** Meteorological seasons as Dutch readers know them: voorjaar starts in March, and so on. */
const SEASONS = [
  { month: 2, name: 'voorjaar' },
  { month: 5, name: 'zomer' },
  { month: 8, name: 'najaar' },
  { month: 11, name: 'winter' },
] as const;

function utc(year: number, month: number, day = 1): Date {
  return new Date(Date.UTC(year, month, day));
}

/** The season a month (0–11) falls in, with the year in which that season starts. */
function seasonOf(year: number, month: number): { year: number; month: number; name: string } {
  if (month < 2) return { year: year - 1, month: 11, name: 'winter' };
  const season = [...SEASONS].reverse().find((s) => s.month <= month)!;
  return { year, month: season.month, name: season.name };
}

/** The period a partial date stands for. A date inside the period is rounded down to its start. */
export function periodOf({ date, precision }: PartialDate): Period {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  switch (precision) {
    case 'day': {
      const start = utc(y, m, date.getUTCDate());
      return { start, end: utc(y, m, date.getUTCDate() + 1) };
    }
    case 'month':
      return { start: utc(y, m), end: utc(y, m + 1) };
    case 'quarter': {
      const first = m - (m % 3);
      return { start: utc(y, first), end: utc(y, first + 3) };
    }
    case 'season': {
      const season = seasonOf(y, m);
      return { start: utc(season.year, season.month), end: utc(season.year, season.month + 3) };
    }
    case 'year':
      return { start: utc(y, 0), end: utc(y + 1, 0) };
  }
}

/**
 * Whether `date` is written the way its precision asks: the first day of the month, season or
 * year, at midnight. A date like `2018-09-15` with precision `month` claims more than is known.
 */
export function isAlignedToPrecision(date: Date, precision: DatePrecision): boolean {
  return periodOf({ date, precision }).start.getTime() === date.getTime();
}

/** The middle of a period: where an event known only to that period most likely sits. */
function midpoint({ start, end }: Period): number {
  return (start.getTime() + end.getTime()) / 2;
}

/**
 * Orders partial dates of mixed precision by the middle of their period: "maart 2019" sits in
 * mid-March, "2019" in mid-2019, so a year-only event never jumps ahead of everything else that
 * year. Equal middles: the shorter (more precise) period first. Editors who know an event
 * belongs early or late in a year give a finer precision ("eerste kwartaal 2019").
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const pa = periodOf(a);
  const pb = periodOf(b);
  const length = (p: Period) => p.end.getTime() - p.start.getTime();
  return midpoint(pa) - midpoint(pb) || length(pa) - length(pb);
}

/** A sorted copy of `events` (stable: equal dates keep the order of the file). */
export function sortTimeline<T extends PartialDate>(events: readonly T[]): T[] {
  return [...events].sort(comparePartialDates);
}

const QUARTERS = ['eerste', 'tweede', 'derde', 'vierde'] as const;

const dutchMonthYear = new Intl.DateTimeFormat('nl-NL', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * The date as Dutch readers write it, no more precise than known: "2 oktober 2014",
 * "september 2018", "eerste kwartaal 2019", "najaar 2018", "2015".
 */
export function formatPartialDateNl(value: PartialDate): string {
  const { start } = periodOf(value);
  switch (value.precision) {
    case 'day':
      return formatDateNl(start);
    case 'month':
      return dutchMonthYear.format(start);
    case 'quarter':
      return `${QUARTERS[Math.floor(start.getUTCMonth() / 3)]} kwartaal ${start.getUTCFullYear()}`;
    case 'season': {
      const season = seasonOf(start.getUTCFullYear(), start.getUTCMonth());
      return season.name === 'winter'
        ? `winter ${season.year}–${season.year + 1}`
        : `${season.name} ${season.year}`;
    }
    case 'year':
      return String(start.getUTCFullYear());
  }
}

/**
 * The machine-readable value for `<time datetime>`: a date (`2014-10-02`), a month
 * (`2018-09`) or a year (`2015`). HTML has no quarter or season, so those give their year.
 */
export function partialDateTimeAttribute(value: PartialDate): string {
  const iso = periodOf(value).start.toISOString();
  switch (value.precision) {
    case 'day':
      return iso.slice(0, 10);
    case 'month':
      return iso.slice(0, 7);
    case 'quarter':
    case 'season':
    case 'year':
      return iso.slice(0, 4);
  }
}

/** The year a partial date belongs to: the year its period starts in ("winter 2018–2019" → 2018). */
export function yearOf(value: PartialDate): number {
  return periodOf(value).start.getUTCFullYear();
}

/** Fragment id of the first event of a year on the timeline page: `jaar-2021`. */
export function yearAnchor(year: number): string {
  return `jaar-${year}`;
}

/**
 * For a jump index by year: each year that has events, with the first of its events in the
 * given (sorted) order.
 */
export function firstEventPerYear<T extends PartialDate>(
  events: readonly T[],
): { year: number; event: T }[] {
  const seen = new Map<number, T>();
  for (const event of events) if (!seen.has(yearOf(event))) seen.set(yearOf(event), event);
  return [...seen].map(([year, event]) => ({ year, event })).sort((a, b) => a.year - b.year);
}

export interface ChartOptions {
  /** First year on the axis (its 1 January is the top). */
  fromYear: number;
  /** Last year on the axis (its 31 December is the bottom). */
  toYear: number;
  /** Vertical space for one year, in SVG units. */
  yearHeight: number;
  /** Space above the first year and below the last. */
  padding: number;
  /** Minimum distance between two labels, so numbers never overlap. */
  labelGap: number;
}

export interface ChartMark {
  /** 1-based position in the sorted list: the same number as the list item. */
  number: number;
  /** Top of the mark: the start of its period. */
  y: number;
  /** Bottom of the mark: the end of its period (about `y` for a single day). */
  y2: number;
  /** The middle of the period, where the list order puts the event. */
  yMid: number;
  /** Where its number is drawn: at `yMid`, pushed down when marks lie close together. */
  labelY: number;
}

export interface ChartLayout {
  height: number;
  years: { year: number; y: number }[];
  marks: ChartMark[];
}

/**
 * Positions for a vertical visual timeline: one tick per year and one mark per event, in the
 * order of `events` (sort them first). Labels are spread so that at least `labelGap` lies
 * between two of them; the chart grows when the last label would fall off the bottom.
 */
export function layoutTimelineChart(
  events: readonly PartialDate[],
  options: ChartOptions,
): ChartLayout {
  const { fromYear, toYear, yearHeight, padding, labelGap } = options;
  const top = utc(fromYear, 0).getTime();
  const bottom = utc(toYear + 1, 0).getTime();
  const axis = (toYear + 1 - fromYear) * yearHeight;
  // Every year gets the same height (leap years too), and time runs evenly within a year.
  const yOf = (time: number) => {
    const t = Math.min(Math.max(time, top), bottom);
    const year = Math.min(new Date(t).getUTCFullYear(), toYear);
    const start = utc(year, 0).getTime();
    const fraction = (t - start) / (utc(year + 1, 0).getTime() - start);
    return padding + (year - fromYear + fraction) * yearHeight;
  };
  const years = Array.from({ length: toYear + 1 - fromYear }, (_, i) => ({
    year: fromYear + i,
    y: yOf(utc(fromYear + i, 0).getTime()),
  }));
  let previousLabel = -Infinity;
  const marks = events.map((event, index) => {
    const period = periodOf(event);
    const y = yOf(period.start.getTime());
    const y2 = yOf(period.end.getTime());
    const yMid = yOf(midpoint(period));
    const labelY = Math.max(yMid, previousLabel + labelGap);
    previousLabel = labelY;
    return { number: index + 1, y, y2, yMid, labelY };
  });
  const height = Math.max(padding * 2 + axis, previousLabel + padding);
  return { height, years, marks };
}
