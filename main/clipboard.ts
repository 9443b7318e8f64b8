/**
 * Copying a chart image to the system clipboard. Electron's nativeImage and clipboard are injected so the
 * checks are tested without Electron.
 */
import { UserFacingError } from './errors';
import { isPng } from './files';

/** A chart PNG is well under this; the cap stops a runaway buffer from reaching the native clipboard. */
export const MAX_CLIPBOARD_PNG_BYTES = 50_000_000;

export interface ImageLike {
  isEmpty(): boolean;
}

export interface ClipboardDeps<I extends ImageLike> {
  createFromBuffer(buffer: Buffer): I;
  writeImage(image: I): void;
}

export function writePngToClipboard<I extends ImageLike>(
  png: Uint8Array,
  deps: ClipboardDeps<I>,
): { written: true } {
  if (png.byteLength > MAX_CLIPBOARD_PNG_BYTES) throw new UserFacingError('The image is too large to copy.');
  if (!isPng(png)) throw new UserFacingError('The image to copy is not a PNG image.');
  const image = deps.createFromBuffer(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  if (image.isEmpty()) throw new UserFacingError('The image could not be read, so nothing was copied.');
  deps.writeImage(image);
  return { written: true };
}
