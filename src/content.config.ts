/**
 * Content collections: where content lives and the schema it must meet.
 * The schemas themselves (with a description of every field) are in `src/lib/content/schemas.ts`,
 * shared with the content checker that runs before this file is loaded.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, authorSchema, seriesSchema, tagSchema } from './lib/content/schemas.ts';

const articles = defineCollection({
  // `_` files are partials or notes, never articles. The id is the file name without
  // extension, unchanged: the file name *is* the URL, and the checker rejects names that are
  // not valid slugs instead of letting Astro rewrite them silently.
  loader: glob({
    base: './content/articles',
    pattern: '**/[^_]*.mdx',
    generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1).replace(/\.mdx$/, ''),
  }),
  schema: articleSchema(reference),
});

const authors = defineCollection({ loader: file('./content/authors.yaml'), schema: authorSchema });
const series = defineCollection({ loader: file('./content/series.yaml'), schema: seriesSchema });
const tags = defineCollection({ loader: file('./content/tags.yaml'), schema: tagSchema });

export const collections = { articles, authors, series, tags };
