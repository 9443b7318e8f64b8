/**
 * The byte writer (sim/text/csvBytes.ts) against the ECMAScript definition it must reproduce:
 * String(Number(x.toPrecision(d))) for data values and String(Number(x.toFixed(6))) for the app's times, for
 * random magnitudes and signs, exact ties at the last digit, subnormals, integers, -0 and non-finite values.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../sim/random/mulberry32';
import { ByteWriter, bytesText } from '../../sim/text/csvBytes';

/** Seeded, so a failure names a reproducible case. */
const rng = mulberry32;

const definition = (x: number, d: number): string => String(Number(x.toPrecision(d)));
const fixedDefinition = (x: number, f: number): string => String(Number(x.toFixed(f)));

/** Numbers of every kind a CSV meets, plus the hard ones. */
function cases(seed: number, count: number, digits: number): number[] {
  const random = rng(seed);
  const out: number[] = [0, -0, 1, -1, 5e-324, -5e-324, 2.2250738585072014e-308, Number.MAX_VALUE, NaN];
  out.push(Infinity, -Infinity, 1e-6, 9.9999995e-7, 1e21, 1e15, 999999999999999, 1e-7, 0.1, 0.3);
  for (let i = 0; i < count; i++) {
    const sign = random() < 0.5 ? -1 : 1;
    const kind = random();
    const e = Math.floor(random() * 44) - 22;
    if (kind < 0.4) out.push(sign * random() * 10 ** e);
    else if (kind < 0.55) {
      // A tie at the last kept digit: d digits then a 5 (exact in decimal, usually not in binary).
      const m = Math.floor(random() * 9 * 10 ** (digits - 1)) + 10 ** (digits - 1);
      out.push(sign * Number(`${m}5e${e - digits}`));
    } else if (kind < 0.65) {
      // Just around a tie: the neighbouring doubles.
      const m = Math.floor(random() * 9 * 10 ** (digits - 1)) + 10 ** (digits - 1);
      const x = Number(`${m}5e${e - digits}`);
      const ulp = x * 2 ** -52;
      out.push(sign * (x + ulp), sign * (x - ulp));
    } else if (kind < 0.75) out.push(sign * Math.floor(random() * 10 ** Math.floor(random() * 17)));
    else if (kind < 0.8)
      out.push(sign * random() * 5e-310); // subnormal
    else if (kind < 0.9) {
      // Rounds up to the next power of ten (9.9999999...).
      out.push(sign * (10 ** e - random() * 10 ** (e - digits)));
    } else out.push((sign * Math.floor(random() * 1e7)) / 10 ** Math.floor(random() * 8));
  }
  return out;
}

describe('ByteWriter.significant is String(Number(x.toPrecision(d)))', () => {
  for (const digits of [7, 10]) {
    it(`at ${digits} digits, 100,000 seeded numbers`, () => {
      const mismatches: string[] = [];
      for (const x of cases(digits * 101, 100_000, digits)) {
        const got = bytesText((w) => w.significant(x, digits));
        const want = definition(x, digits);
        if (got !== want && mismatches.length < 10) mismatches.push(`${x}: ${got} != ${want}`);
      }
      expect(mismatches).toEqual([]);
    });
  }
  it('takes the exact path at ties, and still agrees', () => {
    expect(bytesText((w) => w.significant(1.0000005, 7))).toBe(definition(1.0000005, 7));
    expect(bytesText((w) => w.significant(0.125, 2))).toBe('0.13');
    expect(bytesText((w) => w.significant(-0, 10))).toBe('0');
    expect(bytesText((w) => w.significant(1.5e-9, 10))).toBe('1.5e-9');
  });
});

describe('ByteWriter.fixed is String(Number(x.toFixed(6)))', () => {
  it('100,000 seeded times, minute grids and ties', () => {
    const random = rng(7);
    const xs: number[] = [0, -0, 1e-7, -1e-7, 5e-7, 6e-7, 0.0000005, 87600, 1e6, 1e12, 1e21];
    for (let i = 0; i < 87600 * 60; i += 997) xs.push(i / 60, i / 60 / 24);
    for (let i = 0; i < 100_000; i++) {
      const sign = random() < 0.1 ? -1 : 1;
      const kind = random();
      if (kind < 0.5) xs.push(sign * random() * 10 ** (Math.floor(random() * 16) - 8));
      else xs.push(sign * Number(`${Math.floor(random() * 1e9)}5e-7`)); // a tie at the 6th decimal
    }
    const mismatches: string[] = [];
    for (const x of xs) {
      const got = bytesText((w) => w.fixed(x, 6));
      const want = fixedDefinition(x, 6);
      if (got !== want && mismatches.length < 10) mismatches.push(`${x}: ${got} != ${want}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('ByteWriter.text writes UTF-8', () => {
  it('as TextEncoder does', () => {
    const s = '\uFEFFtime_h,µg,½,😀,"a"';
    const writer = new ByteWriter(4);
    writer.text(s);
    expect(Array.from(writer.take())).toEqual(Array.from(new TextEncoder().encode(s)));
  });
});
