/** The GT Connect timeline: one YAML list of dated, sourced events. */
import { entryList } from '../entry-folder.ts';

export const timelineLoader = entryList('./content/timeline.yaml');
