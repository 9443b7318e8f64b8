import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLI_DIGITS } from '../../sim/cli/format';
import { formatSignificant } from '../../sim/significant';

const formatNumber = (x: number): string => formatSignificant(x, CLI_DIGITS);
import { oneLine } from '../../sim/text/oneLine';

describe('formatNumber', () => {
  it('is the contract rule (ten significant digits via toPrecision, no trailing zeros) for any double', () => {
    const rule = (x: number): string => (x === 0 ? '0' : String(Number(x.toPrecision(10))));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.double({ min: 1e-8, max: 1e11, noNaN: true }),
          fc.double({ min: -1e11, max: -1e-8, noNaN: true }),
          fc.integer(),
        ),
        (x) => {
          expect(formatNumber(x)).toBe(rule(x));
        },
      ),
      { seed: 20261125, numRuns: 50_000 },
    );
    for (const x of [
      0,
      -0,
      1,
      72,
      0.5,
      9_999_999_999,
      9_999_999_999.7,
      1e10,
      12345678901,
      0.1 + 0.2,
      1 / 3,
      1e-300,
      1.5e-7,
      0.000001,
      100.00000004,
      -2.5,
    ]) {
      expect(formatNumber(x)).toBe(rule(x));
    }
  });
});

describe('oneLine', () => {
  it('escapes every control character so a message stays one inert line', () => {
    expect(oneLine('a\nb\r\tc\u001b[31md\u0000\u007f\u009b\u2028')).toBe(
      'a\\nb\\r\\tc\\x1b[31md\\x00\\x7f\\x9b\\u2028',
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        // eslint-disable-next-line no-control-regex -- the property under test
        expect(oneLine(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('leaves ordinary text, accents and µ alone', () => {
    expect(oneLine('--dose-ug must be at least 0 µg, got -5 (café)')).toBe(
      '--dose-ug must be at least 0 µg, got -5 (café)',
    );
  });
});
