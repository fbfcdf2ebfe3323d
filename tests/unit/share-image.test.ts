import { describe, expect, it } from 'vitest';
import {
  CHAR_WIDTH_EM,
  TITLE_SIZES,
  articleSubtitle,
  fitTitle,
  inRanges,
  keepDrawable,
  parseUnicodeRange,
  shareCardKey,
  shareImageAlt,
  shareImagePath,
  wrapWords,
} from '../../src/lib/share-image.ts';

const LATIN = parseUnicodeRange('U+0000-00FF,U+0131,U+0152-0153,U+2000-206F,U+20AC');
const hasLatin = (point: number) => inRanges(point, LATIN);
const WIDTH = 1032;

describe('shareImagePath', () => {
  it('maps a page path to a stable image path under /og/', () => {
    expect(shareImagePath('/')).toBe('/og/index.png');
    expect(shareImagePath('/artikelen/x/')).toBe('/og/artikelen/x.png');
    expect(shareImagePath('/kennisbank/begrippen/sbc/')).toBe('/og/kennisbank/begrippen/sbc.png');
    expect(shareImagePath('/artikelen/pagina/2/')).toBe('/og/artikelen/pagina/2.png');
  });
});

describe('articleSubtitle and shareImageAlt', () => {
  it('says "Deel N van M" and the date for a series part, only the date otherwise', () => {
    expect(articleSubtitle('1 oktober 2020', { number: 2, total: 5 })).toBe(
      'Deel 2 van 5 · 1 oktober 2020',
    );
    expect(articleSubtitle('1 oktober 2020', undefined)).toBe('1 oktober 2020');
  });

  it('describes the image with the words it shows', () => {
    expect(
      shareImageAlt('Site', { title: 'Titel', subtitle: 'Deel 1 van 2 · 1 oktober 2020' }),
    ).toBe('Site: Titel (Deel 1 van 2 · 1 oktober 2020)');
    expect(shareImageAlt('Site', { title: 'Titel' })).toBe('Site: Titel');
  });
});

describe('shareCardKey', () => {
  const card = { title: 'Titel', subtitle: '1 oktober 2020' };
  it('is the same for the same card and differs when anything on the image differs', () => {
    const key = shareCardKey(card, 'Site', 'example.nl');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(shareCardKey({ ...card }, 'Site', 'example.nl')).toBe(key);
    expect(shareCardKey({ ...card, title: 'Titel!' }, 'Site', 'example.nl')).not.toBe(key);
    expect(shareCardKey({ ...card, subtitle: '2 oktober 2020' }, 'Site', 'example.nl')).not.toBe(
      key,
    );
    expect(shareCardKey({ title: 'Titel' }, 'Site', 'example.nl')).not.toBe(key);
    expect(shareCardKey(card, 'Andere site', 'example.nl')).not.toBe(key);
    expect(shareCardKey(card, 'Site', 'example.org')).not.toBe(key);
    // A new template, palette or font version draws a different image: never reuse the old one.
    expect(shareCardKey(card, 'Site', 'example.nl', 'renderer-2')).not.toBe(
      shareCardKey(card, 'Site', 'example.nl', 'renderer-1'),
    );
  });

  it('does not confuse a title/subtitle split with another', () => {
    expect(shareCardKey({ title: 'a b', subtitle: 'c' }, 'S', 'h')).not.toBe(
      shareCardKey({ title: 'a', subtitle: 'b c' }, 'S', 'h'),
    );
  });
});

describe('parseUnicodeRange and keepDrawable', () => {
  it('parses single code points and ranges and rejects garbage', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
    ]);
    expect(() => parseUnicodeRange('U+00ZZ')).toThrow(/U\+00ZZ/);
  });

  it('keeps Dutch text with accents, curly quotes and dashes', () => {
    const text = 'Scenario’s – één café, “ideeën” € 5';
    expect(keepDrawable(text, hasLatin)).toBe(text);
  });

  it('drops emoji whole, including variation selectors, skin tones and ZWJ sequences, and tidies the spaces', () => {
    expect(keepDrawable('Beleid & "praktijk" <Wmo> 🚀 </script><!--', hasLatin)).toBe(
      'Beleid & "praktijk" <Wmo> </script><!--',
    );
    expect(keepDrawable('Bellen ☎️ via Teams 👍🏽 en 👩‍💻 thuis', hasLatin)).toBe(
      'Bellen via Teams en thuis',
    );
    expect(keepDrawable('🚀', hasLatin)).toBe('');
  });

  it('drops a letter the font lacks but keeps its neighbours', () => {
    expect(keepDrawable('Łódź is Pools', hasLatin)).toBe('ód is Pools');
  });
});

describe('wrapWords', () => {
  it('wraps greedily at word boundaries', () => {
    expect(wrapWords('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
  });
  it('cuts a word longer than a line', () => {
    expect(wrapWords('abcdefghij kl', 4)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
  });
});

describe('fitTitle', () => {
  const charsAt = (size: number) => Math.floor(WIDTH / (size * CHAR_WIDTH_EM));

  it('uses the largest size for a short title', () => {
    const fit = fitTitle('Het begin van het einde van GT Connect?', WIDTH);
    expect(fit.size).toBe(TITLE_SIZES[0]!.size);
    expect(fit.lines.join(' ')).toBe('Het begin van het einde van GT Connect?');
  });

  it('steps down in size as the title grows, and every line fits its size', () => {
    const long =
      'Blog en kennisbank voor gemeentelijke ICT- en KCC-medewerkers over GT Connect en de keuzes voor gemeentelijke telefonie.';
    const fit = fitTitle(long, WIDTH);
    expect(fit.size).toBeLessThan(TITLE_SIZES[0]!.size);
    expect(fit.lines.join(' ')).toBe(long);
    for (const line of fit.lines) expect(line.length).toBeLessThanOrEqual(charsAt(fit.size));
  });

  it('picks a smaller size rather than cutting a long word', () => {
    const fit = fitTitle('Begrip: Gegevensbeschermingseffectbeoordeling (DPIA)', WIDTH);
    expect(fit.lines).toContain('Gegevensbeschermingseffectbeoordeling');
  });

  it('cuts a title that fits at no size at a word and ends it with an ellipsis', () => {
    const huge = Array.from({ length: 80 }, (_, i) => `woord${i}`).join(' ');
    const fit = fitTitle(huge, WIDTH);
    const smallest = TITLE_SIZES[TITLE_SIZES.length - 1]!;
    expect(fit.size).toBe(smallest.size);
    expect(fit.lines).toHaveLength(smallest.maxLines);
    expect(fit.lines.at(-1)).toMatch(/\w…$/);
    for (const line of fit.lines) expect(line.length).toBeLessThanOrEqual(charsAt(fit.size));
  });
});
