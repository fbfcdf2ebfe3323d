/**
 * Temporary copies of the project for tests that need a real `astro build` of other content:
 * broken content that must fail the build, drafts that must not leak, tricky titles.
 * The copy shares node_modules through a symlink, so it builds in seconds.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ASTRO_BIN, astroEnv, buildSite, copySite, plain } from '../../scripts/lib/site-copy.ts';

export interface DevServer {
  /** Base URL, for example `http://127.0.0.1:40931/`. */
  url: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

export interface FixtureSite {
  dir: string;
  /** Writes (or overwrites) a file relative to the site root. */
  write: (path: string, content: string | Uint8Array) => void;
  /** Removes a file or folder relative to the site root. */
  remove: (path: string) => void;
  build: () => { status: number | null; output: string };
  /** Starts `astro dev` on 127.0.0.1 and a free port; always `stop()` it. */
  dev: () => Promise<DevServer>;
  dispose: () => void;
}

export function createFixtureSite(): FixtureSite {
  const root = process.cwd();
  const dir = copySite('gt-site-', root);
  return {
    dir,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    remove(path) {
      rmSync(join(dir, path), { recursive: true, force: true });
    },
    build() {
      return buildSite(dir, root);
    },
    dev() {
      // Own process group, so stop() ends the server and anything it started, and nothing else.
      const child = spawn(
        process.execPath,
        [join(root, ASTRO_BIN), 'dev', '--host', '127.0.0.1', '--port', '0'],
        {
          cwd: dir,
          env: astroEnv(),
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      const stop = async () => {
        if (child.exitCode === null && child.pid !== undefined) {
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {
            // already gone
          }
          await exited;
        }
      };
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            void stop().then(() => reject(new Error(`astro dev did not start:\n${plain(output)}`))),
          60_000,
        );
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(plain(output))?.[1];
          if (url) {
            clearTimeout(timer);
            resolve({ url, output: () => plain(output), stop });
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        void exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`astro dev exited:\n${plain(output)}`));
        });
      });
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
