/**
 * RSS 2.0 with full article text. Written by hand rather than through a feed library so that
 * the article HTML goes into `content:encoded` as CDATA: entity-escaping HTML inside XML would
 * double every `&amp;`, which some readers then show literally.
 */
import { toRfc822 } from './dates.ts';

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Absolute URL of the feed itself, for `atom:link rel="self"`. */
  feedUrl: string;
  language: string;
}

export interface FeedItem {
  title: string;
  /** Absolute permalink; also the GUID, so it stays stable as long as the slug does. */
  url: string;
  /** Plain-text summary. */
  description: string;
  /** Full article HTML with absolute URLs (see `feedHtml`). */
  html: string;
  pubDate: Date;
  updatedDate?: Date | undefined;
  author: string;
  categories: readonly string[];
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML element content and attribute values. Drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the control characters XML 1.0 forbids.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!)
  );
}

/** Wraps text in CDATA; a `]]>` inside is split across two sections so it cannot end the block. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

/** The complete feed document. Items are written in the order given (newest first expected). */
export function renderRss(channel: FeedChannel, items: readonly FeedItem[]): string {
  const newest = items.reduce<Date | undefined>((latest, item) => {
    const date = item.updatedDate ?? item.pubDate;
    return !latest || date > latest ? date : latest;
  }, undefined);
  const head = [
    element('title', channel.title),
    element('link', channel.siteUrl),
    element('description', channel.description),
    element('language', channel.language),
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [element('lastBuildDate', toRfc822(newest))] : []),
  ];
  const body = items.map((item) =>
    [
      '<item>',
      element('title', item.title),
      element('link', item.url),
      `<guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      element('pubDate', toRfc822(item.pubDate)),
      element('dc:creator', item.author),
      ...item.categories.map((c) => element('category', c)),
      element('description', item.description),
      `<content:encoded>${cdata(item.html)}</content:encoded>`,
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<channel>${head.join('')}`,
    ...body,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
