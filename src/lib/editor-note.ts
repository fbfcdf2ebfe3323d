/**
 * "Noot van de redactie": a short plain-text note an editor puts above an article (frontmatter
 * `editorNote`). Shown on the page and at the top of the feed item, never inside the text.
 */

export const EDITOR_NOTE_TITLE = 'Noot van de redactie';

/**
 * The note's paragraphs: one per line of the value. Written as YAML `editorNote: >-`, wrapped
 * lines fold into one line and a blank line becomes a line break, so an editor separates
 * paragraphs with a blank line, as everywhere else.
 */
export function editorNoteParagraphs(note: string): string[] {
  return note
    .split(/\n+/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The note as HTML for a feed item, which has no stylesheet: a titled block before the text. */
export function editorNoteHtml(note: string): string {
  const paragraphs = editorNoteParagraphs(note)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
  return `<aside><p><strong>${EDITOR_NOTE_TITLE}</strong></p>${paragraphs}</aside>`;
}
