/** Authors, series and tags, looked up by id. Unknown ids cannot occur: the content checker fails the build first. */
import { getCollection, type CollectionEntry } from 'astro:content';

type Lookup<C extends 'authors' | 'series' | 'tags'> = Map<string, CollectionEntry<C>['data']>;

async function lookup<C extends 'authors' | 'series' | 'tags'>(collection: C): Promise<Lookup<C>> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return new Map(entries.map((e) => [e.id, e.data]));
}

let authors: Promise<Lookup<'authors'>> | undefined;
let series: Promise<Lookup<'series'>> | undefined;
let tags: Promise<Lookup<'tags'>> | undefined;

export const getAuthors = () => (authors ??= lookup('authors'));
export const getSeriesList = () => (series ??= lookup('series'));
export const getTags = () => (tags ??= lookup('tags'));

function required<T>(map: Map<string, T>, id: string, kind: string): T {
  const value = map.get(id);
  if (value === undefined)
    throw new Error(`Unknown ${kind} "${id}" (the content checker should have caught this)`);
  return value;
}

export async function getAuthor(id: string) {
  return required(await getAuthors(), id, 'author');
}
export async function getSeries(id: string) {
  return required(await getSeriesList(), id, 'series');
}
export async function getTag(id: string) {
  return required(await getTags(), id, 'tag');
}
