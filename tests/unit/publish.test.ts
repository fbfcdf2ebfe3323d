import { describe, expect, it } from 'vitest';
import { isVisible, publishStatus } from '../../src/lib/publish.ts';

const now = new Date('2026-11-28T12:00:00Z');
const day = 24 * 60 * 60 * 1000;

describe('publication rules', () => {
  it('publishes an article dated today or earlier', () => {
    expect(publishStatus({ draft: false, pubDate: new Date('2026-11-28T00:00:00Z') }, now)).toBe(
      'published',
    );
    expect(publishStatus({ draft: false, pubDate: new Date('2020-10-01T00:00:00Z') }, now)).toBe(
      'published',
    );
  });

  it('schedules an article dated in the future', () => {
    expect(publishStatus({ draft: false, pubDate: new Date(now.getTime() + day) }, now)).toBe(
      'scheduled',
    );
  });

  it('keeps a draft a draft whatever its date', () => {
    expect(publishStatus({ draft: true, pubDate: new Date('2020-10-01') }, now)).toBe('draft');
    expect(publishStatus({ draft: true, pubDate: new Date(now.getTime() + day) }, now)).toBe(
      'draft',
    );
  });

  it('shows only published articles in production and everything in preview', () => {
    const draft = { draft: true, pubDate: new Date('2020-10-01') };
    const future = { draft: false, pubDate: new Date(now.getTime() + day) };
    const published = { draft: false, pubDate: new Date('2020-10-01') };
    expect([draft, future, published].map((a) => isVisible(a, now, 'production'))).toEqual([
      false,
      false,
      true,
    ]);
    expect([draft, future, published].map((a) => isVisible(a, now, 'preview'))).toEqual([
      true,
      true,
      true,
    ]);
  });
});
