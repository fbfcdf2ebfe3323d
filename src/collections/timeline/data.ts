/** The GT Connect timeline, loaded once per build and in date order. */
import { getCollection } from 'astro:content';
import type { TimelineEventData } from './schema.ts';
import { sortTimeline } from '../../lib/timeline.ts';

export interface TimelineEvent extends Omit<TimelineEventData, 'id'> {
  id: string;
}

let timeline: Promise<TimelineEvent[]> | undefined;

/** Every event, ordered by `sortTimeline` (mixed precision: see `comparePartialDates`). */
export function getTimeline(): Promise<TimelineEvent[]> {
  timeline ??= getCollection('timeline').then((entries) =>
    sortTimeline(entries.map((entry) => ({ ...entry.data, id: entry.id }))),
  );
  return timeline;
}
