/** The taxonomy: three YAML lists that articles refer to by id. */
import { entryList } from '../entry-folder.ts';

export const authorsLoader = entryList('./content/authors.yaml');
export const seriesLoader = entryList('./content/series.yaml');
export const tagsLoader = entryList('./content/tags.yaml');
