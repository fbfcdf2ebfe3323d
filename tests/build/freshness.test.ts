/**
 * Freshness on the built pages: every published article and every scenario says when it was
 * last checked, updated articles say what changed, unconfirmed claims sit in one box, and no
 * page or feed item repeats a statement that the fact sheet's update of 2 December 2026 (§5)
 * corrected.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { formatDateNl, toIsoDate } from '../../src/lib/dates.ts';
import { publishStatus } from '../../src/lib/publish.ts';
import { listPages, loadDocument, readDist } from '../helpers/dist.ts';

const { context } = checkContent(readContentFiles(process.cwd()));
const published = context.articles.filter(
  (a) => a.data && publishStatus(a.data, new Date()) === 'published',
);
const scenarios = (context.data.get('scenarios') ?? []).filter((r) => r.data);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('"Gecontroleerd op" on every article and scenario', () => {
  it.each(published.map((a) => [a.slug, a] as const))('article %s', (slug, article) => {
    const doc = loadDocument(`artikelen/${slug}/index.html`);
    const meta = [...doc.querySelectorAll('.article__meta > div')].map((d) => [
      text(d.querySelector('dt')),
      d.querySelector('dd time')?.getAttribute('datetime'),
    ]);
    const reviewed = toIsoDate(article.data!.reviewedDate!);
    // Next to the publication date, in the same list.
    expect(meta.slice(0, 2)).toEqual([
      ['Gepubliceerd', toIsoDate(article.data!.pubDate)],
      ['Gecontroleerd op', reviewed],
    ]);
    const latest = [article.data!.updatedDate, article.data!.reviewedDate]
      .filter((d) => d !== undefined)
      .map(toIsoDate)
      .sort()
      .at(-1);
    expect(
      JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)
        .dateModified,
    ).toBe(latest);
  });

  it.each(scenarios.map((r) => [r.id!, r] as const))('scenario %s', (id, record) => {
    const doc = loadDocument(`kennisbank/scenarios/${id}/index.html`);
    const line = doc.querySelector('.scenario__reviewed');
    expect(text(line)).toBe(
      `Gecontroleerd op ${formatDateNl(record.data!['reviewedDate'] as Date)}`,
    );
    expect(line?.closest('[data-pagefind-ignore]')).not.toBeNull();
  });
});

describe('what changed, and what could not be checked', () => {
  const updated = published.filter((a) => a.data!.updateNote);

  it('every article updated on 2 December 2026 says what changed, on the page and in the feed', () => {
    expect(updated.length).toBeGreaterThanOrEqual(8);
    const feed = readDist('rss.xml');
    for (const article of updated) {
      const note = loadDocument(`artikelen/${article.slug}/index.html`).querySelector(
        '.update-note',
      );
      expect(text(note), article.slug).toBe(
        `Bijgewerkt op ${formatDateNl(article.data!.updatedDate!)}: ${article.data!.updateNote!.replace(/\s+/g, ' ')}`,
      );
      expect(feed, article.slug).toContain(
        `Bijgewerkt op ${formatDateNl(article.data!.updatedDate!)}:`,
      );
    }
  });

  it('gathers the unconfirmed claims of a page in one box, outside the text and the search index', () => {
    for (const article of published.filter((a) => a.data!.unverified)) {
      const doc = loadDocument(`artikelen/${article.slug}/index.html`);
      const boxes = doc.querySelectorAll('.unverified');
      expect(boxes.length, article.slug).toBe(1);
      const box = boxes[0]!;
      expect(text(box.querySelector('.unverified__title'))).toBe('Wat wij niet konden controleren');
      expect([...box.querySelectorAll('li')].map(text)).toEqual(
        article.data!.unverified!.map((s) => s.replace(/\s+/g, ' ')),
      );
      expect(box.getAttribute('role')).toBe('note');
      expect(box.hasAttribute('data-pagefind-ignore')).toBe(true);
      expect(box.closest('.prose')).toBeNull();
    }
    const scenario = loadDocument('kennisbank/scenarios/teams-gt-connect-2/index.html');
    expect(text(scenario.querySelector('.unverified'))).toContain('Of GT Connect 2 is gegund');
  });

  it('the 2020 blog keeps its note, which now first says what the article is', () => {
    const doc = loadDocument('artikelen/het-begin-van-het-einde-van-gt-connect/index.html');
    const first = text(doc.querySelector('.editor-note p:nth-of-type(2)'));
    expect(first).toMatch(
      /^Dit is de blog waarmee deze reeks begon: hij verscheen in het najaar van 2020\./,
    );
    expect(first).toContain('zoals hij toen is geschreven');
  });
});

/**
 * Statements the fact sheet's §5 corrected. Each is a pattern that must not appear in the text of
 * any page or in the feed; the lead-in says which correction it guards.
 */
const CORRECTED: [string, RegExp][] = [
  [
    '§5 A.1: the BIO2 was adopted on 23 September 2025',
    /BIO2[^.]{0,80}in ontwikkeling|in ontwikkeling[^.]{0,40}BIO2/i,
  ],
  ['§5 A.2: BIO 1 measure numbers no longer count as references', /18\.2\.3\.1/],
  [
    '§5 B.7: since 1 November 2025 Enterprise suites come with Teams again',
    /kopen (?:sinds 1 oktober 2023 )?Teams apart|Teams kopen ze er apart bij/i,
  ],
  ['§5 C.10: GT Connect 2 is nowhere an open route', /GT Connect 2 (?:koopt|is de opvolger)/],
  ["§5 D.11: Mitel's Chapter 11 dates are known", /precieze datum staat (?:daar|er) niet in/],
  [
    '§5 E.14: the 14+netnummer is agreed, not required',
    /14\+netnummer[^.]{0,80}verplicht|verplicht[^.]{0,80}14\+netnummer|gemeenten verplicht om het nummer/i,
  ],
  [
    '§5 F.15: "in verzuim" is Computable\'s reading, not the court\'s',
    /oordeelden de voorzieningenrechter (?:én|en) het (?:gerechts)?hof dat Atos in verzuim/,
  ],
  [
    '§5 F.17: Location-Based Routing is no advantage in itself; 112 works with settings',
    /Geregistreerde noodadressen worden/,
  ],
];

describe('no page or feed item repeats a statement that §5 corrected', () => {
  // The 2020 blog is shown as written (its body is checked verbatim elsewhere): only its notes count.
  const pages = listPages().filter(
    (p) => p.url !== '/artikelen/het-begin-van-het-einde-van-gt-connect/',
  );
  // A term's definition on tap (a closed popover) is read after the text, not in the middle of a sentence.
  const mainText = (doc: Document) => {
    const main = doc.querySelector('main')!;
    const tips = [...main.querySelectorAll('[popover]')];
    for (const tip of tips) tip.remove();
    return [text(main), ...tips.map(text)].join(' ');
  };
  const texts = pages.map((p) => [p.url, mainText(loadDocument(p.file))] as const);
  const feed = readDist('rss.xml').replace(
    /<item>(?:(?!<\/item>)[\s\S])*?het-begin-van-het-einde-van-gt-connect[\s\S]*?<\/item>/,
    '',
  );

  it.each(CORRECTED)('%s', (_, pattern) => {
    expect(
      texts.filter(([, t]) => pattern.test(t)).map(([url, t]) => `${url}: ${t.match(pattern)![0]}`),
    ).toEqual([]);
    expect(feed.match(pattern)?.[0]).toBeUndefined();
  });

  it('§5 B.8: "Phone System" appears only as the old name of Teams Phone', () => {
    const bare = texts.flatMap(([url, t]) =>
      [...t.matchAll(/Phone System/g)]
        .filter(
          (m) => !/vroeger|Ook geschreven als/i.test(t.slice(Math.max(0, m.index - 40), m.index)),
        )
        .map((m) => `${url}: …${t.slice(Math.max(0, m.index - 40), m.index + 12)}`),
    );
    expect(bare).toEqual([]);
  });

  it('"283 van de 285" always names IT en Recht as its source', () => {
    for (const [url, t] of texts) {
      for (const sentence of t.split(/(?<=\.)\s/).filter((s) => s.includes('283 van de 285')))
        expect(sentence, url).toMatch(/IT en Recht/);
    }
  });
});
