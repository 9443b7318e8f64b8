/**
 * Small PNG helpers for exports: read the pixel size from IHDR, and record the print resolution in a pHYs
 * chunk (canvas.toBlob writes none, so word processors would place a 3200 px image at 96 dpi, a metre wide).
 * Chunks are read and written by sim/image/pngChunks (one PNG implementation for the page, main and the CLI).
 */
import { concatBytes, isPngSignature, pngChunk, readPngChunks } from '../../../sim/image/pngChunks';

export { crc32 } from '../../../sim/image/pngChunks';

export const isPng = isPngSignature;

/** Width and height from the IHDR chunk, which a valid PNG has first. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (!isPng(bytes) || bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (type !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Returns a copy of the PNG with a pHYs chunk (dots per inch) right after IHDR; any old pHYs is dropped. */
export function withDpi(bytes: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  // The browser's encoder wrote these bytes, so only their layout is checked here, not every CRC.
  const read = readPngChunks(bytes, { verifyCrc: (type) => type === 'IHDR', trailing: 'ignore' });
  if (!read.ok) throw new Error(read.error);
  const pixelsPerMetre = Math.round(dpi / 0.0254);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, pixelsPerMetre);
  view.setUint32(4, pixelsPerMetre);
  data[8] = 1; // unit: metre
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  for (const [i, chunk] of read.chunks.entries()) {
    if (chunk.type !== 'pHYs')
      parts.push(bytes.subarray(chunk.offset, chunk.offset + 12 + chunk.data.length));
    if (i === 0) parts.push(pngChunk('pHYs', data));
  }
  return concatBytes(parts);
}

/** Dots per inch from a pHYs chunk, or null when there is none. */
export function pngDpi(bytes: Uint8Array): number | null {
  const read = readPngChunks(bytes, { verifyCrc: () => false, trailing: 'ignore' });
  if (!read.ok) return null;
  const phys = read.chunks.find((c) => c.type === 'pHYs' && c.data.length === 9 && c.data[8] === 1);
  if (!phys) return null;
  const view = new DataView(phys.data.buffer, phys.data.byteOffset, phys.data.byteLength);
  return Math.round(view.getUint32(0) * 0.0254);
}
