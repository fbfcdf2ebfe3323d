/** /rss.xml: every published article with its full text (see src/collections/articles/feeds.ts). */
import type { APIRoute } from 'astro';
import { feedResponse, getFeed } from '../collections/articles/feeds.ts';

export const GET: APIRoute = async () => feedResponse((await getFeed('site', ''))!);
