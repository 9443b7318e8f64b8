/**
 * Small, pure PNG helpers: check the signature, read the pixel size from IHDR, and record the print
 * resolution in a pHYs chunk (canvas.toBlob writes none, so word processors would place a 3200 px image
 * at 96 dpi, a metre wide).
 */
export const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10] as const;

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Width and height from the IHDR chunk, which a valid PNG has first. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (!isPng(bytes) || bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (type !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

let crcTable: Uint32Array | null = null;

/** CRC-32 as PNG chunks use it (ISO 3309, polynomial 0xEDB88320). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Returns a copy of the PNG with a pHYs chunk (dots per inch) right after IHDR; any old pHYs is dropped. */
export function withDpi(bytes: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  if (!pngSize(bytes)) throw new Error('Not a PNG image');
  const pixelsPerMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, pixelsPerMetre);
  view.setUint32(12, pixelsPerMetre);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));

  const ihdrEnd = 8 + 8 + 13 + 4;
  const parts: Uint8Array[] = [bytes.subarray(0, ihdrEnd), chunk];
  const src = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = ihdrEnd; at + 8 <= bytes.length;) {
    const length = src.getUint32(at);
    const end = at + 12 + length;
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    if (type !== 'pHYs') parts.push(bytes.subarray(at, Math.min(end, bytes.length)));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Dots per inch from a pHYs chunk, or null when there is none. */
export function pngDpi(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    if (type === 'pHYs' && bytes[at + 16] === 1) return Math.round(view.getUint32(at + 8) * 0.0254);
    at += 12 + length;
  }
  return null;
}
