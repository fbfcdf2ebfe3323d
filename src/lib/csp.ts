/**
 * The Content Security Policy, written once. Astro's `security.csp` renders the `<meta>` policy
 * (adding hashes for its own scripts and styles); the server headers (`public/_headers`,
 * `deploy/nginx.conf`) carry the same policy plus what a meta tag cannot (`frame-ancestors`).
 *
 * `'wasm-unsafe-eval'` is for pagefind's WebAssembly search, nothing else. No `data:` anywhere:
 * Astro inlines no assets (`build.inlineStylesheets`, `assetsInlineLimit` in astro.config.mjs),
 * the search UI is our own (pagefind's default UI would want `data:` icons), and a build test
 * fails on any `data:` URL in a page or stylesheet. There is no `'unsafe-inline'` anywhere.
 */

export type Directive =
  | 'default-src'
  | 'script-src'
  | 'style-src'
  | 'img-src'
  | 'font-src'
  | 'connect-src'
  | 'worker-src'
  | 'manifest-src'
  | 'object-src'
  | 'base-uri'
  | 'form-action'
  | 'frame-ancestors';

export const cspDirectives: ReadonlyArray<readonly [Directive, readonly string[]]> = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'"]],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
];

/** Directives a `<meta>` CSP ignores; they must be sent as a header. */
export const HEADER_ONLY: ReadonlySet<Directive> = new Set(['frame-ancestors']);

/** The policy as a header value. */
export function cspHeader(): string {
  return cspDirectives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Sources for `script-src`/`style-src`, to which Astro adds hashes in the meta policy. */
export function directiveSources(name: 'script-src' | 'style-src'): string[] {
  return [...(cspDirectives.find(([n]) => n === name)?.[1] ?? [])];
}

/** All other directives in the form Astro's `security.csp.directives` expects. */
export function metaDirectives(): string[] {
  return cspDirectives
    .filter(([name]) => name !== 'script-src' && name !== 'style-src' && !HEADER_ONLY.has(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`);
}
