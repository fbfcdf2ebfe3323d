/**
 * The share cards the pages asked for while they were rendered, handed to the share-images
 * integration at the end of the build. Pages render in the same Node process as the build hooks,
 * but through Vite's module graph, so the two sides do not share module instances: the list
 * lives on `globalThis` under a registered symbol.
 */
import type { ShareCard } from './share-image.ts';

const KEY = Symbol.for('gt-connect.share-cards');

type Registry = Map<string, ShareCard>;

function registry(): Registry {
  const store = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (store[KEY] ??= new Map());
}

/** Called by BaseHead for every page that gets a generated preview; one card per image path. */
export function registerShareCard(imagePath: string, card: ShareCard): void {
  registry().set(imagePath, card);
}

/** Every card registered so far, by image path; `clearShareCards` empties the list. */
export function registeredShareCards(): ReadonlyMap<string, ShareCard> {
  return registry();
}

export function clearShareCards(): void {
  registry().clear();
}
