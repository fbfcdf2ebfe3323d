/** The taxonomy: three YAML lists that articles refer to by id. */
import { file } from 'astro/loaders';

export const authorsLoader = file('./content/authors.yaml');
export const seriesLoader = file('./content/series.yaml');
export const tagsLoader = file('./content/tags.yaml');
