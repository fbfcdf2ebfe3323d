/** The addresses of the glossary: the A–Z list and one page per term. */
import { defineRoutes } from '../../lib/route-definition.ts';

export const glossaryRoutes = defineRoutes({
  glossary: {
    name: 'glossary',
    kind: 'page',
    source: 'kennisbank/begrippen/index.astro',
    path: () => '/kennisbank/begrippen/',
  },
  term: {
    name: 'glossary term',
    kind: 'page',
    source: 'kennisbank/begrippen/[term].astro',
    params: [{ name: 'term', kind: 'segment' }],
    noun: 'begrip',
    search: 'begrip',
    path: (term: string) => `/kennisbank/begrippen/${term}/`,
  },
});
