/** Articles: one MDX file each in `content/articles/` (subfolders allowed); the file name is the slug. */
import { entryFolder } from '../entry-folder.ts';

export const articlesLoader = entryFolder('articles', '.mdx');
