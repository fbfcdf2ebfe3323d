/**
 * Raw HTTP(S) requests for header tests. `fetch` joins repeated headers with a comma, which
 * would hide exactly the duplicates H1/H4 look for; node:http keeps every raw header line.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface RawResponse {
  status: number;
  /** Every header line as sent, names lower-cased, in order. */
  headers: [string, string][];
  body: Buffer;
  /** All values of one header. */
  all: (name: string) => string[];
  /** The single value of a header, or undefined (throws when it is repeated). */
  one: (name: string) => string | undefined;
}

export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; ca?: string } = {},
): Promise<RawResponse> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((done, fail) => {
    const req = request(
      target,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        ...(options.ca ? { ca: options.ca } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const headers: [string, string][] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2)
            headers.push([res.rawHeaders[i]!.toLowerCase(), res.rawHeaders[i + 1]!]);
          const all = (name: string) =>
            headers.filter(([n]) => n === name.toLowerCase()).map(([, v]) => v);
          done({
            status: res.statusCode ?? 0,
            headers,
            body: Buffer.concat(chunks),
            all,
            one: (name) => {
              const values = all(name);
              if (values.length > 1)
                throw new Error(`${url}: header ${name} sent ${values.length} times`);
              return values[0];
            },
          });
        });
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end();
  });
}
