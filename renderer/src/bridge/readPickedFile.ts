/**
 * Reads a file the user picked in the browser, the way main reads one (main/files.ts readTextFileCapped):
 * the size is checked from `file.size` before a byte is read, a UTF-8 byte order mark is dropped (as the
 * command line does), and bytes that are not UTF-8 are refused instead of being silently replaced with
 * U+FFFD (which `file.text()` would do).
 */

import { megabytes } from '../../../sim';
import {
  maxBytesFor,
  scenarioTextFromFile,
  sniffScenarioSource,
  type ScenarioSource,
} from '../../../sim/image/scenarioImage';

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

type PickedBytes = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

const tooLarge = (what: string, bytes: number, maxBytes: number) => ({
  ok: false as const,
  error: `The ${what} is too large (${megabytes(bytes)}; the limit is ${megabytes(maxBytes)}).`,
});

/** The file's bytes, refused from `file.size` before a byte is read when over `maxBytes`. */
async function readPickedBytes(file: PickedFile, maxBytes: number, what: string): Promise<PickedBytes> {
  if (file.size > maxBytes) return tooLarge(what, file.size, maxBytes);
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return { ok: false, error: `The ${what} could not be read.` };
  }
  // The file may have grown between the size check and the read.
  if (buffer.byteLength > maxBytes) return tooLarge(what, buffer.byteLength, maxBytes);
  return { ok: true, bytes: new Uint8Array(buffer) };
}

/** The file's text, or a sentence naming the problem (too large, not UTF-8, unreadable). */
export async function readPickedFile(file: PickedFile, maxBytes: number, what = 'file'): Promise<PickedText> {
  const read = await readPickedBytes(file, maxBytes, what);
  return read.ok ? decodeUtf8(read.bytes, what) : read;
}

/** A picked file that can also be read in part (a browser File). */
export interface PickedBlob extends PickedFile {
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export type PickedScenario =
  { ok: true; text: string; source: ScenarioSource } | { ok: false; error: string };

/** What a file picker offers for Open: scenario files and the images K2 Kinetics exports. */
export const SCENARIO_ACCEPT = '.json,.png,.svg,application/json,image/png,image/svg+xml';

/** How many bytes tell a PNG or SVG from a scenario file (as main/files.ts reads them). */
const SNIFF_BYTES = 64;

/**
 * A file picked to open as a scenario: a scenario file, or a PNG or SVG exported by K2 Kinetics, whose
 * scenario text is taken out here (the caller validates it with the scenario parser, as for a file). The
 * first bytes say what the file is and so its limit (2 MB for a scenario, 50 MB for an image), checked before
 * the rest is read. The same rules and words as main's reader.
 */
export async function readPickedScenario(file: PickedBlob): Promise<PickedScenario> {
  const what = 'file for a scenario';
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch {
    return { ok: false, error: `The ${what} could not be read.` };
  }
  const read = await readPickedBytes(file, maxBytesFor(sniffScenarioSource(head)), what);
  if (!read.ok) return read;
  const source = sniffScenarioSource(read.bytes.subarray(0, SNIFF_BYTES));
  if (source === 'scenario') {
    const text = decodeUtf8(read.bytes, what);
    return text.ok ? { ...text, source } : text;
  }
  return scenarioTextFromFile(read.bytes);
}
