/**
 * Topic pages: one paginated list per topic (onderwerp) that has visible articles. Page 1 is
 * /onderwerpen/<id>/, later pages /onderwerpen/<id>/pagina/N/, like the article list.
 */
import { paginate, type Page } from '../../lib/paginate.ts';
import { site } from '../../site.config.ts';
import { getArticles, type Article } from '../articles/data.ts';
import { getTags } from './data.ts';
import { paths } from '../../routes.ts';

export interface TopicPage {
  id: string;
  label: string;
  description: string;
  /** Visible articles with this topic, in all. */
  total: number;
  page: Page<Article>;
}

let topicPages: Promise<TopicPage[]> | undefined;

/** Every page of every topic that has at least one visible article: no empty pages. */
export function getTopicPages(): Promise<TopicPage[]> {
  topicPages ??= Promise.all([getArticles(), getTags()]).then(([articles, tags]) =>
    [...tags].flatMap(([id, tag]) => {
      const tagged = articles.filter((a) => a.tags.includes(id));
      if (tagged.length === 0) return [];
      return paginate(tagged, site.pageSize, paths.topic(id)).map((page) => ({
        id,
        label: tag.label,
        description: tag.description,
        total: tagged.length,
        page,
      }));
    }),
  );
  return topicPages;
}
