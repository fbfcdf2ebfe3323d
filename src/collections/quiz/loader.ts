/** The questions of the scenariokompas, one YAML list. Its references are verified by `check.ts` before this loads. */
import { file } from 'astro/loaders';

export const quizLoader = file('./content/scenariokompas.yaml');
