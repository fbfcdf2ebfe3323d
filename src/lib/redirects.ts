/**
 * Old site paths of renamed pages and where they went. `astro.config.mjs` passes this map to
 * Astro's `redirects`, which writes a small forwarding page at each old path in a static build
 * (meta refresh, `noindex`, canonical link to the new page). Those stubs are not site pages:
 * they have no header, footer or CSP of their own, are left out of the sitemap and search, and
 * the page checks in the tests skip them (`tests/helpers/dist.ts`). A server that can answer
 * with a real 301 should do so for these paths as well.
 */
import { paths } from '../routes.ts';

export const REDIRECTS: Readonly<Record<string, string>> = {
  // Microsoft renamed the licence Phone System to Teams Phone (fact sheet §5 B.8); the term page followed.
  [paths.term('phone-system')]: paths.term('teams-phone'),
};
