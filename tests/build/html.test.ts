/**
 * The built HTML, every page: valid (D2, html-validate with the presets and C2 rules of
 * .htmlvalidate.json, also usable as `npm exec -- html-validate dist`), scripts and styles the
 * CSP allows (C1–C4), the Astro settings that keep it so (C5) and nothing in dist/ that must
 * not be published (D9).
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { cspHeader } from '../../src/lib/csp.ts';
import { TITLE_MAX } from '../../src/collections/articles/schema.ts';
import { site } from '../../src/site.config.ts';
import { listFiles, listPages, loadDocument, readDist } from '../helpers/dist.ts';
import { parseCsp } from '../helpers/header-checks.ts';

const pages = listPages();
const files = listFiles();
const ORIGIN = new URL(site.url).origin;

const htmlValidateConfig = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
// One change to the presets: the content contract already limits titles (TITLE_MAX, with a
// clear message to the editor), and every <title> adds " | <site name>". html-validate's default
// of 70 characters (a search-result heuristic) would contradict the contract with a worse message.
const maxTitle = TITLE_MAX + ' | '.length + site.name.length;
const validator = new HtmlValidate({
  ...htmlValidateConfig,
  rules: { ...htmlValidateConfig.rules, 'long-title': ['error', { maxlength: maxTitle }] },
});

describe('D2: html-validate', () => {
  it('checks a useful number of pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('$url has 0 errors', async ({ file }) => {
    const report = await validator.validateString(readDist(file), file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });

  it('the configuration rejects inline styles, style elements and third-party scripts without SRI', async () => {
    const bad = `<!doctype html><html lang="nl"><head><title>x</title><style>p{}</style><script src="https://cdn.example.org/x.js"></script></head><body><h1 style="color:red">x</h1></body></html>`;
    const report = await validator.validateString(bad, 'bad.html');
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(
      expect.arrayContaining(['no-style-tag', 'no-inline-style', 'require-sri']),
    );
  });
});

/** Attribute values that are URLs a browser would load or navigate to. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'srcset'];

describe.each(pages)('$url', ({ file }) => {
  const doc = loadDocument(file);
  const all = [...doc.querySelectorAll('*')];

  it('C1: scripts are same-origin files or JSON-LD; no on* handlers, no javascript: URLs', () => {
    for (const script of doc.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      if (src === null)
        expect(script.getAttribute('type'), script.outerHTML.slice(0, 80)).toBe(
          'application/ld+json',
        );
      else expect(new URL(src, ORIGIN).origin, src).toBe(ORIGIN);
    }
    for (const el of all) {
      for (const attr of el.attributes) {
        expect(attr.name, `${el.tagName} ${attr.name}`).not.toMatch(/^on/i);
        if (URL_ATTRIBUTES.includes(attr.name))
          expect(attr.value.trim(), `${el.tagName} ${attr.name}`).not.toMatch(/^javascript:/i);
      }
    }
  });

  it('C2: no <style> elements and no style attributes', () => {
    expect(doc.querySelectorAll('style')).toHaveLength(0);
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('C3: no third-party scripts, styles, images, frames or media', () => {
    const loaded = [
      ...[
        ...doc.querySelectorAll(
          'script[src], img[src], source[src], iframe[src], video[src], audio[src], embed[src], track[src]',
        ),
      ].map((el) => el.getAttribute('src')!),
      ...[
        ...doc.querySelectorAll(
          'link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="icon"], link[rel~="manifest"]',
        ),
      ].map((el) => el.getAttribute('href')!),
      ...[...doc.querySelectorAll('object[data]')].map((el) => el.getAttribute('data')!),
      ...[...doc.querySelectorAll('img[srcset], source[srcset]')].flatMap((el) =>
        el
          .getAttribute('srcset')!
          .split(',')
          .map((c) => c.trim().split(/\s+/)[0]!),
      ),
    ];
    for (const url of loaded) expect(new URL(url, ORIGIN).origin, url).toBe(ORIGIN);
  });

  it('C4: the meta CSP comes before every script, style and stylesheet, and carries no header-only directive', () => {
    // security.csp is on, so every page has one; the order rule holds for any page that does.
    const meta = doc.querySelector('meta[http-equiv="content-security-policy" i]');
    expect(meta).not.toBeNull();
    if (!meta) return;
    const order = all.filter(
      (el) => el === meta || el.matches('script, style, link[rel~="stylesheet"]'),
    );
    expect(order[0], 'first script/style/stylesheet vs meta CSP').toBe(meta);
    const directives = parseCsp(meta.getAttribute('content') ?? '');
    for (const [name] of directives)
      expect(['frame-ancestors', 'report-uri', 'sandbox']).not.toContain(name);
    // The meta policy must not conflict with the header: same sources per directive, plus only hashes.
    const header = new Map(parseCsp(cspHeader()));
    for (const [name, sources] of directives) {
      expect(header.has(name), `meta directive ${name} is not in the header policy`).toBe(true);
      expect(
        sources.filter((s) => !/^'sha(256|384|512)-/.test(s)),
        name,
      ).toEqual(header.get(name));
    }
  });
});

describe('C5: the Astro settings that keep the output CSP-clean', () => {
  it('external stylesheets only, no inlined assets, route conflicts fail, no Shiki', () => {
    expect(config.build?.inlineStylesheets).toBe('never');
    expect(config.vite?.build?.assetsInlineLimit).toBe(0);
    expect(config.prerenderConflictBehavior).toBe('error');
    expect(
      config.markdown?.syntaxHighlight === false || config.markdown?.syntaxHighlight === 'prism',
    ).toBe(true);
    expect(config.trailingSlash).toBe('always');
    expect(config.security?.csp).toBeTruthy();
  });

  it('no Shiki output anywhere in dist', () => {
    for (const { file } of pages)
      expect(readDist(file), file).not.toMatch(/class="[^"]*astro-code|shiki/);
  });

  it('no data: URL in any page or stylesheet, so the policy needs no img-src data:', () => {
    expect(new Map(parseCsp(cspHeader())).get('img-src')).toEqual(["'self'"]);
    const sources = [
      ...pages.map(({ file }) => file),
      ...files.filter((file) => file.endsWith('.css')),
    ];
    expect(sources.length).toBeGreaterThan(pages.length);
    // src/href/srcset attributes and CSS url(): the places a browser would load a data: URL from.
    const dataUrl = /(?:\b(?:src|href|srcset|poster)\s*=\s*["']?\s*data:|url\(\s*["']?\s*data:)/i;
    for (const file of sources) expect(readDist(file), file).not.toMatch(dataUrl);
  });
});

describe('D9: nothing in dist that must not be published', () => {
  it('no source maps, env files, sources or editor content', () => {
    const forbidden = files.filter((f) =>
      /\.map$|(^|\/)\.env(\.|$)|\.(mdx?|ts|tsx|astro|ya?ml)$|(^|\/)\.git\//.test(f),
    );
    expect(forbidden).toEqual([]);
  });

  it('every file in /_astro/ has a content hash in its name (it is cached for a year)', () => {
    const astro = files.filter((f) => f.startsWith('_astro/'));
    expect(astro.length).toBeGreaterThan(0);
    for (const f of astro) expect(f, f).toMatch(/\.[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/);
  });
});
