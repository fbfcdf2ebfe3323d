/**
 * The contract for the GT Connect timeline: `content/timeline.yaml`, a list of events. Each
 * event has a date with a precision (a day, a month, a quarter, a season or only a year), what happened,
 * how certain that is and at least one source. The page sorts the events; the file may be in
 * any order.
 *
 * Shared by `src/content.config.ts` and the content checker (`check.ts`).
 */
import { z } from 'astro/zod';
import { toIsoDate } from '../../lib/dates.ts';
import { contentDate, idField } from '../../lib/content/schemas.ts';
import { DATE_PRECISIONS, isAlignedToPrecision, type DatePrecision } from '../../lib/timeline.ts';

/**
 * How sure the event is, after the markings of the fact sheet:
 * - `zeker`: a primary source (court ruling, VNG, Microsoft, legislation);
 * - `media`: trade press or news;
 * - `advies`: a blog of a consultancy or a supplier;
 * - `onzeker`: sources contradict each other, or the only source is weak.
 */
export const CERTAINTIES = ['zeker', 'media', 'advies', 'onzeker'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** How each certainty reads on the page: `long` in the list, `short` in the legend of the chart. */
export const CERTAINTY_LABELS: Record<Certainty, { long: string; short: string }> = {
  zeker: { long: 'bevestigd door een primaire bron', short: 'primaire bron' },
  media: { long: 'gemeld door vakpers of nieuws', short: 'vakpers of nieuws' },
  advies: { long: 'volgens een adviesbureau of leverancier', short: 'adviesbureau of leverancier' },
  onzeker: { long: 'onzeker: bronnen spreken elkaar tegen of de bron is zwak', short: 'onzeker' },
};

const ALIGNMENT_HELP: Record<DatePrecision, string> = {
  day: 'elke dag is goed',
  month: 'verwacht de eerste dag van de maand, zoals 2018-09-01',
  quarter:
    'verwacht de eerste dag van het kwartaal: 01-01, 04-01, 07-01 of 10-01, zoals 2019-01-01',
  season:
    'verwacht de eerste dag van het seizoen: 03-01 (voorjaar), 06-01 (zomer), 09-01 (najaar) of 12-01 (winter), zoals 2018-09-01',
  year: 'verwacht 1 januari van dat jaar, zoals 2015-01-01',
};

export const timelineEventSchema = z
  .strictObject({
    /** Short unique id; also the anchor of the event on the page (`/kennisbank/tijdlijn/#<id>`). */
    id: idField,
    /**
     * The date, always written as a whole day (`2021-03-23`). For a coarser `precision`, write
     * the first day of the period: `2018-09-01` for September 2018, `2015-01-01` for 2015.
     */
    date: contentDate,
    /**
     * How much of `date` is known: `day`, `month`, `quarter`, `season` (voorjaar, zomer,
     * najaar, winter) or `year`. The page shows only that much ("september 2018",
     * "eerste kwartaal 2019", "najaar 2018", "2015") and orders events by the middle of that period.
     */
    precision: z.enum(DATE_PRECISIONS, {
      error: `verwacht een van: ${DATE_PRECISIONS.join(', ')}`,
    }),
    /** What happened, in one to three plain Dutch sentences. No Markdown. */
    event: z
      .string({ error: 'verwacht een beschrijving als tekst' })
      .trim()
      .min(10, { error: 'is te kort: beschrijf wat er gebeurde in een hele zin' })
      .max(500, { error: 'is te lang: maximaal 500 tekens' }),
    /** How sure the event is: `zeker`, `media`, `advies` or `onzeker` (see the fact sheet). */
    certainty: z.enum(CERTAINTIES, { error: `verwacht een van: ${CERTAINTIES.join(', ')}` }),
    /** Web addresses (https) of the sources, the most important first. At least one. */
    sources: z
      .array(
        z.url({
          protocol: /^https$/,
          error: 'verwacht een volledig webadres dat begint met https://',
        }),
        { error: 'verwacht een lijst met webadressen' },
      )
      .min(1, { error: 'heeft minstens één bron nodig' }),
    /** Optional remark about the date or the sources, for example where sources disagree. */
    note: z.string({ error: 'verwacht een opmerking als tekst' }).trim().min(1).max(400).optional(),
  })
  .superRefine((data, ctx) => {
    if (!isAlignedToPrecision(data.date, data.precision)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `${toIsoDate(data.date)} past niet bij precision: ${data.precision} (${ALIGNMENT_HELP[data.precision]})`,
      });
    }
  });

export type TimelineEventData = z.output<typeof timelineEventSchema>;
