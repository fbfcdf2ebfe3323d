/**
 * Pagination for list pages. Page 1 lives at the list's own URL (`/artikelen/`), later pages at
 * `/artikelen/pagina/N/`, so an article slug can never collide with a page number.
 */
import { listPage } from '../routes.ts';

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages in all. */
  total: number;
  items: T[];
  url: string;
  previousUrl: string | undefined;
  nextUrl: string | undefined;
}

/** URL of page `n` of the list at `base` (which ends in a slash); the rule lives in the route table. */
export const pageUrl: (base: string, n: number) => string = listPage;

/** Splits `items` into pages of `size`; an empty list still yields one (empty) page. */
export function paginate<T>(items: readonly T[], size: number, base: string): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      number,
      total,
      items: items.slice(i * size, number * size),
      url: pageUrl(base, number),
      previousUrl: number > 1 ? pageUrl(base, number - 1) : undefined,
      nextUrl: number < total ? pageUrl(base, number + 1) : undefined,
    };
  });
}
