import { describe, expect, it } from 'vitest';
import { pageUrl, paginate } from '../../src/lib/paginate.ts';

describe('paginate', () => {
  it('puts page 1 at the list URL and later pages under pagina/N/', () => {
    expect(pageUrl('/artikelen/', 1)).toBe('/artikelen/');
    expect(pageUrl('/artikelen/', 3)).toBe('/artikelen/pagina/3/');
  });

  it('splits items and links neighbours', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, '/artikelen/');
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages[0]).toMatchObject({
      number: 1,
      total: 3,
      previousUrl: undefined,
      nextUrl: '/artikelen/pagina/2/',
    });
    expect(pages[2]).toMatchObject({
      number: 3,
      previousUrl: '/artikelen/pagina/2/',
      nextUrl: undefined,
    });
  });

  it('yields one empty page for an empty list', () => {
    expect(paginate([], 10, '/x/')).toEqual([
      { number: 1, total: 1, items: [], url: '/x/', previousUrl: undefined, nextUrl: undefined },
    ]);
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0, '/x/')).toThrow(RangeError);
  });
});
