import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { parseFrontmatter } from '../../src/lib/content/frontmatter.ts';
import {
  PLACEHOLDER,
  planNewArticle,
  type NewArticleRequest,
} from '../../src/lib/content/scaffold.ts';
import { article, sources, type SourceFile } from '../helpers/content-sources.ts';

const request: NewArticleRequest = {
  title: 'Teams & GT Connect 2: wat nu?',
  date: '2025-03-04',
  author: 'redactie',
};

function plan(existing: SourceFile[], overrides: Partial<NewArticleRequest> = {}) {
  return planNewArticle(checkContent(sources(existing)).context, { ...request, ...overrides });
}

describe('npm run new: the plan', () => {
  it('creates a draft at content/articles/<slug>.mdx that passes every check without a warning', () => {
    const result = plan([]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.path).toBe('content/articles/teams-en-gt-connect-2-wat-nu.mdx');
    const { problems, context } = checkContent(
      sources([{ path: result.path, source: result.source }]),
    );
    expect(problems).toEqual([]);
    expect(context.articles[0]?.data).toMatchObject({
      title: request.title,
      description: '',
      draft: true,
      tags: [],
      author: 'redactie',
    });
    expect(context.articles[0]?.data?.pubDate.toISOString()).toBe('2025-03-04T00:00:00.000Z');
  });

  it('keeps a title with quotes, a colon, markup and emoji exactly', () => {
    const title = 'Beleid & "praktijk": <Wmo> 🚀 \\ klaar';
    const result = plan([], { title });
    if (!result.ok) throw new Error(result.reason);
    expect(parseFrontmatter(result.source).data?.['title']).toBe(title);
    expect(result.slug).toBe('beleid-en-praktijk-wmo-klaar');
  });

  it('has a body skeleton with ## headings, a Bronnen section and the placeholder that blocks publishing', () => {
    const result = plan([]);
    if (!result.ok) throw new Error(result.reason);
    const body = parseFrontmatter(result.source).body;
    expect(body.match(/^#+ .*$/gm)).toEqual(['## Eerste tussenkop', '## Bronnen']);
    expect(body).toContain(PLACEHOLDER);
    const published = result.source.replace('draft: true', 'draft: false');
    const problems = checkContent(sources([{ path: result.path, source: published }])).problems;
    expect(problems.filter((p) => p.message.includes(PLACEHOLDER))).toHaveLength(3);
  });

  it('gives the next free part number of a series', () => {
    const result = plan([article('een'), article('drie', { seriesPart: '3' })], {
      series: 'gt-connect',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.seriesPart).toBe(4);
    expect(parseFrontmatter(result.source).data).toMatchObject({
      series: 'gt-connect',
      seriesPart: 4,
    });
  });

  it('refuses a slug that exists, also in a subfolder, and names the file', () => {
    const existing = {
      ...article('teams-en-gt-connect-2-wat-nu'),
      path: 'content/articles/2021/teams-en-gt-connect-2-wat-nu.mdx',
    };
    expect(plan([existing])).toEqual({
      ok: false,
      reason:
        'Er bestaat al een artikel met het webadres /artikelen/teams-en-gt-connect-2-wat-nu/: content/articles/2021/teams-en-gt-connect-2-wat-nu.mdx. Twee artikelen kunnen niet hetzelfde adres hebben. Kies een andere titel (bijvoorbeeld met een deel of jaartal erin), of open het bestaande bestand.',
    });
  });

  it('refuses an unknown series with a suggestion, and a title without letters or digits', () => {
    expect(plan([], { series: 'gtconnect' })).toEqual({
      ok: false,
      reason: 'De reeks "gtconnect" staat niet in content/series.yaml. Bedoelt u "gt-connect"?',
    });
    expect(plan([], { title: '🚀 🚀' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('kan geen webadres gemaakt worden'),
    });
    expect(plan([], { title: '  ' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('De titel is leeg'),
    });
  });
});
