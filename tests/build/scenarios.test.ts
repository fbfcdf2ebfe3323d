/**
 * The scenario pages and the scenario quiz in the production build: content on the page,
 * search markers, sources, the no-JavaScript fallback and the JavaScript budgets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { checkContent } from '../../src/lib/content/checkers.ts';
import type { ScenarioData } from '../../src/collections/scenarios/schema.ts';
import { DIST, listPages, loadDocument } from '../helpers/dist.ts';

/** The quiz page may ship at most this much JavaScript, gzip-compressed (issue 4). */
export const QUIZ_JS_BUDGET = 6 * 1024;

const files = readContentFiles(process.cwd());
const { context } = checkContent(files);
const scenarios = (context.data.get('scenarios') ?? [])
  .map((record) => ({ id: record.id!, ...(record.data as unknown as ScenarioData) }))
  .sort((a, b) => a.order - b.order);
const questions = parse(files.get('content/scenariokompas.yaml')!) as {
  id: string;
  key: string;
  question: string;
  options: { key: number; label: string }[];
}[];

/** Same-origin scripts of a page and every module they import, as dist files. */
function scriptFiles(doc: Document): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(DIST, path), 'utf8');
    for (const match of code.matchAll(
      /(?:\bimport\s*(?:[\w*{}\s,$]+from\s*)?|\bimport\s*\(\s*)["']([^"']+\.js)["']/g,
    )) {
      visit(new URL(match[1]!, `https://x/${path}`).pathname.slice(1));
    }
  };
  for (const script of doc.querySelectorAll('script[src]'))
    visit(new URL(script.getAttribute('src')!, 'https://x/').pathname.slice(1));
  for (const link of doc.querySelectorAll('link[rel="modulepreload"][href]'))
    visit(new URL(link.getAttribute('href')!, 'https://x/').pathname.slice(1));
  return [...seen];
}

const gzipBytes = (path: string) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
const executableScripts = (doc: Document) =>
  [...doc.querySelectorAll('script')].filter(
    (s) => s.getAttribute('type') !== 'application/ld+json',
  );

describe('scenario pages', () => {
  it('exist for the five agreed scenarios', () => {
    expect(scenarios.map((s) => s.id)).toEqual([
      'huidig-platform-verlengen',
      'teams-gt-connect-2',
      'teams-eigen-aanbesteding',
      'cloudtelefonie',
      'eigen-telefooncentrale',
    ]);
  });

  it.each(scenarios)(
    '$id shows what it is, when it fits, advantages, risks, first steps, articles and sources',
    (scenario) => {
      const doc = loadDocument(`kennisbank/scenarios/${scenario.id}/index.html`);
      expect(doc.querySelector('h1')?.textContent).toBe(scenario.title);
      expect(doc.querySelector('title')?.textContent).toBe(
        `Scenario: ${scenario.shortTitle} | Telefonie na GT Connect`,
      );
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
        scenario.summary,
      );
      const section = (id: string) => doc.getElementById(id)?.closest('section');
      expect(section('wat-het-is')?.querySelector('.prose p')?.textContent?.length).toBeGreaterThan(
        40,
      );
      const items = (id: string) =>
        [...(section(id)?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim());
      expect(items('wanneer-past-het')).toEqual(scenario.fitsWhen);
      expect(items('voordelen')).toEqual(scenario.advantages);
      expect(items('risicos')).toEqual(scenario.risks);
      expect(items('eerst-regelen')).toEqual(scenario.firstSteps);
      expect(section('artikelen')).toBeTruthy();
    },
  );

  it.each(scenarios)(
    '$id lists its sources as absolute https links under "Bronnen"',
    (scenario) => {
      const doc = loadDocument(`kennisbank/scenarios/${scenario.id}/index.html`);
      const links = [
        ...(doc.getElementById('bronnen')?.closest('section')?.querySelectorAll('li a') ?? []),
      ];
      expect(links.map((a) => a.getAttribute('href'))).toEqual(scenario.sources.map((s) => s.url));
      for (const a of links) expect(a.getAttribute('href')).toMatch(/^https:\/\/[^/]+\//);
      // Every external link in the body is a listed source: facts trace to "Bronnen".
      const sources = new Set(scenario.sources.map((s) => s.url));
      for (const a of doc.querySelectorAll('#wat-het-is ~ .prose a[href^="http"]'))
        expect(sources, a.getAttribute('href')!).toContain(a.getAttribute('href'));
    },
  );

  it.each(scenarios)('$id is searchable as type "scenario", without its link lists', (scenario) => {
    const doc = loadDocument(`kennisbank/scenarios/${scenario.id}/index.html`);
    const bodies = doc.querySelectorAll('[data-pagefind-body]');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.contains(doc.querySelector('h1'))).toBe(true);
    expect(bodies[0]!.getAttribute('data-pagefind-filter')).toBe('type:scenario');
    for (const id of ['artikelen', 'bronnen', 'verder'])
      expect(doc.getElementById(id)?.closest('[data-pagefind-ignore]'), id).toBeTruthy();
  });

  it('ship no JavaScript, and neither does the overview', () => {
    for (const path of [
      'kennisbank/scenarios/index.html',
      ...scenarios.map((s) => `kennisbank/scenarios/${s.id}/index.html`),
    ]) {
      expect(executableScripts(loadDocument(path)), path).toEqual([]);
      expect(loadDocument(path).querySelectorAll('link[rel="modulepreload"]'), path).toHaveLength(
        0,
      );
    }
  });
});

describe('the scenario overview', () => {
  const doc = loadDocument('kennisbank/scenarios/index.html');

  it('lists every scenario in editorial order, with when it fits', () => {
    const items = [...doc.querySelectorAll('.scenario-overview__item')];
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(
      scenarios.map((s) => `/kennisbank/scenarios/${s.id}/`),
    );
    expect(items.map((li) => li.querySelectorAll('.scenario-overview__fits li').length)).toEqual(
      scenarios.map((s) => s.fitsWhen.length),
    );
  });

  it('is a list page: not a search result itself, and it points to the quiz', () => {
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    expect(doc.querySelector('main a[href="/scenariokompas/"]')).toBeTruthy();
  });
});

describe('the scenario quiz page', () => {
  const doc = loadDocument('scenariokompas/index.html');

  it('renders every question on the server as a fieldset with a legend and radio buttons, in file order', () => {
    const fieldsets = [...doc.querySelectorAll('scenario-kompas fieldset')];
    expect(fieldsets.map((f) => f.getAttribute('data-key'))).toEqual(questions.map((q) => q.key));
    fieldsets.forEach((fieldset, index) => {
      const question = questions[index]!;
      expect(fieldset.querySelector('legend h2')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        `Vraag ${index + 1} van ${questions.length}: ${question.question}`,
      );
      const radios = [...fieldset.querySelectorAll('input[type="radio"]')];
      expect(radios.every((r) => r.getAttribute('name') === question.key)).toBe(true);
      expect(radios.map((r) => doc.querySelector(`label[for="${r.id}"]`)?.textContent)).toEqual([
        ...question.options.map((o) => o.label),
        'Weet ik niet',
      ]);
      for (const radio of radios.slice(0, -1))
        expect(radio.getAttribute('data-w')?.split(' ')).toHaveLength(scenarios.length);
    });
  });

  it('without JavaScript shows the "welk scenario past wanneer" overview and keeps the empty quiz hidden', () => {
    expect(doc.querySelector('[data-nojs]')?.hasAttribute('hidden')).toBe(false);
    expect(doc.querySelector('[data-app]')?.hasAttribute('hidden')).toBe(true);
    const overview = doc.getElementById('welk-scenario')?.closest('section');
    expect(
      [...(overview?.querySelectorAll('h3 a') ?? [])].map((a) => a.getAttribute('href')),
    ).toEqual(scenarios.map((s) => `/kennisbank/scenarios/${s.id}/`));
  });

  it('says the outcome is a starting point, not advice, also on the printed result', () => {
    expect(doc.querySelector('main')?.textContent).toMatch(
      /startpunt, geen advies voor uw situatie/,
    );
    expect(doc.querySelector('[data-result]')?.textContent).toMatch(
      /startpunt voor uw eigen afweging, geen advies voor uw situatie/,
    );
  });

  it('has a result block per scenario with its caveats (the risks) and a link to its page', () => {
    for (const scenario of scenarios) {
      const block = doc.querySelector(`[data-detail="${scenario.id}"]`);
      expect(
        [...(block?.querySelectorAll('ul li') ?? [])]
          .slice(0, scenario.risks.length)
          .map((li) => li.textContent),
      ).toEqual(scenario.risks);
      expect(block?.querySelector(`a[href="/kennisbank/scenarios/${scenario.id}/"]`)).toBeTruthy();
    }
  });

  it('is in the main navigation of every page', () => {
    for (const { file } of listPages()) {
      expect(
        loadDocument(file).querySelector('.site-nav a[href="/scenariokompas/"]'),
        file,
      ).toBeTruthy();
    }
  });
});

describe('JavaScript budgets', () => {
  const quizPage = loadDocument('scenariokompas/index.html');
  const quizScripts = scriptFiles(quizPage);

  it(`the quiz page ships at most ${QUIZ_JS_BUDGET} bytes of JavaScript (gzip), all as external same-origin modules`, () => {
    expect(quizScripts.length).toBeGreaterThanOrEqual(1);
    for (const script of executableScripts(quizPage)) {
      expect(script.getAttribute('type')).toBe('module');
      expect(script.getAttribute('src')).toMatch(/^\/_astro\/[^/]+\.js$/);
      expect(script.textContent).toBe('');
    }
    const total = quizScripts.reduce((sum, path) => sum + gzipBytes(path), 0);
    console.info(
      `scenariokompas JS: ${quizScripts.join(', ')} = ${total} bytes gzip (budget ${QUIZ_JS_BUDGET})`,
    );
    expect(total).toBeLessThanOrEqual(QUIZ_JS_BUDGET);
  });

  it('the quiz island loads on no other page', () => {
    for (const { file } of listPages()) {
      if (file === 'scenariokompas/index.html') continue;
      const shared = scriptFiles(loadDocument(file)).filter(
        (path) => quizScripts.includes(path) && /kompas/i.test(path),
      );
      expect(shared, file).toEqual([]);
    }
  });

  it('the island bundle carries neither the schema library nor the content text', () => {
    const code = quizScripts.map((path) => readFileSync(join(DIST, path), 'utf8')).join('\n');
    expect(code).not.toMatch(/zod|ZodError|astro:content/i);
    expect(code).not.toContain(questions[0]!.question);
  });
});
