/** The address of the scenariokompas: one page with every question. */
import { defineRoutes } from '../../lib/route-definition.ts';

export const quizRoutes = defineRoutes({
  quiz: {
    name: 'scenario quiz',
    kind: 'page',
    source: 'scenariokompas.astro',
    path: () => '/scenariokompas/',
  },
});
