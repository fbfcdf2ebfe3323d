/** /onderwerpen/<id>/rss.xml: the published articles of one topic, full text, like /rss.xml. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, getFeeds } from '../../../collections/articles/feeds.ts';

// A topic without published articles has no page and no feed (src/lib/feed-list.ts).
export const getStaticPaths = (async () =>
  (await getFeeds())
    .filter((f) => f.kind === 'topic')
    .map((feed) => ({ params: { tag: feed.id }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => feedResponse(props.feed);
