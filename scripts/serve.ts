/**
 * Serves the built site (`dist/`) on 127.0.0.1 with the production security headers, the
 * custom 404 page and the same trailing-slash redirects a real server does: `npm start` on a
 * machine without nginx. The tests use nginx with the shipped config (`scripts/nginx.ts`);
 * `tests/e2e/headers.test.ts` checks that this server sends the same headers, and
 * `tests/e2e/serve-robustness.test.ts` that no request can crash it or leak a file handle.
 *
 * Hand-written rather than built on a static file server such as sirv: see
 * docs/design-notes.md ("The local server").
 *
 *   node scripts/serve.ts [--port 4321] [--root dist]
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  STATUS_CODES,
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Duplex } from 'node:stream';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { resourceKind, securityHeaders } from '../src/lib/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** The media type of `file`: every feed is RSS, by the rule nginx uses (`location ~ /rss\.xml$` in src/lib/deploy-config.ts); the rest goes by extension. */
function contentType(file: string): string {
  if (file.endsWith(`${sep}rss.xml`)) return 'application/rss+xml; charset=utf-8';
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The size of a regular file, or `undefined` when `path` is not one. */
async function fileSize(path: string): Promise<number | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? info.size : undefined;
}

async function isFile(path: string): Promise<boolean> {
  return (await fileSize(path)) !== undefined;
}

export interface ServerOptions {
  /** Folder to serve; default `dist`. */
  root?: string;
  /** Port; `0` picks a free one. Default 4321. */
  port?: number;
  /**
   * Replaces the Content-Security-Policy header, for negative controls in tests (search must
   * fail without 'wasm-unsafe-eval'). Never used by `npm start`.
   */
  csp?: string;
  /** Gzip text responses for clients that accept it, as a production server would (benchmarks). */
  gzip?: boolean;
}

/** Text types worth compressing; pagefind's index files are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|rss\+xml)|image\/svg)/;

/** The files a build always has; without them there is nothing sensible to serve. */
const REQUIRED_FILES = ['index.html', '404.html'];

/** What a path segment may not contain once decoded: a separator (`%2f`, `%5c`) or a control character (`%00`). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are refused, not served.
const ENCODED_UNSAFE = /[/\\\x00-\x1f\x7f]/;

/** Thrown by `startServer` when the folder is not a build; `npm start` prints only the message. */
export class MissingBuildError extends Error {}

/**
 * A request target as a list of decoded path segments, or `undefined` when it is malformed:
 * not origin-form (`/…`), a path character RFC 3986 does not allow (`[`, `\`, `<`, space…) or a
 * query byte outside printable ASCII, a `%` escape that is not valid UTF-8
 * (`/%`, `/%ff`, overlong `/%c0%ae`), an encoded `/`, `\` or control character, or a `.` / `..`
 * segment. Empty segments (`//zoeken/`) are merged, as nginx does. Never throws.
 */
export function parseTarget(
  target: string,
): { segments: string[]; slash: boolean; query: string } | undefined {
  const cut = target.indexOf('?');
  const path = cut === -1 ? target : target.slice(0, cut);
  const query = cut === -1 ? '' : target.slice(cut);
  if (!/^\/[\w\-.~!$&'()*+,;=:@%/]*$/.test(path) || !/^[\x21-\x7e]*$/.test(query)) return undefined;
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '.' || segment === '..' || ENCODED_UNSAFE.test(segment)) return undefined;
    segments.push(segment);
  }
  return { segments, slash: path.endsWith('/'), query };
}

/** Dotfiles stay private (.git, .env), except the top-level .well-known folder; `_headers` is host configuration. */
function isHidden(segments: readonly string[]): boolean {
  return (
    segments.some(
      (part, index) => part.startsWith('.') && !(index === 0 && part === '.well-known'),
    ) ||
    (segments.length === 1 && segments[0] === '_headers')
  );
}

/** Starts the server; `port: 0` picks a free port. Resolves with the server and its base URL. */
export async function startServer(
  options: ServerOptions = {},
): Promise<{ server: Server; url: string }> {
  const root = resolve(options.root ?? 'dist');
  const missing = REQUIRED_FILES.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) {
    throw new MissingBuildError(
      `Geen gebouwde site in ${root} (${missing.join(' en ')} ontbreekt): bouw de site eerst met npm run build, of start met npm start.`,
    );
  }
  const baseHeaders = (file: string) => ({
    ...securityHeaders(resourceKind(file), { https: false }),
    ...(options.csp === undefined ? {} : { 'Content-Security-Policy': options.csp }),
  });

  /** A short Dutch text answer (400, 405, 500) that still carries every security header. */
  const plain = (
    response: ServerResponse,
    status: number,
    text: string,
    extra: Record<string, string> = {},
  ) => {
    const body = `${text}\n`;
    response.writeHead(status, {
      ...baseHeaders('/'),
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-cache',
      ...extra,
    });
    response.end(body);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      plain(response, 405, 'Deze methode is niet toegestaan; de site kent alleen GET en HEAD.', {
        Allow: 'GET, HEAD',
      });
      return;
    }
    const target = parseTarget(request.url ?? '');
    if (!target) {
      plain(response, 400, 'Dit adres is ongeldig.');
      return;
    }
    const { segments, slash, query } = target;
    const path = join(root, ...segments);
    let file: string | undefined;
    if (!isHidden(segments) && (path === root || path.startsWith(root + sep))) {
      if (slash || segments.length === 0) {
        if (await isFile(join(path, 'index.html'))) file = join(path, 'index.html');
      } else if (await isFile(path)) {
        file = path;
      } else if (await isFile(join(path, 'index.html'))) {
        // Built from the decoded segments, so the address is always a path on this site, never `//host`.
        const location = `/${segments.map(encodeURIComponent).join('/')}/${query}`;
        response.writeHead(301, {
          ...baseHeaders('/'),
          Location: location,
          'Content-Length': '0',
          'Cache-Control': 'no-cache',
        });
        response.end();
        return;
      }
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    const type = contentType(file);
    const gzip =
      options.gzip === true &&
      COMPRESSIBLE.test(type) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const size = await fileSize(file);
    const headers = {
      ...baseHeaders(file),
      'Content-Type': type,
      ...(gzip || size === undefined ? {} : { 'Content-Length': String(size) }),
      'Cache-Control': file.includes(`${sep}_astro${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...(options.gzip ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    };
    if (request.method === 'HEAD') {
      response.writeHead(status, headers);
      response.end();
      return;
    }
    response.writeHead(status, headers);
    // pipeline closes the file when the client goes away mid-download; pipe() would leak it.
    const done = (error: NodeJS.ErrnoException | null) => {
      if (error && !response.destroyed) response.destroy();
    };
    if (gzip) pipeline(createReadStream(file), createGzip(), response, done);
    else pipeline(createReadStream(file), response, done);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (response.headersSent) response.destroy();
      else plain(response, 500, 'Er ging iets mis in de server.');
    });
  });
  // Node's own answers to requests it cannot parse (400) or with oversized headers (431) carry
  // no headers at all: write them ourselves, with the security headers.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 431
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 408
          : 400;
    const body = `${status === 431 ? 'De headers van dit verzoek zijn te groot.' : 'Dit verzoek is ongeldig.'}\n`;
    const headers = {
      ...baseHeaders('/'),
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-cache',
      Connection: 'close',
    };
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 4321, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { server, url: `http://127.0.0.1:${port}` };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env['PORT'] ?? '4321' },
      root: { type: 'string', default: 'dist' },
    },
  });
  try {
    const { url } = await startServer({ root: values.root, port: Number(values.port) });
    console.log(`De site draait op ${url}/ (stoppen met Ctrl+C)`);
  } catch (error) {
    if (!(error instanceof MissingBuildError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
