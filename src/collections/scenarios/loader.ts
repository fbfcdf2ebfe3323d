/** The scenarios, one Markdown file each, directly in `content/scenarios/`; the file name is the id. */
import { entryFolder } from '../entry-folder.ts';

export const scenariosLoader = entryFolder('scenarios', '.md', { flat: true });
