/** Image rules for the budgets: explicit dimensions (no layout shift) and a modern format. */
export function imageProblems(doc: Document): string[] {
  const problems: string[] = [];
  for (const img of doc.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (
      !/^\d+$/.test(img.getAttribute('width') ?? '') ||
      !/^\d+$/.test(img.getAttribute('height') ?? '')
    )
      problems.push(`${src} lacks width/height`);
    const sources = [...(img.closest('picture')?.querySelectorAll('source') ?? [])];
    const modern =
      /\.(avif|webp|svg)(\?|$)/i.test(src) ||
      sources.some((s) => /image\/(avif|webp)/.test(s.getAttribute('type') ?? ''));
    if (!modern) problems.push(`${src} is not AVIF, WebP or SVG`);
  }
  return problems;
}
