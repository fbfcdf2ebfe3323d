/**
 * Content collections: where content lives and the schema it must meet. Each content type keeps
 * its loader, schema, checks and data access in `src/collections/<type>/`; this file only puts
 * each loader and schema together. The content checker reads the same schemas; every loader waits
 * for its verdict before it reads a file (`src/collections/entry-folder.ts`).
 */
import { defineCollection, reference } from 'astro:content';
import { articlesLoader } from './collections/articles/loader.ts';
import { articleSchema, imagePath, withCoverImage } from './collections/articles/schema.ts';
import { glossaryLoader } from './collections/glossary/loader.ts';
import { glossarySchema } from './collections/glossary/schema.ts';
import { quizLoader } from './collections/quiz/loader.ts';
import { quizQuestionSchema } from './collections/quiz/schema.ts';
import { scenariosLoader } from './collections/scenarios/loader.ts';
import { scenarioSchema } from './collections/scenarios/schema.ts';
import { authorsLoader, seriesLoader, tagsLoader } from './collections/taxonomy/loader.ts';
import { authorSchema, seriesSchema, tagSchema } from './collections/taxonomy/schema.ts';
import { timelineLoader } from './collections/timeline/loader.ts';
import { timelineEventSchema } from './collections/timeline/schema.ts';

// Astro's reference() and image() here; the checker passes plain id and path checks instead.
// The schema is built once; per file only the cover path goes through that file's image().
const sharedArticleSchema = articleSchema(reference, imagePath);
const articles = defineCollection({
  loader: articlesLoader,
  schema: ({ image }) => withCoverImage(sharedArticleSchema, image),
});
const authors = defineCollection({ loader: authorsLoader, schema: authorSchema });
const series = defineCollection({ loader: seriesLoader, schema: seriesSchema });
const tags = defineCollection({ loader: tagsLoader, schema: tagSchema });
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
