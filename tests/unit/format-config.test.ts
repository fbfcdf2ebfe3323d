/**
 * The Prettier config must format .astro files without changing the page: the plugin has to
 * know which whitespace Astro's compiler keeps, and that follows `compressHTML`.
 */
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import prettierConfig from '../../prettier.config.js';

/** The plugin's name for each `compressHTML` setting (Astro 7's default is 'jsx'). */
const PLUGIN_MODE = { true: 'html', false: 'none', jsx: 'jsx' } as const;

const formatAstro = (source: string) =>
  format(source, { ...prettierConfig, filepath: 'src/components/Probe.astro' });

describe('prettier.config.js', () => {
  it("tells prettier-plugin-astro the whitespace mode of astro.config.mjs's compressHTML", () => {
    const mode = String(astroConfig.compressHTML ?? 'jsx') as keyof typeof PLUGIN_MODE;
    expect(prettierConfig.astroCompressHTML).toBe(PLUGIN_MODE[mode]);
  });

  it('keeps the text of a short link, button or inline element against its tags', async () => {
    const source = [
      '<body>',
      '  <a class="skip-link" href="#inhoud">Naar de inhoud</a>',
      '  <p>Lees <a href="/artikelen/x/">het artikel</a>, of <strong>niet</strong>.</p>',
      '  <button type="button" data-finish hidden>Naar de uitkomst</button>',
      '</body>',
      '',
    ].join('\n');
    const formatted = await formatAstro(source);
    expect(formatted).toContain('>Naar de inhoud</a>');
    expect(formatted).toContain(
      '<a href="/artikelen/x/">het artikel</a>, of <strong>niet</strong>.',
    );
    expect(formatted).toContain('>Naar de uitkomst</button>');
  });

  it('uses single quotes and 100 columns in TypeScript', async () => {
    const long = `export const x = ${JSON.stringify('a'.repeat(60))} + ${JSON.stringify('b'.repeat(30))};\n`;
    const formatted = await format(long, { ...prettierConfig, filepath: 'src/lib/probe.ts' });
    expect(formatted).toBe(`export const x =\n  '${'a'.repeat(60)}' + '${'b'.repeat(30)}';\n`);
  });
});
