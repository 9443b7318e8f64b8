/**
 * Data-file numbers written straight into bytes: the same text as `formatSignificant` (sim/significant.ts, the
 * ECMAScript definition `String(Number(x.toPrecision(digits)))`) and as `String(Number(x.toFixed(6)))`, without
 * building a string per number. A ten-year, minute-step CSV is 30-40 million numbers; going through strings
 * made number formatting three quarters of its CPU.
 *
 * The digits come from one scaled integer: y = |x| * 10^k is within half an ulp of the exact product (10^k is
 * exact for |k| <= 22), so when y's fraction is far from one half the rounded integer is the one toPrecision
 * picks. Near a tie, in exponent form, below 1e-6 or from 1e15 up, the exact string path is taken instead.
 * A decimal of at most 15 significant digits is the shortest text naming its double, so Number::toString of
 * the rounded value prints exactly those digits with trailing zeros dropped.
 */

/** Powers of ten that are exact doubles (10^0 .. 10^22). */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** 10^0 .. 10^-7, the nearest doubles: only a first guess of the exponent, corrected after scaling. */
const NEGATIVE_POW10: readonly number[] = Array.from({ length: 8 }, (_, k) => Number(`1e-${k}`));

/** Fractions within this of one half are left to the exact path (y's own error is below 2^-19 < 2e-6). */
const TIE_MARGIN = 1e-5;

const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;

/** Appends bytes to a growing buffer; `take()` hands the written bytes over and starts again. */
export class ByteWriter {
  private buffer: Uint8Array;
  private position = 0;

  constructor(capacityBytes = 1 << 16) {
    this.buffer = new Uint8Array(capacityBytes);
  }

  /** Bytes written since the last take. */
  get length(): number {
    return this.position;
  }

  /** The bytes written so far (a copy sized to fit), and an empty writer. */
  take(): Uint8Array<ArrayBuffer> {
    const out = this.buffer.slice(0, this.position);
    this.position = 0;
    return out;
  }

  private room(bytes: number): void {
    if (this.position + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.position + bytes));
    grown.set(this.buffer.subarray(0, this.position));
    this.buffer = grown;
  }

  /** One byte (an ASCII separator such as ',' or '\n'). */
  byte(code: number): void {
    this.room(1);
    this.buffer[this.position++] = code;
  }

  /** Any text, as UTF-8 (headers: "µg" stays two bytes, the BOM three). */
  text(s: string): void {
    this.room(s.length * 3);
    const buf = this.buffer;
    let p = this.position;
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) buf[p++] = c;
      else if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 63);
      } else if (c < 0x10000) {
        buf[p++] = 0xe0 | (c >> 12);
        buf[p++] = 0x80 | ((c >> 6) & 63);
        buf[p++] = 0x80 | (c & 63);
      } else {
        buf[p++] = 0xf0 | (c >> 18);
        buf[p++] = 0x80 | ((c >> 12) & 63);
        buf[p++] = 0x80 | ((c >> 6) & 63);
        buf[p++] = 0x80 | (c & 63);
      }
    }
    this.position = p;
  }

  /**
   * `x` as `String(Number(x.toPrecision(digits)))` (any digits 1-100; the fast path takes 1 to 10).
   * @example bytesText((w) => w.significant(1234.56789, 7)) // => '1234.568'
   */
  significant(x: number, digits: number): void {
    this.room(32);
    if (x === 0) {
      this.buffer[this.position++] = ZERO; // -0 too: String(-0) is "0"
      return;
    }
    const magnitude = Math.abs(x);
    const limit = POW10[digits]!;
    if (Number.isInteger(x) && magnitude < limit) {
      if (x < 0) this.buffer[this.position++] = MINUS;
      let length = 1;
      while (length < digits && magnitude >= POW10[length]!) length++;
      this.plain(magnitude, length, length);
      return;
    }
    if (!(magnitude >= 1e-6 && magnitude < 1e15) || digits > 10) {
      this.text(String(Number(x.toPrecision(digits))));
      return;
    }
    // The decimal exponent by comparison with exact powers (cheaper than log10 for data near 1).
    let exponent = 0;
    if (magnitude >= 1) while (magnitude >= POW10[exponent + 1]!) exponent++;
    else for (exponent = -1; exponent > -7 && magnitude < NEGATIVE_POW10[-exponent]!;) exponent--;
    let scaled = scale(magnitude, digits - 1 - exponent);
    // A power below 1 is not exact in binary: bring y into [10^(digits-1), 10^digits).
    if (scaled >= limit) scaled = scale(magnitude, digits - 1 - ++exponent);
    else if (scaled < POW10[digits - 1]!) scaled = scale(magnitude, digits - 1 - --exponent);
    const whole = Math.floor(scaled);
    const fraction = scaled - whole;
    if (Math.abs(fraction - 0.5) < TIE_MARGIN || !(scaled < limit && scaled >= POW10[digits - 1]! - 1)) {
      this.text(String(Number(x.toPrecision(digits))));
      return;
    }
    let mantissa = fraction > 0.5 ? whole + 1 : whole;
    if (mantissa >= limit) {
      // 9.9999995 -> 10.00000: one more digit before the point.
      mantissa /= 10;
      exponent++;
    }
    if (mantissa < POW10[digits - 1]!) {
      this.text(String(Number(x.toPrecision(digits))));
      return;
    }
    if (x < 0) this.buffer[this.position++] = MINUS;
    this.plain(mantissa, digits, exponent + 1);
  }

  /**
   * `x` as `String(Number(x.toFixed(decimals)))` (the app's time columns: 6 decimals).
   * @example bytesText((w) => w.fixed(87599.98333333333, 6)) // => '87599.983333'
   */
  fixed(x: number, decimals: number): void {
    this.room(32);
    const magnitude = Math.abs(x);
    const scaled = magnitude * POW10[decimals]!;
    const whole = Math.floor(scaled);
    const fraction = scaled - whole;
    // Below 1e12 y's error is under 2^-13; near a tie, or large, the exact path decides.
    if (!(scaled < 1e12) || decimals > 15 || Math.abs(fraction - 0.5) < 1e-3) {
      this.text(String(Number(x.toFixed(decimals))));
      return;
    }
    const units = fraction > 0.5 ? whole + 1 : whole;
    if (units === 0) {
      this.buffer[this.position++] = ZERO; // "-0.000000" reads back as -0, printed "0"
      return;
    }
    if (x < 0) this.buffer[this.position++] = MINUS;
    let length = 1;
    while (length < 15 && units >= POW10[length]!) length++;
    this.plain(units, length, length - decimals);
  }

  /**
   * A whole number of exactly `length` digits (below 10^15) with the decimal point after `before` of them, in
   * plain notation with trailing fraction zeros dropped: (12345, 5, 2) -> "12.345", (12, 2, -1) -> "0.012",
   * (12, 2, 4) -> "1200". Digits come off right to left, four at a time in 32-bit integers.
   */
  private plain(n: number, length: number, before: number): void {
    const buf = this.buffer;
    let p = this.position;
    if (before <= 0) {
      buf[p++] = ZERO;
      buf[p++] = DOT;
      for (let k = before; k < 0; k++) buf[p++] = ZERO;
    }
    const point = before > 0 && before < length;
    let end = p + length + (point ? 1 : 0);
    let q = end;
    let rest = n;
    let group = 0;
    const dotAt = point ? p + before : -1;
    for (let left = 0; q > p; left--) {
      if (left === 0) {
        const high = Math.floor(rest / 10000);
        group = rest - high * 10000;
        rest = high;
        left = 4;
      }
      // group / 10 for group < 10^4 as a multiply and shift (exact below 43,690).
      const tenth = Math.imul(group, 52429) >>> 19;
      buf[--q] = ZERO + group - tenth * 10;
      group = tenth;
      if (q === dotAt + 1) buf[--q] = DOT;
    }
    if (before >= length) {
      for (let k = length; k < before; k++) buf[end++] = ZERO;
    } else {
      // A fraction: its trailing zeros go, and the point with them if nothing is left after it.
      while (buf[end - 1] === ZERO) end--;
      if (buf[end - 1] === DOT) end--;
    }
    this.position = end;
  }
}

/** |x| × 10^k with one correctly rounded operation (10^|k| is exact for |k| <= 22). */
function scale(magnitude: number, k: number): number {
  return k >= 0 ? magnitude * POW10[k]! : magnitude / POW10[-k]!;
}

/**
 * What a writer function puts down, as text, for ASCII output such as numbers (tests and examples; the
 * writers themselves hand bytes on).
 * @example bytesText((w) => w.significant(-0, 10)) // => '0'
 */
export function bytesText(write: (w: ByteWriter) => void): string {
  const w = new ByteWriter(64);
  write(w);
  const bytes = w.take();
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}
