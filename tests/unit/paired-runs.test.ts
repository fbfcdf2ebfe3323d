/** The bench's paired statistics (scripts/lib/paired-runs.ts) and GNU time's line. */
import { describe, expect, it } from 'vitest';
import {
  TARGETS,
  againstTarget,
  median,
  medianRatio,
  pairOrder,
} from '../../scripts/lib/paired-runs.ts';
import { parseGnuTime } from '../../scripts/lib/timed-build.ts';

describe('pairOrder', () => {
  it('lets the sides take turns going first', () => {
    expect([0, 1, 2, 3].map(pairOrder)).toEqual([
      ['site', 'bare'],
      ['bare', 'site'],
      ['site', 'bare'],
      ['bare', 'site'],
    ]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('is NaN for no values or a missing one', () => {
    expect(median([])).toBeNaN();
    expect(median([1, Number.NaN, 2])).toBeNaN();
  });
});

describe('medianRatio', () => {
  it('is the median of the per-pair ratios, not the ratio of the medians', () => {
    // Drift: the third pair ran on a busy machine, both sides slower.
    const pairs = [
      { site: 20, bare: 10 },
      { site: 22, bare: 10 },
      { site: 60, bare: 40 },
    ];
    expect(medianRatio(pairs, (seconds) => seconds)).toBe(2);
    expect(median(pairs.map((p) => p.site)) / median(pairs.map((p) => p.bare))).toBe(2.2);
  });
});

describe('againstTarget', () => {
  it("says where a ratio stands against the issue's targets", () => {
    expect(againstTarget(1.88, TARGETS.wallRatio, TARGETS.wallRatioAim)).toBe(
      '1.88× (target ≤ 1.5×, aim 1.3×: over)',
    );
    expect(againstTarget(1.4, TARGETS.wallRatio, TARGETS.wallRatioAim)).toBe(
      '1.40× (target ≤ 1.5×, aim 1.3×: within)',
    );
    expect(againstTarget(1.25, TARGETS.wallRatio, TARGETS.wallRatioAim)).toBe(
      '1.25× (target ≤ 1.5×, aim 1.3×: within the aim)',
    );
    expect(againstTarget(1.13, TARGETS.peakRatio)).toBe('1.13× (target ≤ 1.1×: over)');
    expect(againstTarget(1.05, TARGETS.peakRatio)).toBe('1.05× (target ≤ 1.1×: within)');
    expect(againstTarget(Number.NaN, TARGETS.peakRatio)).toBe('n/a');
  });
});

describe('parseGnuTime', () => {
  it("reads wall, user + sys and max RSS from `-f '%e %U %S %M'`", () => {
    expect(parseGnuTime('10.54 5.20 1.17 725620\n')).toEqual({
      wallSeconds: 10.54,
      cpuSeconds: 5.2 + 1.17,
      peakMb: 725620 / 1024,
    });
  });

  it('skips the line GNU time adds for a failed command', () => {
    expect(
      parseGnuTime('Command exited with non-zero status 1\n2.01 1.50 0.20 300000\n')?.wallSeconds,
    ).toBe(2.01);
    expect(parseGnuTime('')).toBeUndefined();
  });
});
