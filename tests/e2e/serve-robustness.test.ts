/**
 * `npm start` (scripts/serve.ts) under attack: malformed raw requests and aborted downloads
 * must not crash it, serve anything outside dist/ or a dotfile, or leak file handles; every
 * answer, including Node's own 400/431, carries the security headers. The server runs as its
 * own process, as `npm start` does, so a crash and its open handles (/proc/<pid>/fd) are
 * observable. Every loop is bounded and every socket is on 127.0.0.1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../scripts/serve.ts';
import { securityHeaders } from '../../src/lib/security-headers.ts';
import { DIST, readDist } from '../helpers/dist.ts';
import { rawRequest } from '../helpers/http.ts';

const SECURITY_HEADERS = Object.keys(securityHeaders('document', { https: false })).map((name) =>
  name.toLowerCase(),
);

interface RawAnswer {
  status: number | undefined;
  headers: [string, string][];
  body: string;
}

/** Sends `bytes` as they are and reads until the server closes (at most 5 s: the test never hangs). */
function sendRaw(port: number, bytes: string): Promise<RawAnswer> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    // write, not end: a half-closed socket makes Node abort the request before it is answered.
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    socket.setTimeout(5_000, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      // Headers are Latin-1 by HTTP's rules; the body is the page, sent as UTF-8.
      const raw = Buffer.concat(chunks);
      const cut = raw.indexOf('\r\n\r\n');
      const head = (cut === -1 ? raw : raw.subarray(0, cut)).toString('latin1');
      const body = cut === -1 ? '' : raw.subarray(cut + 4).toString('utf8');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1];
      done({
        status: status === undefined ? undefined : Number(status),
        headers: lines.map((line) => {
          const cut = line.indexOf(':');
          return [line.slice(0, cut).trim().toLowerCase(), line.slice(cut + 1).trim()];
        }),
        body,
      });
    });
  });
}

const get = (target: string, method = 'GET') =>
  `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`;

/** Runs `tasks` with at most `limit` at a time. */
async function inBatches<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += limit)
    results.push(...(await Promise.all(tasks.slice(i, i + limit).map((task) => task()))));
  return results;
}

/** Targets from the audit, each with the status it must get. */
const NAMED: [target: string, status: number][] = [
  ['//[', 400],
  ['/%', 400],
  ['/%ff', 400],
  ['/%c0%ae%c0%ae/x', 400],
  ['/%c0%ae%c0%ae/package.json', 400],
  ['/%2F_headers', 400],
  ['/%2f..%2fpackage.json', 400],
  ['/%2e%2e/package.json', 400],
  ['/../package.json', 400],
  ['/.//over', 400],
  ['/./', 400],
  ['/%00', 400],
  ['/a%5c..%5cpackage.json', 400],
  ['/<script>', 400],
  ['*', 400],
  ['http://example.org/', 400],
  ['/_headers', 404],
  ['/.env', 404],
  ['/.git/config', 404],
  ['/%2eenv', 404],
  ['/.well-known/../_headers', 400],
  ['//zoeken/', 200],
];

/**
 * A few hundred more, built deterministically from pieces attackers use: traversal, encodings
 * of `.` `/` `\`, invalid and overlong UTF-8, NUL, brackets, dotfiles and huge segments.
 */
function generatedTargets(): string[] {
  const pieces = [
    '..',
    '%2e%2e',
    '%2E.',
    '.%2e',
    '%c0%ae',
    '%e0%80%ae',
    '%2f',
    '%5c',
    '\\',
    '%00',
    '%',
    '%f',
    '%zz',
    '%ff%fe',
    '[',
    ']',
    '{',
    '|',
    '^',
    '`',
    '"',
    '.git',
    '.env',
    '_headers',
    'x'.repeat(300),
    '%25',
    '~',
    '@',
    ':',
  ];
  const prefixes = ['/', '//', '/./', '/artikelen/', '/.well-known/', '/_astro/'];
  const targets: string[] = [];
  for (const prefix of prefixes)
    for (const piece of pieces) targets.push(`${prefix}${piece}`, `${prefix}${piece}/package.json`);
  return targets;
}

/** Requests that are not valid HTTP at all, or that Node's parser refuses: these reach `clientError`. */
const BROKEN: string[] = [
  'HELLO\r\n\r\n',
  'GET / HTTP/9.9\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n',
  'GET / HTTP/1.1\r\nBad Header\r\n\r\n',
  'GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n',
  `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
];

const METHODS = ['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'PROPFIND'];

let child: ChildProcess;
let port: number;
const openHandles = () => readdirSync(`/proc/${child.pid}/fd`).length;

beforeAll(async () => {
  child = spawn(process.execPath, ['scripts/serve.ts', '--port', '0', '--root', DIST], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  port = await new Promise<number>((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /127\.0\.0\.1:(\d+)/.exec(out);
      if (match) done(Number(match[1]));
    });
    child.once('exit', (code) => fail(new Error(`serve.ts exited with ${code} before listening`)));
  });
});

afterAll(() => {
  if (child.exitCode === null) child.kill();
});

describe('scripts/serve.ts survives malformed and aborted requests', () => {
  let before = 0;
  const answers: { request: string; answer: RawAnswer }[] = [];

  it('counts the open handles of the warm server', async () => {
    for (let i = 0; i < 5; i++)
      expect((await rawRequest(`http://127.0.0.1:${port}/rss.xml`)).status).toBe(200);
    before = openHandles();
    expect(before).toBeGreaterThan(0);
  });

  it('answers the audit’s malformed targets with 400 and dotfiles with the 404 page', async () => {
    for (const [target, status] of NAMED) {
      const answer = await sendRaw(port, get(target));
      answers.push({ request: target, answer });
      expect(answer.status, target).toBe(status);
      if (status === 404) expect(answer.body, target).toBe(readDist('404.html'));
    }
  });

  it('answers methods other than GET and HEAD with 405 and Allow: GET, HEAD', async () => {
    for (const method of METHODS) {
      const answer = await sendRaw(port, get('/', method));
      answers.push({ request: `${method} /`, answer });
      expect(answer.status, method).toBe(405);
      expect(
        answer.headers.filter(([name]) => name === 'allow').map(([, value]) => value),
        method,
      ).toEqual(['GET, HEAD']);
    }
  });

  it('answers a few hundred generated malformed targets without serving anything outside dist/', async () => {
    const targets = generatedTargets();
    expect(targets.length).toBeGreaterThan(300);
    const results = await inBatches(
      targets.map((target) => () => sendRaw(port, get(target))),
      20,
    );
    results.forEach((answer, i) => {
      answers.push({ request: targets[i]!, answer });
      expect([400, 404], targets[i]).toContain(answer.status);
      expect(answer.body, targets[i]).not.toMatch(/"devDependencies"|SECRET/);
    });
  });

  it('answers requests Node cannot parse with 400 or 431 itself', async () => {
    for (const request of BROKEN) {
      const answer = await sendRaw(port, request);
      answers.push({ request: JSON.stringify(request.slice(0, 40)), answer });
      expect([400, 431], JSON.stringify(request.slice(0, 40))).toContain(answer.status);
    }
    expect(answers.at(-1)!.answer.status).toBe(431);
  });

  it('sends every security header exactly once on every one of those answers', () => {
    expect(answers.length).toBeGreaterThan(300);
    for (const { request, answer } of answers) {
      for (const name of SECURITY_HEADERS)
        expect(answer.headers.filter(([n]) => n === name).length, `${request}: ${name}`).toBe(1);
    }
  });

  it('releases the file handles of 500 aborted downloads', async () => {
    const abort = () =>
      new Promise<void>((done) => {
        const socket = connect(port, '127.0.0.1', () => socket.write(get('/rss.xml')));
        // Gone after the first bytes, while the rest of the file is still being read.
        socket.once('data', () => socket.destroy());
        socket.setTimeout(5_000, () => socket.destroy());
        socket.on('error', () => undefined);
        socket.on('close', () => done());
      });
    await inBatches(
      Array.from({ length: 500 }, () => abort),
      50,
    );
    // Closing is asynchronous: give the server a bounded moment to notice the closed sockets.
    let after = openHandles();
    for (let i = 0; i < 50 && after > before + 5; i++) {
      await new Promise((done) => setTimeout(done, 100));
      after = openHandles();
    }
    if (after > before + 5)
      console.log(
        readdirSync(`/proc/${child.pid}/fd`)
          .map((fd) => {
            try {
              return readlinkSync(`/proc/${child.pid}/fd/${fd}`);
            } catch {
              return '?';
            }
          })
          .join('\n'),
      );
    console.log(
      `serve.ts: ${answers.length} malformed requests; open handles before ${before}, after 500 aborted downloads ${after}`,
    );
    expect(after).toBeLessThanOrEqual(before + 5);
  });

  it('is still alive afterwards and serves the home page', async () => {
    expect(child.exitCode).toBeNull();
    const home = await rawRequest(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    expect(home.body.toString('utf8')).toBe(readDist('index.html'));
  });
});

describe('scripts/serve.ts without a build', () => {
  it('prints one Dutch line and exits with code 1 at start', () => {
    const empty = mkdtempSync(join(tmpdir(), 'gt-nobuild-'));
    try {
      const result = spawnSync(
        process.execPath,
        ['scripts/serve.ts', '--port', '0', '--root', empty],
        { encoding: 'utf8', timeout: 30_000 },
      );
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Geen gebouwde site in .+: bouw de site eerst met npm run build/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('parseTarget', () => {
  it('merges empty segments and keeps the query', () => {
    expect(parseTarget('//zoeken//?q=a%20b')).toEqual({
      segments: ['zoeken'],
      slash: true,
      query: '?q=a%20b',
    });
  });
  it.each(['', 'x', '/%', '/%ff', '/a/%2F/b', '/..', '/a/./b', '/%5c', '/ a'])(
    'refuses %j',
    (target) => {
      expect(parseTarget(target)).toBeUndefined();
    },
  );
});
