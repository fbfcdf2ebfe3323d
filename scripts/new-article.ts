/**
 * `npm run new -- "Titel van het artikel" [--reeks <id>]`: creates a draft article with valid
 * frontmatter and a body skeleton, then says what to do next. Without a title it asks for one
 * (and for the series). Refuses a title whose slug is already taken, in any folder.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/integrations/content-checks.ts';
import { paths } from '../src/routes.ts';
import { checkContent } from '../src/lib/content/checkers.ts';
import { planNewArticle } from '../src/lib/content/scaffold.ts';
import { site } from '../src/site.config.ts';

const USAGE =
  'Gebruik: npm run new -- "Titel van het artikel" [--reeks <id uit content/series.yaml>]';

/** Asks questions on the terminal (or reads answers piped in); an answer is "" when input ends. */
function asker(): { ask: (question: string) => Promise<string>; close: () => void } {
  const lines = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY,
  });
  const answers: string[] = [];
  const waiting: ((answer: string) => void)[] = [];
  let ended = false;
  lines.on('line', (line) => (waiting.length ? waiting.shift()!(line) : answers.push(line)));
  lines.on('close', () => {
    ended = true;
    for (const resolve of waiting.splice(0)) resolve('');
  });
  return {
    async ask(question) {
      process.stdout.write(question);
      const answer = answers.length
        ? answers.shift()!
        : ended
          ? ''
          : await new Promise<string>((resolve) => waiting.push(resolve));
      // Piped answers are not echoed: end the question's line ourselves.
      if (!process.stdin.isTTY) process.stdout.write(`${answer}\n`);
      return answer;
    },
    close: () => lines.close(),
  };
}

/** Today's date in the Netherlands, `YYYY-MM-DD` (CI machines run on UTC). */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        reeks: { type: 'string' },
        series: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let title = positionals.join(' ').trim();
  let series = values.reeks ?? values.series;
  if (title === '') {
    const prompt = asker();
    title = (await prompt.ask('Titel van het nieuwe artikel: ')).trim();
    if (series === undefined) {
      series =
        (
          await prompt.ask('Reeks (id uit content/series.yaml, of Enter voor geen reeks): ')
        ).trim() || undefined;
    }
    prompt.close();
  }

  const root = process.cwd();
  const { context } = checkContent(readContentFiles(root));
  const plan = planNewArticle(context, {
    title,
    date: today(),
    author: site.defaultAuthor,
    series,
  });
  if (!plan.ok) {
    console.error(`Niet aangemaakt. ${plan.reason}\n${USAGE}`);
    return 1;
  }
  const file = join(root, plan.path);
  if (existsSync(file)) {
    console.error(`Niet aangemaakt: ${plan.path} bestaat al.`);
    return 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, plan.source, { flag: 'wx' });

  console.log(
    [
      `Nieuw concept: ${plan.path}`,
      `Webadres na publicatie: ${paths.article(plan.slug)}${plan.seriesPart ? ` (deel ${plan.seriesPart} van de reeks "${series}")` : ''}`,
      '',
      'Volgende stappen:',
      '  1. Vul in het bestand "description" en "tags" in en vervang de voorbeeldtekst door uw tekst.',
      `  2. Bekijk het artikel: npm run dev, dan http://127.0.0.1:4321/artikelen/${plan.slug}/`,
      '     (een concept is alleen daar te zien, met het label "Concept").',
      '  3. Controleer alles: npm run check:content',
      '  4. Klaar? Zet "draft: false" en "pubDate" op de publicatiedag, commit en open een pull request.',
      'Uitleg over alle velden en meldingen: docs/redactie.md',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = await main();
