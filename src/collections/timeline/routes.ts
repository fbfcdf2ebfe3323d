/** The address of the timeline: one page with every event. */
import { defineRoutes } from '../../lib/route-definition.ts';

export const timelineRoutes = defineRoutes({
  timeline: {
    name: 'timeline',
    kind: 'page',
    source: 'kennisbank/tijdlijn/index.astro',
    search: 'tijdlijn',
    path: () => '/kennisbank/tijdlijn/',
  },
});
