/** Begrippen: one Markdown file per term, directly in `content/glossary/`; the file name is the id and the address. */
import { entryFolder } from '../entry-folder.ts';

export const glossaryLoader = entryFolder('glossary', '.md', { flat: true });
