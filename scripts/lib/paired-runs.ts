/**
 * Paired measurements for `npm run bench`: the site and the bare blog are built in pairs, and
 * the sides take turns going first, so a machine that slows down or speeds up during the run
 * (another build starting beside it, the page cache filling) weighs on both sides alike. The
 * figure that counts is the median of the per-pair ratios, which a single disturbed pair
 * cannot move the way it moves a ratio of two medians.
 */

export type Side = 'site' | 'bare';

/** Which side builds first in pair `index` (0-based): the site, then the bare blog, in turn. */
export function pairOrder(index: number): [Side, Side] {
  return index % 2 === 0 ? ['site', 'bare'] : ['bare', 'site'];
}

/** The median; NaN for no values (or if any value is NaN, which is what a missing figure is). */
export function median(values: readonly number[]): number {
  if (values.length === 0 || values.some(Number.isNaN)) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Pair<T> {
  site: T;
  bare: T;
}

/** The median over the pairs of `figure(site) / figure(bare)`. */
export function medianRatio<T>(pairs: readonly Pair<T>[], figure: (run: T) => number): number {
  return median(pairs.map((pair) => figure(pair.site) / figure(pair.bare)));
}

/** The issue-11 targets for the build's cost, printed next to the figures (never enforced). */
export const TARGETS = {
  /** Full build over bare blog, wall time: at most this. */
  wallRatio: 1.5,
  /** What to aim for. */
  wallRatioAim: 1.3,
  /** Peak memory over the bare blog's: at most this (bare + 10 %). */
  peakRatio: 1.1,
} as const;

/** A measured ratio against its target, as information: "1.88× (target ≤ 1.5×, aim 1.3×: over)". */
export function againstTarget(ratio: number, limit: number, aim?: number): string {
  if (Number.isNaN(ratio)) return 'n/a';
  const verdict =
    ratio <= (aim ?? limit)
      ? aim === undefined
        ? 'within'
        : 'within the aim'
      : ratio <= limit
        ? 'within'
        : 'over';
  return `${ratio.toFixed(2)}× (target ≤ ${limit}×${aim === undefined ? '' : `, aim ${aim}×`}: ${verdict})`;
}
