/**
 * Checks the timeline (`content/timeline.yaml`): every event valid against the schema, with a
 * source, a date that claims no more precision than it has, and a unique id. Registers the
 * events and their years as fragments of `/kennisbank/tijdlijn/`, so content may link to
 * `#<id>` or `#jaar-2021`.
 */
import { paths } from '../../routes.ts';
import { addRoute, parseDataFile, type ContentChecker } from '../../lib/content/check.ts';
import type { Problem } from '../../lib/content/problems.ts';
import { timelineEventSchema, type TimelineEventData } from './schema.ts';
import { yearAnchor, yearOf } from '../../lib/timeline.ts';

export const TIMELINE_FILE = 'content/timeline.yaml';
export const TIMELINE_PATH = paths.timeline();

const HELP: Record<string, string> = {
  id: 'geef elke gebeurtenis een korte eigen id, bijvoorbeeld id: atos-wint-gt-connect',
  date: 'schrijf de datum als jaar-maand-dag, bijvoorbeeld date: 2021-03-23; weet u alleen de maand of het jaar, schrijf dan de eerste dag daarvan en zet precision op month of year',
  precision:
    'schrijf precision: day, month, quarter (kwartaal), season (voorjaar, zomer, najaar, winter) of year',
  event:
    'beschrijf in één tot drie gewone zinnen wat er gebeurde, bijvoorbeeld event: "Atos dagvaardt de VNG in kort geding."',
  certainty:
    'schrijf certainty: zeker (primaire bron), media (vakpers of nieuws), advies (adviesbureau of leverancier) of onzeker',
  sources:
    'zet onder de gebeurtenis sources: met minstens één https-adres uit het feitenblad, bijvoorbeeld sources: [https://uitspraken.rechtspraak.nl/…]',
  note: 'schrijf een korte opmerking als tekst, of laat het veld weg',
};

export function timelineFieldHelp(field: string): string | undefined {
  return HELP[field];
}

export const timelineChecker: ContentChecker = {
  name: 'timeline',
  parse(context) {
    const problems: Problem[] = [];
    const records = parseDataFile(
      TIMELINE_FILE,
      context.files.get(TIMELINE_FILE),
      timelineEventSchema,
      problems,
      timelineFieldHelp,
    );
    context.data.set('timeline', records);
    const valid = records.filter((r) => r.data && r.id);
    const ids = valid.map((r) => r.id!);
    context.ids.set('timeline', new Set(ids));
    // Each event is an anchor, and so is each year that has events (#jaar-2021).
    const years = new Set(
      valid.map((r) => yearAnchor(yearOf(r.data as unknown as TimelineEventData))),
    );
    addRoute(context, TIMELINE_PATH, [...ids, ...years]);
    return problems;
  },
  // Unique ids: `uniqueIdRule` (run by the taxonomy checker) covers every list in `context.data`.
};
