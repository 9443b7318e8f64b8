import { bignumber, type BigNumber, exp, multiply, subtract, divide } from 'mathjs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expDividedDifference } from '../../sim/math/dividedDifference';
import { expectClose } from '../support/expectClose';

/**
 * Independent truth: the textbook recursion evaluated in 64-digit decimal arithmetic (mathjs BigNumber),
 * where cancellation between close nodes costs nothing that matters.
 */
function referenceDividedDifference(nodes: number[], t: number): number {
  const b = (x: number): BigNumber => bignumber(x);
  const f = (x: number): BigNumber => exp(multiply(b(-x), b(t)) as BigNumber) as BigNumber;
  const dd = (lo: number, hi: number): BigNumber => {
    if (lo === hi) return f(nodes[lo]!);
    return divide(
      subtract(dd(lo + 1, hi), dd(lo, hi - 1)),
      subtract(b(nodes[hi]!), b(nodes[lo]!)),
    ) as BigNumber;
  };
  const signed = nodes.length % 2 === 1 ? dd(0, nodes.length - 1) : multiply(dd(0, nodes.length - 1), b(-1));
  return Number(signed);
}

describe('expDividedDifference', () => {
  it('is exp(-x t) for one node', () => {
    expect(expDividedDifference([0.7], 3)).toBe(Math.exp(-0.7 * 3));
  });

  it('gives the equal-rate limit t e^{-k t} (ka = ke)', () => {
    expectClose(expDividedDifference([0.5, 0.5], 4), 4 * Math.exp(-2), { rel: 1e-15 });
    // Three equal rates: t^2 e^{-k t} / 2.
    expectClose(expDividedDifference([0.5, 0.5, 0.5], 4), (16 * Math.exp(-2)) / 2, { rel: 1e-14 });
  });

  it('matches 64-digit arithmetic for well-separated and nearly coincident rates', () => {
    const cases: [number[], number][] = [
      [[1.72, 0.0102], 5],
      [[0.54, 0.462], 2],
      [[0.54, 0.54 * (1 + 1e-9)], 10],
      [[1.2, 0.0102, 0.0289], 48],
      [[0.3, 0.3000001, 0.2999999], 5],
      [[0.54, 0.462, 0.0289, 0], 24],
      [[0.0102, 0.0102 * (1 + 1e-7), 0.0289, 0], 1000],
    ];
    for (const [nodes, t] of cases) {
      expectClose(expDividedDifference(nodes, t), referenceDividedDifference(nodes, t), { rel: 1e-12 });
    }
  });

  it('matches 64-digit arithmetic for random rate chains (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ min: 0, max: 5, noNaN: true }), {
          minLength: 2,
          maxLength: 4,
          comparator: (a, b) => Math.abs(a - b) < 1e-9,
        }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        (nodes, t) => {
          const expected = referenceDividedDifference(nodes, t);
          const actual = expDividedDifference(nodes, t);
          // Absolute floor: values below 1e-300 of t^(n-1) are underflow territory, not accuracy.
          expectClose(actual, expected, { rel: 1e-10, abs: 1e-300 });
        },
      ),
      { numRuns: 150, seed: 20261125 },
    );
  });
});
