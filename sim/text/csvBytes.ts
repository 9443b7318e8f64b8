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
      this.integer(magnitude, 0);
      return;
    }
    if (!(magnitude >= 1e-6 && magnitude < 1e15) || digits > 10) {
      this.text(String(Number(x.toPrecision(digits))));
      return;
    }
    let exponent = Math.floor(Math.log10(magnitude));
    let scaled = scale(magnitude, digits - 1 - exponent);
    // log10 may be one off next to a power of ten: bring y into [10^(digits-1), 10^digits).
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
    this.decimal(mantissa, digits, exponent);
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
    this.decimal(units, decimals + 1, Math.floor(Math.log10(units)) - decimals, true);
  }

  /**
   * The decimal mantissa × 10^(exponent - digits + 1), in plain notation with trailing zeros dropped.
   * `loose` (fixed decimals): the mantissa may have fewer than `digits` digits; its own length decides.
   */
  private decimal(mantissa: number, digits: number, exponent: number, loose = false): void {
    let length = digits;
    if (loose) {
      length = 1;
      while (length < 16 && mantissa >= POW10[length]!) length++;
      // Correct a log10 rounding in the caller's exponent: the decimal's scale is fixed by `digits`.
      exponent = length - digits;
    }
    let zeros = 0;
    while (mantissa % 10 === 0) {
      mantissa /= 10;
      zeros++;
    }
    const significant = length - zeros;
    const buf = this.buffer;
    if (exponent < 0) {
      buf[this.position++] = ZERO;
      buf[this.position++] = DOT;
      for (let k = -1; k > exponent; k--) buf[this.position++] = ZERO;
      this.integer(mantissa, 0);
      return;
    }
    const before = exponent + 1;
    if (significant <= before) {
      this.integer(mantissa, before - significant);
      return;
    }
    // Digits after the point: write the whole run, then open a gap for the point.
    const start = this.position;
    this.integer(mantissa, 0);
    const end = this.position;
    buf.copyWithin(start + before + 1, start + before, end);
    buf[start + before] = DOT;
    this.position = end + 1;
  }

  /** A non-negative whole number below 2^53 in decimal, then `trailingZeros` zeros. */
  private integer(n: number, trailingZeros: number): void {
    const buf = this.buffer;
    let length = 1;
    while (length < 16 && n >= POW10[length]!) length++;
    let p = this.position + length;
    this.position = p;
    do {
      const q = Math.floor(n / 10);
      buf[--p] = ZERO + (n - q * 10);
      n = q;
    } while (n > 0);
    for (let k = 0; k < trailingZeros; k++) buf[this.position++] = ZERO;
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
