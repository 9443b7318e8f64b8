import { ENGLISH } from '../i18n/translator';
/**
 * Reading and writing PNG chunks, checked: the signature, IHDR first, every chunk's length inside the file,
 * CRCs, a bounded number of chunks, and the IEND end marker. Pure (bytes in, bytes or one sentence out), so the
 * page, main and the command line read images the same way.
 */

export const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10] as const;

/**
 * Most chunks a PNG may have. A chart export has about a dozen (encoders write image data in chunks of 8-64 kB,
 * so even a 50 MB image has under 7,000); the walk is linear, so this only keeps a hostile file's walk short.
 */
export const MAX_PNG_CHUNKS = 100_000;

/** The largest chunk length the PNG specification allows (2^31 - 1). */
const MAX_CHUNK_LENGTH = 0x7fffffff;

export function isPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

let crcTable: Uint32Array | null = null;

/** CRC-32 as PNG chunks use it (ISO 3309, polynomial 0xEDB88320), over bytes[start, end). */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  /** Four ASCII letters, e.g. "IHDR", "iTXt". */
  type: string;
  /** Where the chunk starts in the file (its length field). */
  offset: number;
  /** The chunk's data (a view into the file, not a copy). */
  data: Uint8Array;
}

export type PngChunks = { ok: true; chunks: PngChunk[] } | { ok: false; error: string };

export interface ReadPngOptions {
  /** Which chunks' CRCs to check: every chunk (before saving), or only those read (opening). */
  verifyCrc: 'all' | ((type: string) => boolean);
  /** Bytes after IEND: refused before saving, ignored when opening (some tools append data). */
  trailing: 'refuse' | 'ignore';
}

const at = (offset: number) => ENGLISH.num(offset);
const readU32 = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Every chunk from IHDR to IEND, or one sentence naming the first problem. */
export function readPngChunks(file: Uint8Array, options: ReadPngOptions): PngChunks {
  if (!isPngSignature(file)) return { ok: false, error: 'The file is not a PNG image.' };
  // A plain view: subarray on a Node Buffer costs microseconds, which a file of 100,000 chunks multiplies.
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  const chunks: PngChunk[] = [];
  for (let offset = 8; ;) {
    if (offset === bytes.length) {
      return { ok: false, error: 'The PNG image is cut short: it has no end marker (IEND chunk).' };
    }
    if (offset + 12 > bytes.length) {
      return {
        ok: false,
        error: `The PNG image is cut short: the chunk at byte ${at(offset)} is incomplete.`,
      };
    }
    if (chunks.length >= MAX_PNG_CHUNKS) {
      return {
        ok: false,
        error: `The PNG image has more than ${at(MAX_PNG_CHUNKS)} chunks, more than any image K2 Kinetics reads.`,
      };
    }
    const length = readU32(bytes, offset);
    const [t0, t1, t2, t3] = [bytes[offset + 4]!, bytes[offset + 5]!, bytes[offset + 6]!, bytes[offset + 7]!];
    if (!(isLetter(t0) && isLetter(t1) && isLetter(t2) && isLetter(t3))) {
      return {
        ok: false,
        error: `The PNG image is damaged: the chunk at byte ${at(offset)} has no valid type.`,
      };
    }
    const type = String.fromCharCode(t0, t1, t2, t3);
    if (length > MAX_CHUNK_LENGTH) {
      return {
        ok: false,
        error: `The PNG image is damaged: its ${type} chunk at byte ${at(offset)} claims ${at(length)} bytes, more than a PNG chunk may hold.`,
      };
    }
    const end = offset + 12 + length;
    if (end > bytes.length) {
      return {
        ok: false,
        error: `The PNG image is cut short: its ${type} chunk at byte ${at(offset)} claims ${at(length)} bytes, but the file ends ${at(bytes.length - offset - 8)} bytes later.`,
      };
    }
    if (chunks.length === 0 && (type !== 'IHDR' || length !== 13)) {
      return {
        ok: false,
        error: 'The PNG image is damaged: it does not start with its header (IHDR chunk).',
      };
    }
    const check = options.verifyCrc === 'all' || options.verifyCrc(type);
    if (check && crc32(bytes, offset + 4, end - 4) !== readU32(bytes, end - 4)) {
      return {
        ok: false,
        error: `The PNG image is damaged: its ${type} chunk at byte ${at(offset)} fails its checksum (CRC).`,
      };
    }
    chunks.push({ type, offset, data: bytes.subarray(offset + 8, end - 4) });
    offset = end;
    if (type === 'IEND') {
      if (options.trailing === 'refuse' && offset !== bytes.length) {
        return {
          ok: false,
          error: `The PNG image has ${at(bytes.length - offset)} bytes after its end marker (IEND chunk).`,
        };
      }
      return { ok: true, chunks };
    }
  }
}

/** One chunk as it sits in a file: length, type, data, CRC of type and data. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk, 4, 8 + data.length));
  return chunk;
}

/** Joins byte arrays into one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
