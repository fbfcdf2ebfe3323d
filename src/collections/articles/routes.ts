/** The addresses of articles: the list, its later pages and one page per article. */
import { PAGE_SEGMENT, defineRoutes } from '../../lib/route-definition.ts';

export const articleRoutes = defineRoutes({
  articleList: {
    name: 'article list',
    kind: 'page',
    source: 'artikelen/index.astro',
    path: () => '/artikelen/',
  },
  articleListPage: {
    name: 'article list, page N',
    kind: 'page',
    source: 'artikelen/pagina/[page].astro',
    params: [{ name: 'page', kind: 'number' }],
    path: (page: number) => `/artikelen/${PAGE_SEGMENT}/${page}/`,
  },
  article: {
    name: 'article',
    kind: 'page',
    source: 'artikelen/[slug].astro',
    params: [{ name: 'slug', kind: 'segment' }],
    noun: 'artikel',
    search: 'artikel',
    path: (slug: string) => `/artikelen/${slug}/`,
  },
});
