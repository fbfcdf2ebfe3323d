/**
 * Temporary copies of this project, for fixture builds in the tests and for the benchmarks.
 * A copy shares node_modules through a symlink, so creating one takes a moment and a build in
 * it behaves exactly like a build here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a build needs (scripts: `npm run new` and the dev-time checks import from it). */
export const PROJECT_FILES: readonly string[] = [
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'src',
  'content',
  'public',
  'scripts',
];

export const ASTRO_BIN = 'node_modules/astro/bin/astro.mjs';

/**
 * The environment for Astro in a copy: without a test runner's own variables (`astro dev`
 * serves nothing when it sees VITEST, and NODE_ENV=test is not what an editor runs), and
 * without colours, so output can be matched as plain text.
 */
export function astroEnv(): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST',
      ),
    ),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/** Strips ANSI colour codes. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex -- ESC (U+001B) is what starts an ANSI colour code.
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** Copies the project at `root` into a new temporary folder whose name starts with `prefix`. */
export function copySite(prefix: string, root = process.cwd()): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of PROJECT_FILES) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs `astro build` in `dir` with the Node running this script; output without colours. */
export function buildSite(
  dir: string,
  root = process.cwd(),
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, ASTRO_BIN), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: astroEnv(),
    // A thousand pages log a lot; the default 1 MB buffer would kill the build midway.
    maxBuffer: 1024 * 1024 * 1024,
  });
  return { status: result.status, output: plain(`${result.stdout}\n${result.stderr}`) };
}
