/** `/.well-known/security.txt` (RFC 9116), with `Expires` counted from the build. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../lib/seo.ts';
import { securityTxt } from '../../lib/security-txt.ts';
import { site } from '../../site.config.ts';
import { paths } from '../../routes.ts';

export const GET: APIRoute = () =>
  new Response(
    securityTxt({
      contacts: [site.securityContact],
      canonical: absoluteUrl(paths.securityTxt(), site.url),
      preferredLanguages: ['nl', 'en'],
      now: new Date(),
      expiresAfterDays: site.securityTxtExpiresAfterDays,
    }),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
