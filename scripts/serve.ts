/**
 * Serves the built site (`dist/`) on 127.0.0.1 with the production security headers, the
 * custom 404 page and the same trailing-slash redirects a real server does: `npm start` on a
 * machine without nginx. The tests use nginx with the shipped config (`scripts/nginx.ts`);
 * `tests/e2e/headers.test.ts` checks that this server sends the same headers.
 *
 *   node scripts/serve.ts [--port 4321] [--root dist]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
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

function contentType(path: string): string {
  if (path.endsWith('/rss.xml')) return 'application/rss+xml; charset=utf-8';
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
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

/** Starts the server; `port: 0` picks a free port. Resolves with the server and its base URL. */
export async function startServer(options: ServerOptions = {}): Promise<{ server: Server; url: string }> {
  const root = resolve(options.root ?? 'dist');
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    // Dotfiles stay private (.git, .env), except the .well-known folder.
    const hidden = pathname.split('/').some((part) => part.startsWith('.') && part !== '.well-known') || pathname === '/_headers';
    const target = normalize(join(root, pathname));
    let file: string | undefined;
    if (!hidden && (target === root || target.startsWith(root + sep))) {
      if (pathname.endsWith('/')) {
        if (await isFile(join(target, 'index.html'))) file = join(target, 'index.html');
      } else if (await isFile(target)) {
        file = target;
      } else if (await isFile(join(target, 'index.html'))) {
        response.writeHead(301, { ...securityHeaders('document', { https: false }), Location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    const type = contentType(file);
    const gzip = options.gzip === true && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const headers = {
      ...securityHeaders(resourceKind(file), { https: false }),
      ...(options.csp === undefined ? {} : { 'Content-Security-Policy': options.csp }),
      'Content-Type': type,
      'Cache-Control': file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(options.gzip ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    };
    response.writeHead(status, headers);
    if (request.method === 'HEAD') response.end();
    else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 4321, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { server, url: `http://127.0.0.1:${port}` };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env['PORT'] ?? '4321' }, root: { type: 'string', default: 'dist' } } });
  const { url } = await startServer({ root: values.root, port: Number(values.port) });
  console.log(`De site draait op ${url}/ (stoppen met Ctrl+C)`);
}
