/** The questions of the scenariokompas, one YAML list. Its references are verified by `check.ts` before this loads. */
import { entryList } from '../entry-folder.ts';

export const quizLoader = entryList('./content/scenariokompas.yaml');
