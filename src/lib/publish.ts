/**
 * Publication rules: the single definition of "may this article be seen?".
 * Production builds show only articles that are not drafts and whose date has come;
 * `npm run dev` (preview mode) shows everything, marked with its status.
 */

export interface PublishFields {
  draft: boolean;
  pubDate: Date;
}

export type PublishStatus = 'published' | 'draft' | 'scheduled';

export type PublishMode = 'production' | 'preview';

/** The status an article has at `now`. A draft stays a draft whatever its date. */
export function publishStatus(fields: PublishFields, now: Date): PublishStatus {
  if (fields.draft) return 'draft';
  return fields.pubDate.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** Whether an article belongs in the output built in `mode` at `now`. */
export function isVisible(fields: PublishFields, now: Date, mode: PublishMode): boolean {
  return mode === 'preview' || publishStatus(fields, now) === 'published';
}
