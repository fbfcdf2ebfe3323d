/**
 * URL slugs from Dutch titles: "Überhaupt: Teams & GT Connect 2 🚀" → "uberhaupt-teams-en-gt-connect-2".
 */

const MAX_LENGTH = 80;

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // diacritics: é → e, ü → u
    .replace(/&/g, ' en ')
    .replace(/['’‘`]/g, '') // apostrophes join words: "scenario's" → "scenarios"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut.slice(0, MAX_LENGTH)).replace(/-+$/, '');
}
