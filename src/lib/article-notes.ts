/**
 * The notes around an article's text that say how current it is: "Bijgewerkt op …: wat er
 * veranderde" (frontmatter `updatedDate` + `updateNote`) and "Wat wij niet konden controleren"
 * (`unverified`), next to the editor's note. Shown above the text on the page and at the top of
 * the feed item, never inside the text itself. Plain text in, escaped HTML out.
 */
import { formatDateNl } from './dates.ts';
import { editorNoteHtml } from './editor-note.ts';

export const UPDATE_NOTE_LABEL = 'Bijgewerkt op';
export const UNVERIFIED_TITLE = 'Wat wij niet konden controleren';
/** One line under the list, so a reader knows what the box means and what to do. */
export const UNVERIFIED_FOOTER =
  'Wij brengen deze punten niet als feit. Weet u een openbare bron? Laat het de redactie weten.';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** "Bijgewerkt op 2 december 2026: <note>" as one line of plain text. */
export function updateNoteText(updatedDate: Date, note: string): string {
  return `${UPDATE_NOTE_LABEL} ${formatDateNl(updatedDate)}: ${note.replace(/\s+/g, ' ').trim()}`;
}

/** The latest of the given days: JSON-LD `dateModified` is the last update or the last check. */
export function latestDate(...dates: (Date | undefined)[]): Date | undefined {
  return dates.reduce<Date | undefined>(
    (latest, date) => (date && (!latest || date.getTime() > latest.getTime()) ? date : latest),
    undefined,
  );
}

export interface ArticleNotes {
  editorNote?: string | undefined;
  updatedDate?: Date | undefined;
  updateNote?: string | undefined;
  unverified?: readonly string[] | undefined;
}

/**
 * The notes as HTML for a feed item, which has no stylesheet: titled blocks before the text, in
 * the order of the page (update, editor's note, unverified claims).
 */
export function articleNotesHtml(notes: ArticleNotes): string {
  const parts: string[] = [];
  if (notes.updatedDate && notes.updateNote)
    parts.push(
      `<p><strong>${escapeHtml(updateNoteText(notes.updatedDate, notes.updateNote))}</strong></p>`,
    );
  if (notes.editorNote) parts.push(editorNoteHtml(notes.editorNote));
  if (notes.unverified?.length) {
    const items = notes.unverified.map((item) => `<li>${escapeHtml(item)}</li>`).join('');
    parts.push(
      `<aside><p><strong>${UNVERIFIED_TITLE}</strong></p><ul>${items}</ul><p>${escapeHtml(UNVERIFIED_FOOTER)}</p></aside>`,
    );
  }
  return parts.join('');
}
