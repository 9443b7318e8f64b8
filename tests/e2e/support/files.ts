/** Helpers for the export and scenario-file e2e tests: downloads captured from Chromium, read as bytes. */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';

export interface Downloaded {
  name: string;
  bytes: Buffer;
  text: string;
  /** From the click to the download starting (ms). */
  elapsedMs: number;
}

/** Runs `action` and returns the file the page downloads because of it. */
export async function captureDownload(
  page: Page,
  action: () => Promise<void>,
  timeoutMs = 30_000,
): Promise<Downloaded> {
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: timeoutMs }) as Promise<Download>,
    action(),
  ]);
  const path = await download.path();
  const elapsedMs = performance.now() - started;
  const bytes = await readFile(path);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8'), elapsedMs };
}

/** Width and height from a PNG's IHDR chunk, after checking the 8-byte signature. */
export function pngHeader(bytes: Buffer): { signatureOk: boolean; width: number; height: number } {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  return {
    signatureOk: signature.every((b, i) => bytes[i] === b) && bytes.toString('latin1', 12, 16) === 'IHDR',
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}
