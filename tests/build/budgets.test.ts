/**
 * Performance budgets in bytes (never in time):
 * - an article of about 700 words: 0 bytes of JavaScript and at most 12 KB of HTML + CSS + fonts
 *   (gzip, images excluded); measured on the real first article and on a generated 700-word
 *   article in a fixture build. Aim: under 10 KB (printed, not failing). Every other article
 *   gets the same budget plus 512 B gzip per 100 words beyond 700: longer text (and its term
 *   links and sources) may cost bytes, the page around it may not;
 * - the scenario quiz: at most 6 KB of JavaScript (gzip) once it exists;
 * - the search UI (pagefind's) is loaded by /zoeken/ only;
 * - every image has width and height and a modern format.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGeneratedArticles } from '../../scripts/lib/generated-content.ts';
import { pageWeight, staticModuleGraph } from '../../scripts/lib/page-weight.ts';
import { countWords } from '../../src/lib/text/words.ts';
import { DIST, listFiles, listPages, loadDocument } from '../helpers/dist.ts';
import { imageProblems } from '../helpers/images.ts';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

const KB = 1024;
const ARTICLE_BUDGET = 12 * KB;
const ARTICLE_AIM = 10 * KB;
const QUIZ_JS_BUDGET = 6 * KB;
const FIRST_ARTICLE = 'artikelen/het-begin-van-het-einde-van-gt-connect/index.html';

/** 12 KB for an article of up to 700 words, plus 512 B (gzip) for every 100 words more. */
function articleBudget(words: number): number {
  return ARTICLE_BUDGET + Math.max(0, Math.ceil((words - 700) / 100)) * 512;
}

function report(label: string, w: ReturnType<typeof pageWeight>): void {
  const aim = w.total <= ARTICLE_AIM ? 'under the 10 KB aim' : 'OVER the 10 KB aim (budget 12 KB)';
  console.info(
    `${label}: HTML ${w.html} B + CSS ${w.css} B + fonts ${w.fonts} B = ${w.total} B gzip (${aim}); JS ${w.js} B`,
  );
}

describe('article budget', () => {
  it('the first article: 0 bytes of JS, HTML + CSS + fonts at most 12 KB gzip', () => {
    const weight = pageWeight(DIST, FIRST_ARTICLE);
    report('first article', weight);
    expect(weight.js).toBe(0);
    expect(weight.total).toBeLessThanOrEqual(ARTICLE_BUDGET);
  });

  it('every article page in this build: 0 bytes of JS, within 12 KB plus 512 B per 100 words beyond 700', () => {
    const articles = listPages().filter(({ url }) =>
      /^\/artikelen\/(?!pagina\/)[^/]+\/$/.test(url),
    );
    expect(articles.length).toBeGreaterThan(0);
    for (const { file } of articles) {
      const weight = pageWeight(DIST, file);
      const words = countWords(loadDocument(file).querySelector('.prose')?.textContent ?? '');
      expect(weight.js, file).toBe(0);
      expect(weight.total, `${file} (${words} words)`).toBeLessThanOrEqual(articleBudget(words));
    }
  });

  describe('a generated 700-word article (fixture build)', () => {
    let fixture: FixtureSite;
    let slug: string;
    let words: number;

    beforeAll(() => {
      fixture = createFixtureSite();
      const [generated] = writeGeneratedArticles(join(fixture.dir, 'content'), 1);
      slug = generated!.slug;
      words = generated!.words;
      const result = fixture.build();
      expect(result.status, result.output).toBe(0);
    });
    afterAll(() => fixture?.dispose());

    it('is about 700 words, ships 0 bytes of JS and fits 12 KB', () => {
      expect(words).toBeGreaterThan(600);
      expect(words).toBeLessThan(850);
      const weight = pageWeight(join(fixture.dir, 'dist'), `artikelen/${slug}/index.html`);
      report(`generated ${words}-word article`, weight);
      expect(weight.js).toBe(0);
      expect(weight.total).toBeLessThanOrEqual(ARTICLE_BUDGET);
    });
  });
});

describe('JavaScript budgets', () => {
  it('the scenario quiz loads at most 6 KB of JS (gzip)', () => {
    expect(listFiles()).toContain('scenariokompas/index.html');
    const weight = pageWeight(DIST, 'scenariokompas/index.html');
    console.info(`scenario quiz: JS ${weight.js} B gzip (${weight.scripts.join(', ')})`);
    expect(weight.js).toBeGreaterThan(0);
    expect(weight.js).toBeLessThanOrEqual(QUIZ_JS_BUDGET);
  });

  it('no page but /zoeken/ loads the pagefind UI at page load', () => {
    const offenders: string[] = [];
    for (const { file, url } of listPages()) {
      if (url === '/zoeken/') continue;
      const doc = loadDocument(file);
      const direct = [...doc.querySelectorAll('script[src], link[href]')].map(
        (el) => el.getAttribute('src') ?? el.getAttribute('href')!,
      );
      if (direct.some((u) => u.includes('/pagefind/')))
        offenders.push(`${url}: links /pagefind/ directly`);
      const graph = staticModuleGraph(
        DIST,
        [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
      );
      for (const module of graph) {
        if (/pagefind-(component-|modular-)?ui/.test(module))
          offenders.push(`${url}: imports ${module}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('images', () => {
  it('every <img> has width and height and an AVIF, WebP or SVG source', () => {
    const problems: string[] = [];
    let images = 0;
    for (const { file, url } of listPages()) {
      const doc = loadDocument(file);
      images += doc.querySelectorAll('img').length;
      problems.push(...imageProblems(doc).map((p) => `${url}: ${p}`));
    }
    console.info(`images checked: ${images}`);
    expect(problems).toEqual([]);
  });
});
