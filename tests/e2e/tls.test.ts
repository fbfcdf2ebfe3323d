/**
 * TLS of the shipped deploy/nginx.conf as the internet.nl website test grades it (the NCSC's
 * "ICT-beveiligingsrichtlijnen voor TLS"), checked with `openssl s_client` against the real
 * nginx: TLS 1.3 and TLS 1.2 ECDHE with AEAD only, the server's order, no compression, no
 * session tickets. The test certificate is ECDSA, so only the ECDSA half of the TLS 1.2 list can
 * be negotiated here; the RSA half is the same list for an RSA certificate.
 *
 * Debian's OpenSSL will not offer TLS 1.0/1.1 or SHA-1 suites at its default security level, so
 * a refusal could be the client's. The old-protocol probes use `@SECLEVEL=0`, and a control
 * against `openssl s_server` shows that those same client options do complete a TLS 1.0 and
 * 1.1 handshake: the refusal below is nginx's.
 *
 * What cannot be tested offline: DANE (TLSA records in signed DNS), RPKI (route origin of the
 * server's IP addresses), HSTS preload and the certificate chain of the real host (see README).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { TLS12_CIPHERS, TLS13_CIPHERSUITES } from '../../src/lib/deploy-config.ts';

const nginx = inject('nginx');
const port = Number(new URL(nginx.httpsUrl).port);

/** One handshake with `openssl s_client`; at most 10 s. */
function handshake(
  args: string[],
  target = port,
): {
  connected: boolean;
  protocol: string | undefined;
  cipher: string | undefined;
  output: string;
} {
  const result = spawnSync(
    'openssl',
    ['s_client', '-connect', `127.0.0.1:${target}`, '-servername', nginx.serverName, ...args],
    { input: '', encoding: 'utf8', timeout: 10_000 },
  );
  const output = `${result.stdout}${result.stderr}`;
  const match = /New, (TLSv[\d.]+), Cipher is (\S+)/.exec(output);
  return { connected: match !== null, protocol: match?.[1], cipher: match?.[2], output };
}

/**
 * Every TLS 1.2 suite this OpenSSL knows that an ECDSA certificate could serve, weak ones
 * included (RSA, PSK and SRP suites cannot be negotiated with it, whatever the config says).
 */
const ALL_TLS12 = spawnSync('openssl', ['ciphers', '-tls1_2', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'], {
  encoding: 'utf8',
})
  .stdout.trim()
  .split(':')
  .filter((suite) => /ECDSA|^AECDH|^ADH/.test(suite));

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as AddressInfo;
      server.close(() => done(free));
    });
  });
}

describe('TLS as internet.nl grades it', () => {
  it('accepts TLS 1.3 with each "Goed" suite', () => {
    for (const suite of TLS13_CIPHERSUITES) {
      const result = handshake(['-tls1_3', '-ciphersuites', suite]);
      expect([result.protocol, result.cipher], suite).toEqual(['TLSv1.3', suite]);
    }
  });

  it('accepts an ECDHE-GCM TLS 1.2 handshake, without compression', () => {
    const result = handshake(['-tls1_2', '-cipher', 'ECDHE-ECDSA-AES128-GCM-SHA256']);
    expect([result.protocol, result.cipher]).toEqual(['TLSv1.2', 'ECDHE-ECDSA-AES128-GCM-SHA256']);
    expect(result.output).toContain('Compression: NONE');
  });

  it('sends no session ticket in TLS 1.2', () => {
    const result = handshake(['-tls1_2']);
    expect(result.connected).toBe(true);
    expect(result.output).not.toMatch(/TLS session ticket/);
  });

  it('refuses a CBC-SHA1 suite, even when the client offers nothing else', () => {
    for (const suite of ['ECDHE-ECDSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA']) {
      const result = handshake(['-tls1_2', '-cipher', `${suite}:@SECLEVEL=0`]);
      expect(result.connected, suite).toBe(false);
      expect(result.output, suite).toMatch(/alert handshake failure/);
    }
  });

  it('picks its own order: a client that prefers CBC-SHA1 gets AES-GCM', () => {
    const result = handshake([
      '-tls1_2',
      '-cipher',
      'ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256:@SECLEVEL=0',
    ]);
    expect(result.cipher).toBe('ECDHE-ECDSA-AES128-GCM-SHA256');
  });

  it('accepts exactly the TLS 1.2 suites of the policy that fit its certificate', () => {
    const accepted = ALL_TLS12.filter(
      (suite) => handshake(['-tls1_2', '-cipher', `${suite}:@SECLEVEL=0`]).connected,
    );
    console.log(
      `nginx accepts TLS 1.2: ${accepted.join(', ')} (of ${ALL_TLS12.length} offered one by one)`,
    );
    expect(accepted).toEqual(TLS12_CIPHERS.filter((suite) => suite.startsWith('ECDHE-ECDSA-')));
    expect(
      TLS12_CIPHERS.every((suite) =>
        /^ECDHE-(?:ECDSA|RSA)-(?:AES(?:128|256)-GCM-SHA(?:256|384)|CHACHA20-POLY1305)$/.test(suite),
      ),
    ).toBe(true);
  }, 180_000);

  it.each([
    ['TLS 1.0', '-tls1'],
    ['TLS 1.1', '-tls1_1'],
  ])('refuses %s, which the same client can speak', async (_name, flag) => {
    const legacy = ['-cipher', 'DEFAULT:@SECLEVEL=0'];
    // Control: a throw-away openssl s_server that allows the protocol, on a free port.
    const controlPort = await freePort();
    const server = spawn(
      'openssl',
      [
        's_server',
        '-accept',
        `127.0.0.1:${controlPort}`,
        '-cert',
        resolve('.nginx/tls/cert.pem'),
        '-key',
        resolve('.nginx/tls/key.pem'),
        flag,
        ...legacy,
        '-naccept',
        '1',
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    try {
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error('openssl s_server did not start')), 10_000);
        server.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('ACCEPT')) {
            clearTimeout(timer);
            done();
          }
        });
      });
      const control = handshake([flag, ...legacy], controlPort);
      expect(control.connected, control.output).toBe(true);
    } finally {
      server.kill();
    }
    const result = handshake([flag, ...legacy]);
    expect(result.connected).toBe(false);
    expect(result.output).toMatch(/alert protocol version/);
  });
});
