/** The GT Connect timeline: one YAML list of dated, sourced events. */
import { file } from 'astro/loaders';

export const timelineLoader = file('./content/timeline.yaml');
