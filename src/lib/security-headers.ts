/**
 * The HTTP response headers every response carries, written once. `scripts/serve.ts` sends
 * them locally; the deploy configs are rendered from this module so production sends the same.
 */
import { cspHeader } from './csp.ts';

/** Kind of response, for the few headers that differ per resource type. */
export type ResourceKind = 'document' | 'shared';

export const HSTS = 'max-age=31536000';

/** Headers for every response. HSTS is only meaningful (and only sent) over HTTPS. */
export function securityHeaders(kind: ResourceKind, { https = true } = {}): Record<string, string> {
  return {
    'Content-Security-Policy': cspHeader(),
    ...(https ? { 'Strict-Transport-Security': HSTS } : {}),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Documents stay same-origin; images, the feed and fonts may be embedded or fetched by
    // feed readers and other sites.
    'Cross-Origin-Resource-Policy': kind === 'document' ? 'same-origin' : 'cross-origin',
  };
}

/**
 * Paths other sites may embed or fetch (images, fonts, the feed and sitemaps). The regex is
 * also written into the nginx `map` (case-insensitive), so keep it PCRE-compatible.
 */
export const SHARED_PATH = /\.(?:avif|gif|ico|jpe?g|png|svg|webp|woff2?|xml)$/i;

/** Which kind a path is: images, fonts and feeds are shared, everything else is a document. */
export function resourceKind(path: string): ResourceKind {
  return SHARED_PATH.test(path) ? 'shared' : 'document';
}

/** Files whose names carry a content hash: Astro's build output. Also written into nginx. */
export const IMMUTABLE_PATH = /^\/_astro\//;

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else (HTML, feed, sitemap, pagefind's entry files, favicon) may be stored but is
 * revalidated on every use: ETag/Last-Modified make that a cheap 304.
 */
export const CACHE_REVALIDATE = 'no-cache';
