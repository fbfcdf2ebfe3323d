/** /reeks/<id>/rss.xml: the published parts of one series, full text, like /rss.xml. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, getFeeds } from '../../../collections/articles/feeds.ts';

export const getStaticPaths = (async () =>
  (await getFeeds())
    .filter((f) => f.kind === 'series')
    .map((feed) => ({ params: { series: feed.id }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => feedResponse(props.feed);
