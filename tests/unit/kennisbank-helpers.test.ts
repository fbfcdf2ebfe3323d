import { describe, expect, it } from 'vitest';
import { editorNoteHtml, editorNoteParagraphs } from '../../src/lib/editor-note.ts';
import { isLinkableSource, sourceLabel } from '../../src/lib/sources.ts';

describe('sourceLabel', () => {
  it('shows host and path without www. and without a trailing slash', () => {
    expect(sourceLabel('https://www.scgemeenten.nl/gt-microsoft-faq/')).toBe(
      'scgemeenten.nl/gt-microsoft-faq',
    );
    expect(sourceLabel('https://vng.nl/')).toBe('vng.nl');
  });

  it('keeps the query, which identifies a court ruling', () => {
    expect(
      sourceLabel('https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBDHA:2021:3052'),
    ).toBe('uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RBDHA:2021:3052');
  });

  it('shortens long addresses with an ellipsis', () => {
    const label = sourceLabel(`https://example.nl/${'a'.repeat(100)}`, 30);
    expect(label).toHaveLength(30);
    expect(label.endsWith('…')).toBe(true);
  });

  it('returns text that is not a URL unchanged', () => {
    expect(sourceLabel('geen adres')).toBe('geen adres');
  });

  it('links only https sources', () => {
    expect(isLinkableSource('https://vng.nl/')).toBe(true);
    expect(isLinkableSource('http://docplayer.nl/x.html')).toBe(false);
  });
});

describe('editor notes', () => {
  it('splits paragraphs at line breaks (YAML >- turns a blank line into one) and folds spaces', () => {
    expect(editorNoteParagraphs('Eerste  alinea.\nTweede alinea.\n\n  Derde.  ')).toEqual([
      'Eerste alinea.',
      'Tweede alinea.',
      'Derde.',
    ]);
  });

  it('renders titled, escaped HTML for the feed', () => {
    expect(editorNoteHtml('Niet <bevestigd> & "open".')).toBe(
      '<aside><p><strong>Noot van de redactie</strong></p><p>Niet &lt;bevestigd&gt; &amp; &quot;open&quot;.</p></aside>',
    );
  });
});
