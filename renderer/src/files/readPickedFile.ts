/**
 * Reads a file the user picked in the browser, the way main reads one (main/files.ts readTextFileCapped):
 * the size is checked from `file.size` before a byte is read, a UTF-8 byte order mark is dropped (as the
 * command line does), and bytes that are not UTF-8 are refused instead of being silently replaced with
 * U+FFFD (which `file.text()` would do).
 */

import { megabytes } from '../../../sim';

/** The subset of File used here (tests pass a plain object). */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type PickedText = { ok: true; text: string } | { ok: false; error: string };

/**
 * Decodes UTF-8 strictly. `fatal` refuses invalid bytes; the default `ignoreBOM: false` drops a leading BOM.
 * @example decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])) // { ok: true, text: '{}' }
 */
export function decodeUtf8(bytes: Uint8Array, what = 'file'): PickedText {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: `The ${what} is not a UTF-8 text file.` };
  }
}

/** The file's text, or a sentence naming the problem (too large, not UTF-8, unreadable). */
export async function readPickedFile(file: PickedFile, maxBytes: number, what = 'file'): Promise<PickedText> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      error: `The ${what} is too large (${megabytes(file.size)}; the limit is ${megabytes(maxBytes)}).`,
    };
  }
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return { ok: false, error: `The ${what} could not be read.` };
  }
  // The file may have grown between the size check and the read.
  if (buffer.byteLength > maxBytes) {
    return {
      ok: false,
      error: `The ${what} is too large (${megabytes(buffer.byteLength)}; the limit is ${megabytes(maxBytes)}).`,
    };
  }
  return decodeUtf8(new Uint8Array(buffer), what);
}
