import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { cdata, escapeXml, renderRss, type FeedItem } from '../../src/lib/feed.ts';
import { feedHtml } from '../../src/lib/feed-html.ts';
import { assertWellFormedXml } from '../helpers/xml.ts';

const TRICKY = 'Beleid & "praktijk" <Wmo> 🚀 </script><!--';
const channel = {
  title: 'Site & co',
  description: 'Beschrijving',
  siteUrl: 'https://s.example/',
  feedUrl: 'https://s.example/rss.xml',
  language: 'nl-nl',
};
const item = (over: Partial<FeedItem> = {}): FeedItem => ({
  title: TRICKY,
  url: 'https://s.example/artikelen/x/',
  description: 'Samenvatting met <tekens> & "quotes"',
  html: '<p>A &amp; B ]]> C</p>',
  pubDate: new Date('2020-10-01T00:00:00Z'),
  author: 'Redactie',
  categories: ['GT Connect', "Scenario's"],
  ...over,
});

describe('escapeXml and cdata', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`a<b>&"'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });

  it('keeps a ]]> inside CDATA from closing it', () => {
    expect(cdata('x]]>y')).toBe('<![CDATA[x]]]]><![CDATA[>y]]>');
  });
});

describe('renderRss', () => {
  const xml = renderRss(channel, [
    item(),
    item({ url: 'https://s.example/artikelen/y/', pubDate: new Date('2021-03-23T00:00:00Z') }),
  ]);
  const parsed = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' }).parse(xml);

  it('is well-formed RSS 2.0 with the namespaces it uses', () => {
    expect(() => assertWellFormedXml(xml)).not.toThrow();
    expect(() => assertWellFormedXml(xml.replace('</channel>', ''))).toThrow();
    expect(parsed.rss['@_version']).toBe('2.0');
    expect(parsed.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.rss['@_xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/');
  });

  it('has the channel elements feed readers need', () => {
    const c = parsed.rss.channel;
    expect(c.title).toBe('Site & co');
    expect(c.language).toBe('nl-nl');
    expect(c['atom:link']).toMatchObject({
      '@_href': 'https://s.example/rss.xml',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(c.lastBuildDate).toBe('Tue, 23 Mar 2021 00:00:00 GMT');
  });

  it('writes permalink GUIDs, RFC 822 dates and the full HTML as CDATA', () => {
    const [first] = parsed.rss.channel.item;
    expect(first.guid).toMatchObject({
      '#text': 'https://s.example/artikelen/x/',
      '@_isPermaLink': 'true',
    });
    expect(first.pubDate).toBe('Thu, 01 Oct 2020 00:00:00 GMT');
    // Two CDATA sections (split at the ]]>) that join back into the original HTML.
    expect([first['content:encoded']['#cdata']].flat().join('')).toBe('<p>A &amp; B ]]> C</p>');
    expect(xml).not.toContain('&amp;amp;');
  });

  it('round-trips a title full of markup characters and emoji', () => {
    const decoded = new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml);
    expect(decoded.rss.channel.item[0].title).toBe(TRICKY);
  });
});

describe('feedHtml', () => {
  const page = 'https://s.example/artikelen/x/';

  it('makes links, images and srcsets absolute, fragments included', () => {
    const html = feedHtml(
      '<p><a href="/artikelen/y/">y</a> <a href="#bronnen">b</a> <a href="https://vng.nl/">v</a> <a href="mailto:a@b.nl">m</a>' +
        '<img src="/_astro/a.webp" srcset="/_astro/a-400.webp 400w, /_astro/a-800.webp 800w" alt="A"></p>',
      page,
    );
    expect(html).toContain('href="https://s.example/artikelen/y/"');
    expect(html).toContain('href="https://s.example/artikelen/x/#bronnen"');
    expect(html).toContain('href="https://vng.nl/"');
    expect(html).toContain('href="mailto:a@b.nl"');
    expect(html).toContain('src="https://s.example/_astro/a.webp"');
    expect(html).toContain(
      'srcset="https://s.example/_astro/a-400.webp 400w, https://s.example/_astro/a-800.webp 800w"',
    );
    expect(html).not.toMatch(/(?:href|src)="\//);
  });

  it('removes Astro attributes, scripts, embeds and event handlers', () => {
    const html = feedHtml(
      '<p data-astro-cid-abc onclick="x()">tekst</p><script>alert(1)</script><iframe src="/x"></iframe><a href="javascript:alert(1)">x</a><p>na</p>',
      page,
    );
    expect(html).toBe('<p>tekst</p><a>x</a><p>na</p>');
  });

  it('drops id references to elements outside the item, keeps those inside', () => {
    const html = feedHtml(
      '<p><a href="/kennisbank/begrippen/vng/" title="De vereniging" aria-describedby="begrip-def-vng">VNG</a>' +
        '<sup><a href="#fn-1" id="ref-1" aria-describedby="noten ref-1 weg">1</a></sup></p><h2 id="noten">Noten</h2>',
      page,
    );
    expect(html).toContain(
      '<a href="https://s.example/kennisbank/begrippen/vng/" title="De vereniging">VNG</a>',
    );
    expect(html).toContain('aria-describedby="noten ref-1"');
    expect(html).not.toContain('begrip-def-vng');
  });

  it('strips the definitions on tap (popover button and popover), keeping the plain term link and the text', () => {
    const html = feedHtml(
      '<p>De <a href="/kennisbank/begrippen/vng/" class="term-link" title="De vereniging">VNG</a>' +
        '<button type="button" class="term-tip" popovertarget="begrip-uitleg-vng" aria-label="Uitleg bij VNG"></button>' +
        '<span id="begrip-uitleg-vng" popover="auto" class="term-popover"><strong>VNG</strong> De vereniging ' +
        '<button type="button" popovertarget="begrip-uitleg-vng" popovertargetaction="hide">Sluiten</button></span> besloot.</p>',
      page,
    );
    expect(html).toBe(
      '<p>De <a href="https://s.example/kennisbank/begrippen/vng/" class="term-link" title="De vereniging">VNG</a> besloot.</p>',
    );
  });
});
