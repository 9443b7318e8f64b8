/**
 * Inflating untrusted compressed data with the output bounded while it inflates: a deflate bomb (a few kB that
 * unpack to gigabytes) stops as soon as the output passes the cap, never allocating more than about a megabyte
 * beyond it. fflate's streaming Inflate is fed 1 kB of input at a time; deflate expands at most 1,032 times, so
 * one step adds at most about 1 MB.
 */
import { Inflate, Unzlib } from 'fflate';
import type { Translator } from '../i18n/translator';
import { decodeScenarioBytes } from '../scenario/decode';

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'damaged' };

const INPUT_STEP_BYTES = 1024;

/** Adler-32 (RFC 1950), which fflate's Unzlib does not check: a damaged stream must not pass as a scenario. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length;) {
    // 5,552 bytes is the longest run before b can overflow 2^53 safe arithmetic modulo 65,521 (zlib's NMAX).
    const end = Math.min(bytes.length, i + 5552);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * `data` inflated ('zlib': RFC 1950 with its checksum, as in PNG; 'raw': RFC 1951, as in a link), or why not:
 * 'too-large' once the output exceeds `maxBytes`, 'damaged' for anything that is not a complete stream.
 */
export function inflateCapped(data: Uint8Array, format: 'zlib' | 'raw', maxBytes: number): Inflated {
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const onData = (chunk: Uint8Array, final: boolean) => {
    total += chunk.length;
    if (total <= maxBytes) parts.push(chunk);
    if (final) ended = true;
  };
  const stream = format === 'zlib' ? new Unzlib(onData) : new Inflate(onData);
  try {
    for (let i = 0; i < data.length && total <= maxBytes; i += INPUT_STEP_BYTES) {
      const end = Math.min(data.length, i + INPUT_STEP_BYTES);
      stream.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) stream.push(data, true);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (total > maxBytes) return { ok: false, reason: 'too-large' };
  if (!ended) return { ok: false, reason: 'damaged' };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    bytes.set(p, offset);
    offset += p.length;
  }
  if (format === 'zlib') {
    const n = data.length;
    const stored =
      n < 4 ? -1 : ((data[n - 4]! << 24) | (data[n - 3]! << 16) | (data[n - 2]! << 8) | data[n - 1]!) >>> 0;
    if (stored !== adler32(bytes)) return { ok: false, reason: 'damaged' };
  }
  return { ok: true, bytes };
}

/** Compressed text (a scenario in a PNG chunk or a link, a lesson in a link) unpacked and read as strict UTF-8. */
export type InflatedText =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large' | 'damaged' }
  | { ok: false; reason: 'not-utf8'; error: string };

/** `data` inflated within `maxBytes` (as inflateCapped) and decoded as a scenario file's bytes are. */
export function inflateText(
  data: Uint8Array,
  format: 'zlib' | 'raw',
  maxBytes: number,
  tr?: Translator,
): InflatedText {
  const inflated = inflateCapped(data, format, maxBytes);
  if (!inflated.ok) return inflated;
  const decoded = decodeScenarioBytes(inflated.bytes, tr);
  return decoded.ok ? decoded : { ok: false, reason: 'not-utf8', error: decoded.error };
}

/**
 * The one sentence for text that could not be unpacked, in the caller's words for a bomb and for a damaged
 * stream; text that is not UTF-8 keeps the decoder's sentence unless `notUtf8` words it.
 */
export function unpackRefusal(
  failed: Exclude<InflatedText, { ok: true }>,
  words: { tooLarge: string; damaged: string; notUtf8?: string },
): string {
  if (failed.reason === 'not-utf8') return words.notUtf8 ?? failed.error;
  return failed.reason === 'too-large' ? words.tooLarge : words.damaged;
}
