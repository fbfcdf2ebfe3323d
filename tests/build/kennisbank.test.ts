/**
 * The knowledge base in the production build: a page per term, the A–Z index, term links in
 * every article (first mention, exactly once), the cross-references between articles and
 * terms, sources, the timeline in date order, and the search markers.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { checkContent } from '../../src/lib/content/checkers.ts';
import {
  definitionElementId,
  displayName,
  termHref,
  termPopoverId,
} from '../../src/lib/glossary.ts';
import { publishStatus } from '../../src/lib/publish.ts';
import { sortTimeline } from '../../src/lib/timeline.ts';
import { site } from '../../src/site.config.ts';
import { listFiles, listPages, loadDocument, readDist } from '../helpers/dist.ts';
import { authorTermLinks, findMentions, glossaryEntries } from '../helpers/kennisbank.ts';

const { context } = checkContent(readContentFiles(process.cwd()));
const entries = glossaryEntries(context);
const byId = new Map(entries.map((e) => [e.id, e]));
const files = new Set(listFiles());
const published = context.articles.filter(
  (a) => a.data && publishStatus(a.data, new Date()) === 'published',
);
const termFile = (id: string) => `kennisbank/begrippen/${id}/index.html`;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('glossary pages', () => {
  it('has at least 35 terms, each with its own page', () => {
    expect(entries.length).toBeGreaterThanOrEqual(35);
    const missing = entries.filter((e) => !files.has(termFile(e.id))).map((e) => e.id);
    expect(missing).toEqual([]);
    const pages = listPages().filter((p) => /^\/kennisbank\/begrippen\/[^/]+\/$/.test(p.url));
    expect(pages).toHaveLength(entries.length);
  });

  it.each(entries.map((e) => [e.id, e] as const))(
    '%s: name, definition, explanation, sources and search markers',
    (id, entry) => {
      const doc = loadDocument(termFile(id));
      const body = doc.querySelector('[data-pagefind-body]');
      expect(body?.getAttribute('data-pagefind-filter')).toBe('type:begrip');
      expect(body?.querySelector('h1')?.textContent).toBe(displayName(entry));
      expect(text(body?.querySelector('.lede'))).toBe(entry.definition);
      expect(text(body?.querySelector('.prose')).length).toBeGreaterThan(40);
      const sourceItems = [...doc.querySelectorAll('#bron ~ .source-list li')];
      expect(sourceItems).toHaveLength(entry.sources.length);
      for (const section of doc.querySelectorAll(
        '[aria-labelledby="verwante-begrippen"], [aria-labelledby="artikelen"]',
      )) {
        expect(section.hasAttribute('data-pagefind-ignore')).toBe(true);
      }
      const ld = JSON.parse(
        doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
      );
      expect(ld).toMatchObject({
        '@type': 'DefinedTerm',
        name: entry.term,
        url: `${site.url}${termHref(id)}`,
      });
    },
  );

  it('links related terms in both directions', () => {
    for (const entry of entries) {
      for (const other of entry.related) {
        expect(
          loadDocument(termFile(entry.id)).querySelector(
            `[aria-labelledby="verwante-begrippen"] a[href="${termHref(other)}"]`,
          ),
          `${entry.id} → ${other}`,
        ).not.toBeNull();
        expect(
          loadDocument(termFile(other)).querySelector(
            `[aria-labelledby="verwante-begrippen"] a[href="${termHref(entry.id)}"]`,
          ),
          `${other} ← ${entry.id}`,
        ).not.toBeNull();
      }
    }
  });
});

describe('the A–Z index', () => {
  const doc = loadDocument('kennisbank/begrippen/index.html');

  it('lists every term once as an entry, and every abbreviation as a cross-reference', () => {
    for (const entry of entries) {
      expect(doc.querySelectorAll(`dt a[href="${termHref(entry.id)}"]`), entry.id).toHaveLength(1);
      if (entry.abbreviation) {
        const see = [...doc.querySelectorAll('dt')].find(
          (dt) => dt.textContent?.trim() === entry.abbreviation,
        );
        expect(
          see?.nextElementSibling?.querySelector('a')?.getAttribute('href'),
          entry.abbreviation,
        ).toBe(termHref(entry.id));
      }
    }
  });

  it('sorts the Dutch way within each letter, letters in order, digits first', () => {
    const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
    const groups = [...doc.querySelectorAll('section.letter-group')];
    const letters = groups.map((g) => g.querySelector('h2')?.textContent);
    expect(letters[0]).toBe('0–9');
    expect(letters.slice(1)).toEqual([...letters.slice(1)].sort());
    for (const group of groups) {
      const labels = [...group.querySelectorAll('dt')].map((dt) =>
        text(dt).replace(/ \([^)]*\)$/, ''),
      );
      expect(labels).toEqual([...labels].sort(collator.compare));
    }
  });

  it('has a jump index whose links all land on a letter', () => {
    const jumps = [...doc.querySelectorAll('nav.letter-index a')];
    expect(jumps.length).toBe(doc.querySelectorAll('section.letter-group').length);
    for (const a of jumps)
      expect(doc.getElementById(a.getAttribute('href')!.slice(1))?.tagName).toBe('H2');
  });
});

describe('term links in articles', () => {
  it.each(published.map((a) => [a.slug, a] as const))(
    '%s: the first mention of each term links, exactly once',
    (slug, article) => {
      const doc = loadDocument(`artikelen/${slug}/index.html`);
      const prose = doc.querySelector('.prose')!;
      const mentions = findMentions(prose, entries);
      const byAuthor = new Set(authorTermLinks(prose));
      const mentioned = [...new Set(mentions.map((m) => m.termId))];
      const linksOn = article.data!.termLinks;
      for (const id of mentioned) {
        const links = prose.querySelectorAll(`a.term-link[href="${termHref(id)}"]`);
        if (!linksOn || byAuthor.has(id)) {
          expect(links, `${id} in ${slug}`).toHaveLength(0);
          continue;
        }
        expect(links, `${id} in ${slug}`).toHaveLength(1);
        const first = mentions.find((m) => m.termId === id)!;
        expect(first.link, `the first mention of ${id} carries the link`).toBe(links[0]);
      }
      const linkedIds = [...prose.querySelectorAll('a.term-link')].map((a) =>
        a.getAttribute('href'),
      );
      expect(
        linkedIds.every((href) => mentioned.some((id) => termHref(id) === href)),
        'no link without a mention',
      ).toBe(true);
      expect(
        prose.querySelectorAll(
          ':is(h1, h2, h3, h4, h5, h6, code, pre) a.term-link, a:not(.term-link) a.term-link',
        ),
      ).toHaveLength(0);
    },
  );

  it.each(published.map((a) => [a.slug] as const))(
    '%s: "Begrippen in dit artikel" lists exactly the terms it mentions, as the links\' descriptions',
    (slug) => {
      const doc = loadDocument(`artikelen/${slug}/index.html`);
      const prose = doc.querySelector('.prose')!;
      const expected = new Set([
        ...findMentions(prose, entries).map((m) => m.termId),
        ...authorTermLinks(prose),
      ]);
      const section = doc.querySelector('section.article-terms');
      const listed = [...(section?.querySelectorAll('dt a') ?? [])].map((a) =>
        a.getAttribute('href'),
      );
      expect(new Set(listed)).toEqual(new Set([...expected].map(termHref)));
      expect(listed).toHaveLength(expected.size);
      if (expected.size) {
        expect(section?.querySelector('h2')?.textContent).toBe('Begrippen in dit artikel');
        expect(section?.hasAttribute('data-pagefind-ignore')).toBe(true);
        expect(section?.closest('.prose')).toBeNull();
      }
      for (const link of prose.querySelectorAll('a.term-link')) {
        const id = link.getAttribute('href')!.split('/').at(-2)!;
        const described = doc.getElementById(link.getAttribute('aria-describedby') ?? '');
        expect(link.getAttribute('aria-describedby')).toBe(definitionElementId(id));
        expect(described?.textContent).toBe(byId.get(id)!.definition);
        expect(link.getAttribute('title')).toBe(byId.get(id)!.definition);
      }
    },
  );

  it.each(published.map((a) => [a.slug] as const))(
    '%s: each term link is followed by a button that opens its definition as a popover, kept out of the search index',
    (slug) => {
      const doc = loadDocument(`artikelen/${slug}/index.html`);
      for (const link of doc.querySelectorAll('.prose a.term-link')) {
        const id = link.getAttribute('href')!.split('/').at(-2)!;
        const entry = byId.get(id)!;
        // Right after its link, in the same sentence.
        const button = link.nextElementSibling;
        expect(
          [
            button?.tagName,
            button?.getAttribute('class'),
            button?.getAttribute('type'),
            button?.getAttribute('popovertarget'),
            button?.getAttribute('aria-label'),
            button?.hasAttribute('data-pagefind-ignore'),
          ],
          `${id} in ${slug}`,
        ).toEqual([
          'BUTTON',
          'term-tip',
          'button',
          termPopoverId(id),
          `Uitleg bij ${link.textContent}`,
          true,
        ]);
        const popover = button!.nextElementSibling;
        expect(popover?.id).toBe(termPopoverId(id));
        expect(popover?.getAttribute('popover')).toBe('auto');
        expect(popover?.getAttribute('class')).toBe('term-popover');
        expect(popover?.hasAttribute('data-pagefind-ignore')).toBe(true);
        expect(popover?.querySelector('strong')?.textContent).toBe(displayName(entry));
        expect(popover?.textContent).toBe(`${displayName(entry)} ${entry.definition} Sluiten`);
        const close = popover?.querySelector('button');
        expect([
          close?.getAttribute('type'),
          close?.getAttribute('popovertarget'),
          close?.getAttribute('popovertargetaction'),
        ]).toEqual(['button', termPopoverId(id), 'hide']);
      }
      // Ids stay unique: only the first mention of a term gets a link, button and popover.
      const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it('the first article links at least VNG and GT Connect, and its paragraph text is unchanged by the links', () => {
    const prose = loadDocument(
      'artikelen/het-begin-van-het-einde-van-gt-connect/index.html',
    ).querySelector('.prose')!;
    const linked = [...prose.querySelectorAll('a.term-link')].map((a) => a.getAttribute('href'));
    expect(linked).toEqual(expect.arrayContaining([termHref('vng'), termHref('gt-connect')]));
  });

  it('the feed carries the same term links, absolute and without references to the page', () => {
    const feed = readDist('rss.xml');
    for (const { slug } of published) {
      const pageLinks = [
        ...loadDocument(`artikelen/${slug}/index.html`).querySelectorAll('.prose a.term-link'),
      ].map((a) => `${site.url}${a.getAttribute('href')}`);
      for (const href of pageLinks)
        expect(feed).toContain(`<a href="${href}" class="term-link" title=`);
    }
    expect(feed).toContain('class="term-link"');
    expect(feed).not.toContain('aria-describedby="begrip-def-');
    // The article pages' definitions on tap stay out of the feed (feedHtml strips them).
    expect(
      loadDocument(`artikelen/${published[0]!.slug}/index.html`).querySelectorAll(
        '.prose [popover]',
      ).length,
    ).toBeGreaterThan(0);
    expect(feed).not.toMatch(/popover|term-tip/);
  });
});

describe('cross-references', () => {
  it('each term page lists exactly the articles that mention it', () => {
    const usage = new Map<string, Set<string>>();
    for (const { slug } of published) {
      const doc = loadDocument(`artikelen/${slug}/index.html`);
      for (const a of doc.querySelectorAll('section.article-terms dt a')) {
        const href = a.getAttribute('href')!;
        usage.set(href, (usage.get(href) ?? new Set()).add(`/artikelen/${slug}/`));
      }
    }
    for (const entry of entries) {
      const listed = [
        ...loadDocument(termFile(entry.id)).querySelectorAll('.term-page__articles a'),
      ].map((a) => a.getAttribute('href'));
      expect(new Set(listed), entry.id).toEqual(usage.get(termHref(entry.id)) ?? new Set());
    }
  });
});

describe('sources', () => {
  const pages = [...entries.map((e) => termFile(e.id)), 'kennisbank/tijdlijn/index.html'];
  it('every source link in the knowledge base is an absolute https URL', () => {
    const bad = pages.flatMap((file) =>
      [...loadDocument(file).querySelectorAll('.source-list a')]
        .map((a) => a.getAttribute('href')!)
        .filter((href) => !/^https:\/\/[^/]+\.[a-z]{2,}\//i.test(href))
        .map((href) => `${file}: ${href}`),
    );
    expect(bad).toEqual([]);
  });

  it('no source in the knowledge base is plain http', () => {
    expect(entries.flatMap((e) => e.sources).filter((url) => !url.startsWith('https://'))).toEqual(
      [],
    );
  });

  it('every "Bronnen" list in an article links only to absolute https URLs', () => {
    const bad: string[] = [];
    for (const { slug } of published) {
      const doc = loadDocument(`artikelen/${slug}/index.html`);
      for (const heading of doc.querySelectorAll('.prose :is(h2, h3)')) {
        if (!/^bronnen$/i.test(text(heading))) continue;
        for (
          let el = heading.nextElementSibling;
          el && !/^H[23]$/.test(el.tagName);
          el = el.nextElementSibling
        ) {
          for (const a of el.querySelectorAll('a[href]'))
            if (!a.getAttribute('href')!.startsWith('https://'))
              bad.push(`${slug}: ${a.getAttribute('href')}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('the timeline', () => {
  const doc = loadDocument('kennisbank/tijdlijn/index.html');
  const items = [...doc.querySelectorAll('ol.timeline > li')];
  const events = (context.data.get('timeline') ?? []).flatMap((r) =>
    r.data ? [{ ...(r.data as { date: Date; precision: 'day' }), id: r.id! }] : [],
  );

  it('lists every event once, in the order of the timeline', () => {
    expect(events.length).toBeGreaterThanOrEqual(20);
    expect(items.map((li) => li.id)).toEqual(sortTimeline(events).map((e) => e.id));
  });

  it('never lists an event after one that certainly happened later (checked from the <time> values alone)', () => {
    const bounds = items.map((li) => {
      const value = li.querySelector('time')!.getAttribute('datetime')!;
      const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
      const start = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
      const end = d ? Date.UTC(y, m! - 1, d + 1) : m ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
      return { value, start, end };
    });
    for (let i = 1; i < bounds.length; i++) {
      expect(
        bounds[i - 1]!.start,
        `${bounds[i - 1]!.value} before ${bounds[i]!.value}`,
      ).toBeLessThan(bounds[i]!.end);
    }
  });

  it('gives each event a Dutch date in <time>, its certainty in words and at least one source', () => {
    const date =
      /^(\d{1,2} )?((januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) )?\d{4}$|^(voorjaar|zomer|najaar) \d{4}$|^winter \d{4}–\d{4}$|^(eerste|tweede|derde|vierde) kwartaal \d{4}$/;
    for (const li of items) {
      const time = li.querySelector('time')!;
      expect(time.getAttribute('datetime'), li.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(time.textContent, li.id).toMatch(date);
      expect(text(li.querySelector('.timeline__meta')), li.id).toMatch(
        /^Zekerheid: (bevestigd door|gemeld door|volgens|onzeker)/,
      );
      expect(li.querySelectorAll('.source-list li').length, li.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('states no open question as fact', () => {
    const listed = text(doc.querySelector('ol.timeline'));
    expect(listed).not.toMatch(/on hold/i);
    expect(text(doc.querySelector('[aria-labelledby="wat-we-niet-weten"]'))).toMatch(
      /bodemprocedure.*GT Connect 2/s,
    );
  });

  it('has a visual timeline beside the list that screen readers and search skip', () => {
    const chart = doc.querySelector('figure.timeline-chart');
    expect(chart?.getAttribute('aria-hidden')).toBe('true');
    expect(chart?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(chart?.querySelectorAll('.timeline-chart__number')).toHaveLength(items.length);
    expect(
      [...(chart?.querySelectorAll('.timeline-chart__number') ?? [])].map((n) =>
        Number(n.textContent),
      ),
    ).toEqual(items.map((_, i) => i + 1));
  });

  it('has a jump index by year that lands on the first event of each year', () => {
    const jumps = [...doc.querySelectorAll('nav.year-index a')];
    const years = [
      ...new Set(
        items.map((li) => li.querySelector('time')!.getAttribute('datetime')!.slice(0, 4)),
      ),
    ].sort();
    expect(jumps.map((a) => a.textContent)).toEqual(years);
    for (const a of jumps) {
      const target = doc.getElementById(a.getAttribute('href')!.slice(1));
      const first = items.find((li) =>
        li.querySelector('time')!.getAttribute('datetime')!.startsWith(a.textContent!),
      );
      expect(target?.closest('li'), a.textContent!).toBe(first);
    }
  });

  it('is searchable as type tijdlijn', () => {
    const body = doc.querySelector('[data-pagefind-body]');
    expect(body?.getAttribute('data-pagefind-filter')).toBe('type:tijdlijn');
    expect(body?.querySelector('h1')?.textContent).toBe('Tijdlijn GT Connect');
  });
});

describe('the kennisbank section', () => {
  it('introduces its three parts, linking scenarios once that page exists', () => {
    const doc = loadDocument('kennisbank/index.html');
    expect(doc.querySelector('a[href="/kennisbank/begrippen/"]')).not.toBeNull();
    expect(doc.querySelector('a[href="/kennisbank/tijdlijn/"]')).not.toBeNull();
    const scenarios = doc.querySelector('#scenarios');
    expect(text(scenarios)).toBe("Scenario's");
    expect(scenarios?.querySelector('a[href="/kennisbank/scenarios/"]') !== null).toBe(
      existsSync('src/pages/kennisbank/scenarios/index.astro'),
    );
    expect(doc.querySelector('.kb-sections__soon') === null).toBe(
      existsSync('src/pages/kennisbank/scenarios/index.astro'),
    );
  });

  it('names the real first and last term of the A–Z index in its intro', () => {
    const hrefs = [
      ...loadDocument('kennisbank/begrippen/index.html').querySelectorAll('dt a[href]'),
    ].map((a) => a.getAttribute('href'));
    const name = (href: string | null | undefined) =>
      entries.find((e) => termHref(e.id) === href)?.term;
    const panel = text(
      loadDocument('kennisbank/index.html').querySelector('#begrippen')?.closest('li'),
    );
    expect(panel).toContain(
      `${entries.length} begrippen van A tot Z, van ${name(hrefs[0])} tot ${name(hrefs.at(-1))}.`,
    );
  });

  it('keeps lists and indexes out of search', () => {
    for (const file of ['kennisbank/index.html', 'kennisbank/begrippen/index.html']) {
      expect(loadDocument(file).querySelector('[data-pagefind-body]'), file).toBeNull();
    }
  });

  it('is in the main navigation, marked current on its pages', () => {
    expect(
      loadDocument('index.html')
        .querySelector('.site-nav a[href="/kennisbank/"]')
        ?.textContent?.trim(),
    ).toBe('Kennisbank');
    expect(
      loadDocument(termFile(entries[0]!.id))
        .querySelector('.site-nav a[href="/kennisbank/"]')
        ?.getAttribute('aria-current'),
    ).toBe('true');
    expect(
      loadDocument('kennisbank/index.html')
        .querySelector('.site-nav a[href="/kennisbank/"]')
        ?.getAttribute('aria-current'),
    ).toBe('page');
  });
});
