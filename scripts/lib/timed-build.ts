/**
 * One measured `astro build` for `npm run bench`: wall time, CPU time and peak memory of the
 * build's process tree, and its log with the arrival time of every line, which
 * scripts/lib/build-phases.ts turns into the phase split.
 *
 * CPU and memory come from GNU time (`/usr/bin/time`), which reads the rusage of the build
 * process once it has ended: user + sys include every descendant it waited for (pagefind's
 * binary, for one) and worker threads; max RSS is that of the largest single process. Without
 * GNU time both are NaN and the wall time is measured here.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TimedLine } from './build-phases.ts';
import { plain } from './site-copy.ts';

const GNU_TIME = '/usr/bin/time';

export interface BuildRun {
  wallSeconds: number;
  /** user + sys seconds of the build and its descendants. */
  cpuSeconds: number;
  /** max RSS of the largest process in the tree, in MiB. */
  peakMb: number;
  /** The log (stdout and stderr as they arrived, without colours), each line with its arrival time. */
  lines: TimedLine[];
  /** When the process ended, in ms after the start (the clock of `lines`). */
  endMs: number;
  output: string;
}

/** GNU time's `-f '%e %U %S %M'` line: wall, user, sys seconds and max RSS in KiB. */
export function parseGnuTime(
  text: string,
): { wallSeconds: number; cpuSeconds: number; peakMb: number } | undefined {
  const match = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/m.exec(text);
  if (!match) return undefined;
  return {
    wallSeconds: Number(match[1]),
    cpuSeconds: Number(match[2]) + Number(match[3]),
    peakMb: Number(match[4]) / 1024,
  };
}

/**
 * Runs `node <astroBin> build` in `dir` and resolves when it has ended; rejects if the build
 * fails, with the end of its log.
 */
export function timedBuild(
  dir: string,
  astroBin: string,
  env: NodeJS.ProcessEnv,
): Promise<BuildRun> {
  const useTime = existsSync(GNU_TIME);
  // GNU time writes to its own file, so its line can never be mixed into the build's log.
  const timeDir = mkdtempSync(join(tmpdir(), 'gt-bench-time-'));
  const timeFile = join(timeDir, 'time.txt');
  const command = useTime ? GNU_TIME : process.execPath;
  const args = useTime
    ? ['-o', timeFile, '-f', '%e %U %S %M', process.execPath, astroBin, 'build']
    : [astroBin, 'build'];
  const started = performance.now();
  const lines: TimedLine[] = [];
  const child = spawn(command, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  // stdout and stderr each keep their unfinished last line until the next chunk completes it.
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) lines.push({ ms, text: plain(text) });
    });
    stream.on('end', () => {
      if (rest) lines.push({ ms: performance.now() - started, text: plain(rest) });
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const endMs = performance.now() - started;
      const output = lines.map((line) => line.text).join('\n');
      const measured =
        useTime && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, 'utf8')) : undefined;
      rmSync(timeDir, { recursive: true, force: true });
      if (status !== 0) {
        reject(new Error(`astro build failed in ${dir} (exit ${status}):\n${output.slice(-4000)}`));
        return;
      }
      resolve({
        wallSeconds: measured?.wallSeconds ?? endMs / 1000,
        cpuSeconds: measured?.cpuSeconds ?? Number.NaN,
        peakMb: measured?.peakMb ?? Number.NaN,
        lines,
        endMs,
        output,
      });
    });
  });
}
