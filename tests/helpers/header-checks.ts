/**
 * The served-header criteria of QUALITY.md (H1–H7) as pure functions over raw header lines,
 * so they are unit-tested against bad examples (tests/unit/header-checks.test.ts) and then
 * applied to every response nginx sends in tests/e2e/headers.test.ts. Each returns problems
 * as readable strings; an empty list is a pass.
 */

/** Parses a CSP into [directive, sources][] in order (names lower-cased). */
export function parseCsp(value: string): [string, string[]][] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name, ...sources] = part.split(/\s+/);
      return [name!.toLowerCase(), sources];
    });
}

const KEYWORD =
  /^'(self|none|wasm-unsafe-eval|strict-dynamic|report-sample|(sha256|sha384|sha512)-[A-Za-z0-9+/=_-]+|nonce-[A-Za-z0-9+/=_-]+)'$/;
const FORBIDDEN_KEYWORDS = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"];

/** H2 and H3 on one Content-Security-Policy value. */
export function cspProblems(value: string): string[] {
  const problems: string[] = [];
  const directives = parseCsp(value);
  const names = directives.map(([name]) => name);
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  if (repeated.length) problems.push(`H1: repeated directive ${[...new Set(repeated)].join(', ')}`);
  const get = (name: string) => directives.find(([n]) => n === name)?.[1];

  for (const [name, sources] of directives) {
    for (const source of sources) {
      const lower = source.toLowerCase();
      if (FORBIDDEN_KEYWORDS.includes(lower)) problems.push(`H2: ${name} allows ${source}`);
      else if (lower === 'data:') {
        if (name !== 'img-src' && name !== 'font-src')
          problems.push(`H2: data: in ${name} (only img-src/font-src may have it)`);
      } else if (source.includes('*')) problems.push(`H2: wildcard ${source} in ${name}`);
      else if (lower === 'http:' || lower === 'https:')
        problems.push(`H2: bare scheme ${source} in ${name}`);
      else if (lower.startsWith('http://')) problems.push(`H2: insecure host ${source} in ${name}`);
      else if (lower.includes('127.0.0.1') || lower.includes('localhost'))
        problems.push(`H2: local host ${source} in ${name}`);
      else if (source.startsWith("'")) {
        if (!KEYWORD.test(source)) problems.push(`H2: unknown keyword ${source} in ${name}`);
      } else if (!lower.startsWith('https://'))
        problems.push(`H2: scheme-less or unknown source ${source} in ${name}`);
    }
  }

  const one = (name: string, allowed: string[]) => {
    const sources = get(name);
    if (!sources) problems.push(`H3: ${name} missing`);
    else if (sources.length !== 1 || !allowed.includes(sources[0]!))
      problems.push(`H3: ${name} is "${sources.join(' ')}", expected ${allowed.join(' or ')}`);
  };
  one('default-src', ["'none'", "'self'"]);
  one('base-uri', ["'none'", "'self'"]);
  one('form-action', ["'none'", "'self'"]);
  one('frame-ancestors', ["'none'", "'self'"]);
  if (!get('script-src')?.includes("'wasm-unsafe-eval'"))
    problems.push(`H3: script-src lacks 'wasm-unsafe-eval' (pagefind)`);
  const object = get('object-src') ?? get('default-src');
  if (object?.join(' ') !== "'none'")
    problems.push(`H3: object-src resolves to "${object?.join(' ')}", expected 'none'`);
  return problems;
}

/** H1, H2–H3 (through cspProblems), H4 (when `https`), H5, H6 and H7 on one response's headers. */
export function headerProblems(
  headers: readonly [string, string][],
  { https }: { https: boolean },
): string[] {
  const problems: string[] = [];
  const all = (name: string) => headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);

  const csp = all('content-security-policy');
  if (csp.length !== 1)
    problems.push(`H1: ${csp.length} Content-Security-Policy headers, expected exactly 1`);
  for (const value of csp) problems.push(...cspProblems(value));
  if (all('content-security-policy-report-only').length)
    problems.push('H1: a report-only policy is sent too');

  if (https) {
    const hsts = all('strict-transport-security');
    if (hsts.length !== 1)
      problems.push(`H4: ${hsts.length} Strict-Transport-Security headers, expected exactly 1`);
    for (const value of hsts) {
      if (value.includes(',')) problems.push(`H4: comma in Strict-Transport-Security "${value}"`);
      const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?/i.exec(value)?.[1];
      if (!maxAge || Number(maxAge) < 31_536_000)
        problems.push(`H4: max-age in "${value}" below 31536000`);
    }
  }

  const exactly = (name: string, expected: string, id: string) => {
    const values = all(name);
    if (values.length !== 1 || values[0]!.trim().toLowerCase() !== expected.toLowerCase())
      problems.push(`${id}: ${name} is ${JSON.stringify(values)}, expected "${expected}"`);
  };
  exactly('x-content-type-options', 'nosniff', 'H5');
  exactly('x-frame-options', 'DENY', 'H5');
  exactly('cross-origin-opener-policy', 'same-origin', 'H6');

  const referrer = all('referrer-policy')
    .join(',')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (!['no-referrer', 'same-origin'].includes(referrer.at(-1) ?? ''))
    problems.push(`H6: last Referrer-Policy token is "${referrer.at(-1)}"`);
  if (all('permissions-policy').length !== 1)
    problems.push('H6: Permissions-Policy missing or repeated');

  if (all('set-cookie').length) problems.push('H7: Set-Cookie sent');
  for (const server of all('server'))
    if (/\d/.test(server)) problems.push(`H7: Server header "${server}" has a version`);
  return problems;
}
