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

/**
 * A folder of entry files: `_` files are partials or notes, never entries. The id is the file
 * name without extension, unchanged: the file name *is* the URL, and the content checker rejects
 * names that are not valid slugs (or clash) instead of letting Astro rewrite them silently.
 * `flat`: only the files directly in the folder are entries (glossary, scenarios); the checker
 * refuses a file in a subfolder with a line saying so (`EntryKind.flatIn`), so no reader of the
 * folder can see a term the others miss.
 */
function entryFolder(folder: string, extension: '.md' | '.mdx', { flat = false } = {}) {
  return glob({
    base: `./content/${folder}`,
    pattern: `${flat ? '' : '**/'}[^_]*${extension}`,
    generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1).slice(0, -extension.length),
  });
}

const articles = defineCollection({
  loader: entryFolder('articles', '.mdx'),
  schema: ({ image }) => articleSchema(reference, image),
});

const authors = defineCollection({ loader: file('./content/authors.yaml'), schema: authorSchema });
const series = defineCollection({ loader: file('./content/series.yaml'), schema: seriesSchema });
const tags = defineCollection({ loader: file('./content/tags.yaml'), schema: tagSchema });

// The scenarios a municipality can choose; the file name is the id (`/kennisbank/scenarios/<id>/`).
const scenarios = defineCollection({
  loader: entryFolder('scenarios', '.md', { flat: true }),
  schema: scenarioSchema,
});

// The questions of the scenario quiz, in reading order. References to scenarios, articles and
// terms are verified by the content checker (src/lib/quiz/validate.ts) before this loads.
const scenariokompas = defineCollection({
  loader: file('./content/scenariokompas.yaml'),
  schema: quizQuestionSchema,
});

/** Begrippen: one Markdown file per term; the file name is the id and the URL (/kennisbank/begrippen/<id>/). */
const glossary = defineCollection({
  loader: entryFolder('glossary', '.md', { flat: true }),
  schema: glossarySchema,
});

/** The GT Connect timeline: one list of dated, sourced events. */
const timeline = defineCollection({
  loader: file('./content/timeline.yaml'),
  schema: timelineEventSchema,
});

export const collections = {
  articles,
  authors,
  series,
  tags,
  scenarios,
  scenariokompas,
  glossary,
  timeline,
};
