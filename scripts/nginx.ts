/**
 * Runs Debian's nginx with the shipped `deploy/nginx.conf` against a built site, on 127.0.0.1,
 * as an ordinary foreground child process (no daemon, no system paths). Used by the e2e tests,
 * `npm run lighthouse` and `npm run preview:nginx`.
 *
 * The only differences from production (each replaced line must occur exactly once, so a change
 * to the shipped file that the tests would no longer cover fails loudly):
 * - `listen 443 ssl http2;` → 127.0.0.1:<random> with TLS (a throw-away self-signed certificate);
 * - `listen [::]:443 ssl http2;` → 127.0.0.1:<random> without TLS, for the browser and linkinator;
 * - `listen 80;` → 127.0.0.1:<random> (the HTTP→HTTPS redirect server); `listen [::]:80;` dropped;
 * - `ssl_certificate`/`ssl_certificate_key` → the generated files under `.nginx/`;
 * - `root` → the absolute path of the site (normally `dist/`).
 * The file is included from a minimal main config under `.nginx/` that sets what Debian's
 * /etc/nginx/nginx.conf would (pid, logs, temp paths, events).
 *
 *   node scripts/nginx.ts [--root dist]    (npm run preview:nginx)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NGINX_DEPLOY, NGINX_TEST_LINES } from '../src/lib/deploy-config.ts';

export const NGINX_BIN = process.env['NGINX'] ?? '/usr/sbin/nginx';

export interface RunningNginx {
  /** Plain HTTP on the site server: what the browser tests and linkinator use (no trailing slash). */
  url: string;
  /** The same server over TLS (self-signed certificate for `serverName` and 127.0.0.1). */
  httpsUrl: string;
  /** The production HTTP→HTTPS redirect server. */
  redirectUrl: string;
  /** PEM of the test certificate, to trust it in requests. */
  certificate: string;
  /** The production host name from the config (send it as Host to exercise server_name). */
  serverName: string;
  /** The config nginx actually runs (after substitution). */
  config: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Replaces `line` (which must occur exactly once) in `text`. */
function substitute(text: string, line: string, replacement: string): string {
  const count = text.split(line).length - 1;
  if (count !== 1) {
    throw new Error(
      `deploy/nginx.conf: expected "${line}" exactly once, found ${count}: the test server would no longer run the shipped config`,
    );
  }
  return text.replace(line, replacement);
}

/** The shipped config with the documented test substitutions. */
export function testConfig(
  shipped: string,
  ports: { https: number; plain: number; redirect: number },
  paths: { root: string; cert: string; key: string },
): string {
  const t = NGINX_TEST_LINES;
  let conf = shipped;
  conf = substitute(conf, t.listenHttps, `listen 127.0.0.1:${ports.https} ssl http2;`);
  conf = substitute(conf, t.listenHttps6, `listen 127.0.0.1:${ports.plain};`);
  conf = substitute(conf, t.listenHttp, `listen 127.0.0.1:${ports.redirect};`);
  conf = substitute(conf, t.listenHttp6, '');
  conf = substitute(conf, t.certificate, `ssl_certificate ${paths.cert};`);
  conf = substitute(conf, t.certificateKey, `ssl_certificate_key ${paths.key};`);
  conf = substitute(conf, t.root, `root ${paths.root};`);
  return conf;
}

/** Temp-path directives for the modules this nginx binary has (nginx-light lacks some). */
function tempPaths(prefix: string): string[] {
  const version = spawnSync(NGINX_BIN, ['-V'], { encoding: 'utf8' });
  const built = `${version.stdout}${version.stderr}`;
  return [
    ['client_body_temp_path', 'body', null],
    ['proxy_temp_path', 'proxy', 'proxy'],
    ['fastcgi_temp_path', 'fastcgi', 'fastcgi'],
    ['uwsgi_temp_path', 'uwsgi', 'uwsgi'],
    ['scgi_temp_path', 'scgi', 'scgi'],
  ]
    .filter(([, , module]) => module === null || !built.includes(`--without-http_${module}_module`))
    .map(([directive, dir]) => `  ${directive} ${join(prefix, 'tmp', dir!)};`);
}

function ensureCertificate(dir: string, serverName: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  if (existsSync(cert) && existsSync(key)) return { cert, key };
  mkdirSync(dir, { recursive: true });
  const result = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '30',
      '-subj',
      `/CN=${serverName}`,
      '-addext',
      `subjectAltName=DNS:${serverName},IP:127.0.0.1`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(
      `openssl could not create the test certificate (apt-get install -y openssl):\n${result.stderr ?? result.error}`,
    );
  return { cert, key };
}

function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  return new Promise((done, fail) => {
    const attempt = () => {
      if (child.exitCode !== null)
        return fail(new Error(`nginx exited with code ${child.exitCode}:\n${log()}`));
      const req = request({ host: '127.0.0.1', port, path: '/', method: 'HEAD' }, (res) => {
        res.resume();
        done();
      });
      req.on('error', () => {
        if (Date.now() > deadline)
          fail(new Error(`nginx did not answer on port ${port} within 10 s:\n${log()}`));
        else setTimeout(attempt, 50);
      });
      req.end();
    };
    attempt();
  });
}

/**
 * Starts nginx on random 127.0.0.1 ports with `deploy/nginx.conf` serving `root`. State lives
 * in `<prefix>` (default `.nginx/<pid>`, so parallel runs do not collide). Throws with a clear
 * message when nginx or openssl is missing. `workerUser` only applies when running as root.
 */
export async function startNginx(
  options: { root?: string; prefix?: string; workerUser?: string } = {},
): Promise<RunningNginx> {
  if (!existsSync(NGINX_BIN)) {
    throw new Error(
      `nginx not found at ${NGINX_BIN}: install Debian's nginx with \`apt-get install -y nginx-light\` (the tests run the shipped deploy/nginx.conf), or set NGINX=/path/to/nginx.`,
    );
  }
  const root = resolve(options.root ?? 'dist');
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root} has no index.html: build the site first (npm run build).`);
  const prefix = resolve(options.prefix ?? join('.nginx', String(process.pid)));
  mkdirSync(join(prefix, 'tmp'), { recursive: true });
  const tls = ensureCertificate(resolve('.nginx', 'tls'), NGINX_DEPLOY.serverName);

  for (let attempt = 1; ; attempt++) {
    const ports = { https: await freePort(), plain: await freePort(), redirect: await freePort() };
    const site = testConfig(readFileSync('deploy/nginx.conf', 'utf8'), ports, {
      root,
      cert: tls.cert,
      key: tls.key,
    });
    writeFileSync(join(prefix, 'site.conf'), site);
    writeFileSync(
      join(prefix, 'nginx.conf'),
      [
        '# Main config for the test server; the site itself is deploy/nginx.conf (see scripts/nginx.ts).',
        'worker_processes 1;',
        // As root (CI), nginx would run its workers as "nobody", who may not be allowed into the
        // folder of the checkout (/root/…): keep root's rights. Production uses Debian's own
        // main config (workers as www-data); this file is only the test server's.
        // `workerUser` (for example "nobody nogroup") lets a test see a permission-denied 403.
        ...(process.getuid?.() === 0 ? [`user ${options.workerUser ?? 'root root'};`] : []),
        `pid ${join(prefix, 'nginx.pid')};`,
        'error_log stderr warn;',
        'events { worker_connections 256; }',
        'http {',
        '  access_log off;',
        '  sendfile on;',
        ...tempPaths(prefix),
        `  include ${join(prefix, 'site.conf')};`,
        '}',
        '',
      ].join('\n'),
    );
    let stderr = '';
    const child = spawn(
      NGINX_BIN,
      ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      await waitForPort(ports.plain, child, () => stderr);
    } catch (error) {
      child.kill('SIGKILL');
      // Another process may have taken a port between our check and nginx's bind: try again.
      if (attempt < 3 && /Address already in use/.test(stderr)) continue;
      throw error;
    }
    return {
      url: `http://127.0.0.1:${ports.plain}`,
      httpsUrl: `https://127.0.0.1:${ports.https}`,
      redirectUrl: `http://127.0.0.1:${ports.redirect}`,
      certificate: readFileSync(tls.cert, 'utf8'),
      serverName: NGINX_DEPLOY.serverName,
      config: site,
      stop: () =>
        new Promise<void>((done) => {
          const cleanUp = () => {
            rmSync(prefix, { recursive: true, force: true });
            done();
          };
          if (child.exitCode !== null) return cleanUp();
          child.once('exit', cleanUp);
          child.kill('SIGQUIT');
        }),
    };
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { root: { type: 'string', default: 'dist' } } });
  const nginx = await startNginx({ root: values.root });
  console.log(
    `nginx met deploy/nginx.conf draait op ${nginx.url}/ (https: ${nginx.httpsUrl}/, stoppen met Ctrl+C)`,
  );
  const stop = () => void nginx.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
