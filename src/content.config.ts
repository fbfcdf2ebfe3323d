/**
 * Content collections: where content lives and the schema it must meet.
 * The schemas themselves (with a description of every field) are in `src/lib/content/schemas.ts`,
 * shared with the content checker that runs before this file is loaded.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossarySchema } from './lib/content/glossary-schema.ts';
import { quizQuestionSchema } from './lib/content/quiz-schema.ts';
import { scenarioSchema } from './lib/content/scenario-schema.ts';
import { articleSchema, authorSchema, seriesSchema, tagSchema } from './lib/content/schemas.ts';
import { timelineEventSchema } from './lib/content/timeline-schema.ts';

const articles = defineCollection({
  // `_` files are partials or notes, never articles. The id is the file name without
  // extension, unchanged: the file name *is* the URL, and the checker rejects names that are
  // not valid slugs instead of letting Astro rewrite them silently.
  loader: glob({
    base: './content/articles',
    pattern: '**/[^_]*.mdx',
    generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1).replace(/\.mdx$/, ''),
  }),
  schema: ({ image }) => articleSchema(reference, image),
});

const authors = defineCollection({ loader: file('./content/authors.yaml'), schema: authorSchema });
const series = defineCollection({ loader: file('./content/series.yaml'), schema: seriesSchema });
const tags = defineCollection({ loader: file('./content/tags.yaml'), schema: tagSchema });

// The scenarios a municipality can choose; the file name is the id (`/kennisbank/scenarios/<id>/`).
const scenarios = defineCollection({
  loader: glob({
    base: './content/scenarios',
    pattern: '**/[^_]*.md',
    generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1).replace(/\.md$/, ''),
  }),
  schema: scenarioSchema,
});

// The questions of the scenario quiz, in reading order. References to scenarios, articles and
// terms are verified by the content checker (src/lib/quiz/validate.ts) before this loads.
const scenariokompas = defineCollection({ loader: file('./content/scenariokompas.yaml'), schema: quizQuestionSchema });

/** Begrippen: one Markdown file per term; the file name is the id and the URL (/kennisbank/begrippen/<id>/). */
const glossary = defineCollection({
  loader: glob({
    base: './content/glossary',
    pattern: '**/[^_]*.md',
    generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1).replace(/\.md$/, ''),
  }),
  schema: glossarySchema,
});

/** The GT Connect timeline: one list of dated, sourced events. */
const timeline = defineCollection({ loader: file('./content/timeline.yaml'), schema: timelineEventSchema });

export const collections = { articles, authors, series, tags, scenarios, scenariokompas, glossary, timeline };
