/**
 * PNG bytes built with Node's own zlib and CRC-32 (independent of sim/image's reader and writer), for the
 * tests of images that carry a scenario and of images from elsewhere.
 */
import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';

/** One chunk: length, type, data, CRC-32 over type and data. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlibCrc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
/** IHDR of a 1 × 1 grey 8-bit image. */
export const PNG_IHDR_1X1 = pngChunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]));

/** A 1 × 1 grey PNG from elsewhere (no scenario in it), its one pixel `grey`. */
export function plainPng(grey = 255): Buffer {
  return Buffer.concat([
    PNG_SIGNATURE,
    PNG_IHDR_1X1,
    pngChunk('IDAT', deflateSync(Buffer.from([0, grey]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
