/**
 * Reads a built pagefind bundle without a browser. Pagefind 1.x stores its index files
 * gzipped, each starting with the signature `pagefind_dcd`; fragments are JSON (one page
 * each: url, indexed text, filters, meta), the word index and filters are CBOR, in which the
 * indexed words appear as plain UTF-8 strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from './dist.ts';

const SIGNATURE = 'pagefind_dcd';

export interface PagefindFragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: unknown[];
}

export interface PagefindIndex {
  entry: {
    version: string;
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  /** Every page in the index. */
  fragments: PagefindFragment[];
  /** All index, filter, meta and fragment files, decompressed, as one string: a word not in it cannot be found. */
  allText: string;
  /** Files of the bundle, relative to it. */
  files: string[];
}

function decompress(data: Buffer): Buffer {
  const plain =
    data.subarray(0, SIGNATURE.length).toString('latin1') === SIGNATURE ? data : gunzipSync(data);
  if (plain.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE)
    throw new Error('not a pagefind index file');
  return plain.subarray(SIGNATURE.length);
}

/** Reads `<dist>/pagefind/`. */
export function readPagefindIndex(dist: string): PagefindIndex {
  const root = join(dist, 'pagefind');
  const files = listFiles(root);
  const entry = JSON.parse(
    readFileSync(join(root, 'pagefind-entry.json'), 'utf8'),
  ) as PagefindIndex['entry'];
  const data = files.filter((f) => /\.pf_(?:fragment|index|filter|meta)$/.test(f));
  const decoded = new Map(
    data.map((f) => [f, decompress(readFileSync(join(root, f))).toString('utf8')]),
  );
  const fragments = [...decoded]
    .filter(([f]) => f.endsWith('.pf_fragment'))
    .flatMap(([, text]) => {
      const parsed = JSON.parse(text) as PagefindFragment | Record<string, PagefindFragment>;
      // Large sites bundle fragments into groups (an object of hash → fragment).
      return 'url' in parsed && typeof parsed.url === 'string'
        ? [parsed as PagefindFragment]
        : Object.values(parsed as Record<string, PagefindFragment>);
    });
  return { entry, fragments, allText: [...decoded.values()].join('\n'), files };
}
