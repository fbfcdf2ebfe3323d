/**
 * The contract for `content/scenarios/<id>.md`: one file per telephony scenario a municipality
 * can choose today. The file name is the id, used in `/kennisbank/scenarios/<id>/`, in the
 * weights of the scenario quiz (`content/scenariokompas.yaml`) and in links from articles.
 *
 * The frontmatter holds the parts that the scenario page, the overview ("welk scenario past
 * wanneer") and the quiz result show as lists; the Markdown body explains what the scenario is.
 * Shared by `src/content.config.ts` and the content checker, like `schemas.ts`.
 */
import { z } from 'astro/zod';
import { paths } from '../../routes.ts';
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  contentDate,
  requiredText,
} from '../../lib/content/schemas.ts';

export const SCENARIO_TITLE_MAX = 80;
/** Keeps "Scenario: <shortTitle> | <site name>" within the 70 characters a browser tab and search result show. */
export const SCENARIO_SHORT_TITLE_MAX = 40;
export const SCENARIO_ITEM_MAX = 300;

/** One line in a list (advantages, risks …): plain text, one or two short sentences. */
function items(what: string, min: number, max: number) {
  return z
    .array(
      z
        .string({ error: `verwacht ${what} als tekst` })
        .trim()
        .min(1, { error: 'een regel mag niet leeg zijn' })
        .max(SCENARIO_ITEM_MAX, {
          error: (issue) =>
            `een regel is te lang: maximaal ${SCENARIO_ITEM_MAX} tekens, nu ${String(issue.input).length}`,
        }),
      { error: `verwacht een lijst met ${what}, elke regel beginnend met "- "` },
    )
    .min(min, { error: `noem minstens ${min}` })
    .max(max, { error: `noem er hooguit ${max}: kies de belangrijkste` });
}

/** A source in the page's "Bronnen" list. Every fact on the page traces to one of these. */
export const scenarioSourceSchema = z.strictObject({
  /** Title of the source as a reader recognises it ("Veelgestelde vragen GT Connect 2"). */
  title: requiredText('de titel van de bron', 200),
  /** Absolute https address of the source. */
  url: z.url({
    protocol: /^https$/,
    error: 'verwacht een volledig https-adres, zoals https://vng.nl/…',
  }),
  /** Who published it ("VNG", "Microsoft", "Rechtbank Den Haag"). */
  publisher: requiredText('de naam van de uitgever', 80).optional(),
  /**
   * Language of the title when it is not Dutch (`en`, `fr`), so screen readers pronounce it
   * correctly (WCAG 3.1.2). Leave it out for Dutch titles.
   */
  lang: z
    .string({ error: 'verwacht een taalcode als tekst, zoals en' })
    .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: 'verwacht een taalcode zoals en of fr' })
    .optional(),
  /** Date of the source as the source gives it ("9 december 2022", "2022", "datum onbekend"). */
  date: z
    .string({ error: 'verwacht de datum als tekst, zoals "9 december 2022"' })
    .trim()
    .min(1, { error: 'mag niet leeg zijn; laat het veld weg of schrijf "datum onbekend"' })
    .max(60, { error: 'is te lang: maximaal 60 tekens' })
    .optional(),
});

/** Frontmatter of a scenario. */
export const scenarioSchema = z.strictObject({
  /** Name of the scenario: page heading, overview, quiz result. */
  title: requiredText('een titel', SCENARIO_TITLE_MAX),
  /**
   * Short name, at most 40 characters: the browser tab (`<title>`), the bars of the quiz result
   * and lists of other scenarios. For example "Teams met eigen aanbesteding".
   */
  shortTitle: requiredText('een korte naam', SCENARIO_SHORT_TITLE_MAX),
  /** One or two sentences: what the reader chooses. Meta description, overview, quiz result. */
  summary: z
    .string({ error: 'verwacht een korte samenvatting als tekst' })
    .trim()
    .min(DESCRIPTION_MIN, {
      error: (issue) =>
        `is te kort: minimaal ${DESCRIPTION_MIN} tekens, nu ${String(issue.input).length}`,
    })
    .max(DESCRIPTION_MAX, {
      error: (issue) =>
        `is te lang: maximaal ${DESCRIPTION_MAX} tekens, nu ${String(issue.input).length}`,
    }),
  /**
   * Position in lists (1, 2, 3 …), unique. Also breaks ties in the quiz: of two scenarios that
   * fit equally well, the one with the lower number is listed first.
   */
  order: z
    .number({ error: 'verwacht een volgnummer als getal, zoals 2' })
    .int({ error: 'verwacht een heel getal' })
    .positive({ error: 'verwacht een getal vanaf 1' }),
  /**
   * Day an editor last checked the whole scenario against the fact sheet, `YYYY-MM-DD`; shown as
   * "Gecontroleerd op". Not in the future; `npm run check:content` warns when it is more than 12 months old.
   */
  reviewedDate: contentDate,
  /** When this scenario fits: each line completes "Dit scenario past als …" in spirit; write a full sentence. */
  fitsWhen: items('situaties waarin het scenario past', 1, 6),
  /** What the municipality gains. */
  advantages: items('voordelen', 1, 8),
  /** What can go wrong or needs care; the quiz shows these as the caveats of its top scenario. */
  risks: items('risico’s', 1, 8),
  /** What to arrange before choosing or starting, in a sensible order. */
  firstSteps: items('stappen', 1, 8),
  /**
   * "Wat wij niet konden controleren": claims on this page without a public source, one short
   * sentence each, shown together in one box below "Wat het is". Optional.
   */
  unverified: items('punten zonder openbare bron', 1, 8).optional(),
  /** Sources of the facts on the page, shown as "Bronnen". At least one. */
  sources: z
    .array(scenarioSourceSchema, { error: 'verwacht een lijst met bronnen (title, url)' })
    .min(1, { error: 'noem minstens één bron' }),
});

export type ScenarioData = z.output<typeof scenarioSchema>;
export type ScenarioSource = z.output<typeof scenarioSourceSchema>;

/** Fragment ids of the sections on a scenario page, so content may link to them (`…/cloudtelefonie/#risicos`). */
export const SCENARIO_SECTIONS = {
  about: 'wat-het-is',
  fitsWhen: 'wanneer-past-het',
  advantages: 'voordelen',
  risks: 'risicos',
  firstSteps: 'eerst-regelen',
  articles: 'artikelen',
  sources: 'bronnen',
} as const;

/** Site path of a scenario page. */
export const scenarioPath: (id: string) => string = paths.scenario;

export const SCENARIOS_INDEX = paths.scenarioIndex();

const HELP: Record<string, string> = {
  title:
    'schrijf de naam van het scenario op één regel, bijvoorbeeld title: "Bellen via Teams, met een eigen aanbesteding"',
  shortTitle:
    'schrijf een korte naam van hooguit 40 tekens, bijvoorbeeld shortTitle: "Teams met eigen aanbesteding"',
  summary: `schrijf één of twee zinnen van ${DESCRIPTION_MIN} tot ${DESCRIPTION_MAX} tekens: wat kiest de gemeente?`,
  reviewedDate:
    'schrijf de dag waarop u het scenario met het feitenblad hebt vergeleken, als jaar-maand-dag en niet in de toekomst, bijvoorbeeld reviewedDate: 2026-12-02',
  order:
    'schrijf de plaats in de lijst als getal, bijvoorbeeld order: 3; elk scenario een eigen nummer',
  fitsWhen:
    'schrijf een lijst met regels die beginnen met "- ", bijvoorbeeld - "Uw organisatie belt al via Teams."',
  advantages: 'schrijf een lijst met regels die beginnen met "- "',
  risks: 'schrijf een lijst met regels die beginnen met "- "',
  firstSteps: 'schrijf een lijst met regels die beginnen met "- "',
  unverified:
    'schrijf een lijst met regels die beginnen met "- ", één bewering zonder openbare bron per regel',
  sources: 'schrijf per bron - title: "…" en url: https://…, optioneel publisher: en date:',
};

/** The fix shown with a problem in a scenario's frontmatter field. */
export function scenarioFieldHelp(field: string): string | undefined {
  return HELP[field];
}
