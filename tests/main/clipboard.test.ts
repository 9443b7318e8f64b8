import { describe, expect, it, vi } from 'vitest';
import { MAX_CLIPBOARD_PNG_BYTES, writePngToClipboard } from '../../main/clipboard';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = new Uint8Array([...PNG_SIGNATURE, 0, 0, 0, 13]);

function fakeClipboard(empty = false) {
  const image = { isEmpty: () => empty };
  return {
    image,
    createFromBuffer: vi.fn((_buffer: Buffer) => image),
    writeImage: vi.fn((_image: typeof image) => undefined),
  };
}

describe('writePngToClipboard', () => {
  it('creates the image from the exact bytes and writes it', () => {
    const deps = fakeClipboard();
    expect(writePngToClipboard(png, deps)).toEqual({ written: true });
    expect([...(deps.createFromBuffer.mock.calls[0]?.[0] ?? [])]).toEqual([...png]);
    expect(deps.writeImage).toHaveBeenCalledExactlyOnceWith(deps.image);
  });

  it('uses only the view of a larger buffer', () => {
    const deps = fakeClipboard();
    const backing = new Uint8Array([9, 9, ...png, 9]);
    writePngToClipboard(backing.subarray(2, 2 + png.length), deps);
    expect([...(deps.createFromBuffer.mock.calls[0]?.[0] ?? [])]).toEqual([...png]);
  });

  it('refuses bytes that are not a PNG', () => {
    const deps = fakeClipboard();
    expect(() => writePngToClipboard(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), deps)).toThrow(/not a PNG/);
    expect(deps.writeImage).not.toHaveBeenCalled();
  });

  it('refuses an image the OS cannot decode', () => {
    const deps = fakeClipboard(true);
    expect(() => writePngToClipboard(png, deps)).toThrow(/could not be read/);
    expect(deps.writeImage).not.toHaveBeenCalled();
  });

  it('refuses an oversized image before decoding it', () => {
    const deps = fakeClipboard();
    const huge = new Uint8Array(MAX_CLIPBOARD_PNG_BYTES + 1);
    huge.set(PNG_SIGNATURE);
    expect(() => writePngToClipboard(huge, deps)).toThrow(/too large/);
    expect(deps.createFromBuffer).not.toHaveBeenCalled();
  });
});
