/**
 * Writes `public/_headers` and `deploy/nginx.conf` from the policy in src/lib (`npm run headers`).
 * With `--check` it writes nothing and exits 1 when a committed file differs from the policy.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderHeadersFile, renderNginxConf } from '../src/lib/deploy-config.ts';

export const DEPLOY_FILES: ReadonlyArray<readonly [string, () => string]> = [
  ['public/_headers', renderHeadersFile],
  ['deploy/nginx.conf', renderNginxConf],
];

if (import.meta.main) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, render] of DEPLOY_FILES) {
    const text = render();
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) {
      console.log(`ok       ${path}`);
    } else if (check) {
      stale++;
      console.error(`outdated ${path}: run \`npm run headers\` and commit the result`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      console.log(`written  ${path}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
