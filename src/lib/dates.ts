/**
 * Date helpers. Content dates are calendar days (`2020-10-01`), stored as UTC midnight;
 * formatting therefore always happens in UTC so a date never shifts by a day.
 */

const dutchLongDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Formatted days: a site of a thousand articles shows the same few hundred dates on every list. */
const formattedDays = new Map<number, string>();

/** "1 oktober 2020" */
export function formatDateNl(date: Date): string {
  const time = date.getTime();
  let formatted = formattedDays.get(time);
  if (formatted === undefined) {
    formatted = dutchLongDate.format(date);
    formattedDays.set(time, formatted);
  }
  return formatted;
}

/** "2020-10-01", for `<time datetime>` and JSON-LD. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** RFC 822 date as RSS 2.0 requires: "Thu, 01 Oct 2020 00:00:00 GMT". */
export function toRfc822(date: Date): string {
  return date.toUTCString();
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses the two date forms the content contract accepts: a calendar day (`2020-10-01`,
 * taken as UTC midnight) or a full ISO 8601 date-time with an offset. Returns `undefined`
 * for anything else, including impossible days such as `2020-02-30` (which `Date` would
 * silently roll over into March).
 */
export function parseContentDate(value: string): Date | undefined {
  const day = ISO_DAY.exec(value);
  if (day) {
    const [, y, m, d] = day.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    const rolledOver =
      date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d;
    return rolledOver ? undefined : date;
  }
  if (ISO_DATETIME.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}
