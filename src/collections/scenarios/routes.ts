/** The addresses of the scenarios: the overview and one page per scenario. */
import { defineRoutes } from '../../lib/route-definition.ts';

export const scenarioRoutes = defineRoutes({
  scenarioIndex: {
    name: 'scenario index',
    kind: 'page',
    source: 'kennisbank/scenarios/index.astro',
    path: () => '/kennisbank/scenarios/',
  },
  scenario: {
    name: 'scenario',
    kind: 'page',
    source: 'kennisbank/scenarios/[id].astro',
    params: [{ name: 'id', kind: 'segment' }],
    noun: 'scenario',
    search: 'scenario',
    path: (id: string) => `/kennisbank/scenarios/${id}/`,
  },
});
