/**
 * Content collections: where content lives and the schema it must meet. The knowledge-base
 * types (glossary, scenarios, quiz, timeline) each keep their loader, schema, checks and data
 * access in `src/collections/<type>/`; articles and their taxonomy (authors, series, tags) are
 * in `src/lib/content/schemas.ts` and `src/data/`. The content checker reads the same schemas
 * before this file is loaded.
 */
import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { entryFolder } from './collections/entry-folder.ts';
import { glossaryLoader } from './collections/glossary/loader.ts';
import { quizLoader } from './collections/quiz/loader.ts';
import { scenariosLoader } from './collections/scenarios/loader.ts';
import { timelineLoader } from './collections/timeline/loader.ts';
import { glossarySchema } from './collections/glossary/schema.ts';
import { quizQuestionSchema } from './collections/quiz/schema.ts';
import { scenarioSchema } from './collections/scenarios/schema.ts';
import { articleSchema, authorSchema, seriesSchema, tagSchema } from './lib/content/schemas.ts';
import { timelineEventSchema } from './collections/timeline/schema.ts';

const articles = defineCollection({
  loader: entryFolder('articles', '.mdx'),
  schema: ({ image }) => articleSchema(reference, image),
});

const authors = defineCollection({ loader: file('./content/authors.yaml'), schema: authorSchema });
const series = defineCollection({ loader: file('./content/series.yaml'), schema: seriesSchema });
const tags = defineCollection({ loader: file('./content/tags.yaml'), schema: tagSchema });

// The knowledge base: each type's loader, schema, checks, data access live in src/collections/<type>/.
const scenarios = defineCollection({ loader: scenariosLoader, schema: scenarioSchema });
const scenariokompas = defineCollection({ loader: quizLoader, schema: quizQuestionSchema });
const glossary = defineCollection({ loader: glossaryLoader, schema: glossarySchema });
const timeline = defineCollection({ loader: timelineLoader, schema: timelineEventSchema });

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
