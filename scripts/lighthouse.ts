/**
 * `npm run lighthouse`: Lighthouse (mobile settings: Moto G Power screen, simulated slow 4G and
 * 4× CPU slowdown) on the built site as nginx serves it with the shipped deploy/nginx.conf.
 * Prints the four category scores and LCP, TBT and CLS per page; full reports go to
 * .tmp/lighthouse/. A benchmark: it reports, it never fails on a score.
 *
 * To measure what production would score, Chromium reaches the production host name over
 * HTTPS: `--host-resolver-rules` maps it to the local nginx, and the throw-away test certificate
 * is trusted by its key (`--ignore-certificate-errors-spki-list`). So canonical URLs, HTTPS and
 * HTTP/2 are as in production; only the network is local (Lighthouse simulates the slow one).
 *
 *   npm run build && npm run lighthouse [-- --root dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { PAGE_SEGMENT, paths } from '../src/routes.ts';
import { CHROMIUM_ARGS, requireChromium } from './lib/chromium.ts';
import { startNginx } from './nginx.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** base64 SHA-256 of the certificate's public key, the form Chromium's SPKI allow-list takes. */
function spkiHash(certFile: string): string {
  const result = spawnSync(
    'sh',
    [
      '-c',
      `openssl x509 -pubkey -noout -in "${certFile}" | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`openssl: ${result.stderr}`);
  return result.stdout.trim();
}

/** Home, the first article, the quiz and the search page with results. */
function pagesToAudit(root: string): { name: string; path: string }[] {
  const listDir = join(root, paths.articleList());
  const articles = existsSync(listDir)
    ? readdirSync(listDir, { withFileTypes: true })
        .filter(
          (e) =>
            e.isDirectory() &&
            e.name !== PAGE_SEGMENT &&
            existsSync(join(listDir, e.name, 'index.html')),
        )
        .map((e) => e.name)
        .sort()
    : [];
  const pages = [{ name: 'home', path: paths.home() }];
  if (articles[0]) pages.push({ name: 'article', path: paths.article(articles[0]) });
  pages.push(
    { name: 'quiz', path: paths.quiz() },
    { name: 'search', path: `${paths.search()}?q=GT+Connect` },
  );
  return pages;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { root: { type: 'string', default: 'dist' } } });
  const nginx = await startNginx({ root: values.root });
  const httpsPort = new URL(nginx.httpsUrl).port;
  const chrome = await chromeLauncher.launch({
    chromePath: requireChromium(),
    chromeFlags: [
      ...CHROMIUM_ARGS,
      '--disable-default-apps',
      '--disable-extensions',
      `--host-resolver-rules=MAP ${nginx.serverName}:443 127.0.0.1:${httpsPort}`,
      `--ignore-certificate-errors-spki-list=${spkiHash('.nginx/tls/cert.pem')}`,
    ],
  });
  const rows: string[][] = [];
  try {
    mkdirSync('.tmp/lighthouse', { recursive: true });
    for (const { name, path } of pagesToAudit(values.root)) {
      const url = `https://${nginx.serverName}${path}`;
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError)
        throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      writeFileSync(`.tmp/lighthouse/${name}.json`, JSON.stringify(lhr, null, 1));
      const score = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100));
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      rows.push([
        name,
        path,
        ...CATEGORIES.map(score),
        `${(audit('largest-contentful-paint') / 1000).toFixed(2)} s`,
        `${Math.round(audit('total-blocking-time'))} ms`,
        audit('cumulative-layout-shift').toFixed(3),
      ]);
      const failing = Object.values(lhr.audits).filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual',
      );
      for (const a of failing)
        console.log(
          `  ${name}: ${a.id} ${a.score} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`,
        );
    }
  } finally {
    chrome.kill();
    await nginx.stop();
  }
  const header = ['page', 'path', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(
    `\nLighthouse ${lighthouseVersion()} (mobile, simulated throttling), Chromium ${chromiumVersion()}`,
  );
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

function lighthouseVersion(): string {
  return (
    (
      JSON.parse(
        spawnSync(
          process.execPath,
          ['-e', "console.log(JSON.stringify(require('lighthouse/package.json')))"],
          { encoding: 'utf8' },
        ).stdout || '{}',
      ) as { version?: string }
    ).version ?? '?'
  );
}

function chromiumVersion(): string {
  return (
    spawnSync(requireChromium(), ['--version'], { encoding: 'utf8' })
      .stdout.trim()
      .replace(/^Chromium /, '')
      .split(' ')[0] ?? '?'
  );
}
