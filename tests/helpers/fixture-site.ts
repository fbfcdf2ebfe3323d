/**
 * Temporary copies of the project for tests that need a real `astro build` of other content:
 * broken content that must fail the build, drafts that must not leak, tricky titles.
 * The copy shares node_modules through a symlink, so it builds in seconds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];

export interface FixtureSite {
  dir: string;
  /** Writes (or overwrites) a file relative to the site root. */
  write: (path: string, text: string) => void;
  /** Removes a file or folder relative to the site root. */
  remove: (path: string) => void;
  build: () => { status: number | null; output: string };
  dispose: () => void;
}

export function createFixtureSite(): FixtureSite {
  const root = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), 'gt-site-'));
  for (const name of PROJECT_FILES) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    remove(path) {
      rmSync(join(dir, path), { recursive: true, force: true });
    },
    build() {
      const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      });
      // Strip ANSI colours so assertions can match plain text.
      const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
      return { status: result.status, output };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
