/**
 * Pages that exist whatever the content is. Content checkers add the routes their collections
 * generate (articles, topics, terms, scenarios …) to `CheckContext.routes`; together they are
 * what an internal link in content may point to. A new fixed page registers itself here.
 */
export const STATIC_ROUTES: readonly string[] = [
  '/',
  '/toegankelijkheid/',
  '/.well-known/security.txt',
  '/artikelen/',
  '/onderwerpen/',
  '/reeks/',
  '/over/',
  '/zoeken/',
  '/scenariokompas/',
  '/rss.xml',
  '/volgen/',
  '/sitemap-index.xml',
  '/kennisbank/',
  '/kennisbank/begrippen/',
  '/kennisbank/tijdlijn/',
];
