/**
 * Inflating untrusted compressed data with the output bounded while it inflates: a deflate bomb (a few kB that
 * unpack to gigabytes) stops as soon as the output passes the cap, never allocating more than about a megabyte
 * beyond it. fflate's streaming Inflate is fed 1 kB of input at a time; deflate expands at most 1,032 times, so
 * one step adds at most about 1 MB.
 */
import { Inflate, Unzlib } from 'fflate';

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
