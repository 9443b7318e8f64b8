/**
 * Streamed export saves (main/export-stream.ts) against a real temporary folder: chunks land in order, the
 * target appears only at the end (atomically), abort and window-close leave no temporary file and the
 * target untouched, and stale or unknown handles are refused.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFs, type AtomicFs } from '../../main/atomic-write';
import { channels } from '../../sim/ipc/contract';
import { createExportStreams, UNKNOWN_STREAM_ERROR } from '../../main/export-stream';
import { makeHandler } from '../../main/ipc';
import { useTempDir } from './tempdir';

const tempDir = useTempDir();
const utf8 = (text: string) => new TextEncoder().encode(text);

function streamsTo(path: string | null, fs?: AtomicFs) {
  return createExportStreams({ choosePath: async () => path, ...(fs ? { fs } : {}) });
}

async function begun(streams: ReturnType<typeof streamsTo>, name = 'levels.csv'): Promise<string> {
  const result = await streams.begin({ kind: 'csv', suggestedName: name });
  if (result.canceled) throw new Error('expected a handle');
  return result.handle;
}

describe('export streams', () => {
  it('writes the chunks in order and renames into place only at the end', async () => {
    const dir = await tempDir();
    const target = join(dir, 'levels.csv');
    const streams = streamsTo(target);
    const handle = await begun(streams);
    expect(handle).toMatch(/^[0-9a-f]{32}$/);
    const parts = Array.from({ length: 50 }, (_, i) => `${i},µg ${'x'.repeat(i * 1000)}\r\n`);
    for (const text of parts) await streams.chunk({ handle, bytes: utf8(text) });
    // Nothing at the target yet: only the temporary file, named unpredictably next to it.
    const during = await readdir(dir);
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^\.levels\.csv\.[0-9a-f]{12}\.tmp$/);
    expect(await streams.end({ handle })).toEqual({ path: target });
    expect(await readdir(dir)).toEqual(['levels.csv']);
    expect(await readFile(target, 'utf8')).toBe(parts.join(''));
    expect(streams.openCount).toBe(0);
  });

  it('abort leaves no temporary file and the previous target untouched', async () => {
    const dir = await tempDir();
    const target = join(dir, 'levels.csv');
    await writeFile(target, 'the previous export');
    const streams = streamsTo(target);
    const handle = await begun(streams);
    await streams.chunk({ handle, bytes: utf8('half of a new file\r\n') });
    expect(await streams.abort({ handle })).toEqual({ aborted: true });
    expect(await readdir(dir)).toEqual(['levels.csv']);
    expect(await readFile(target, 'utf8')).toBe('the previous export');
  });

  it('closing the window aborts every open stream', async () => {
    const dir = await tempDir();
    const streams = createExportStreams({ choosePath: async (_kind, name) => join(dir, name) });
    const a = await begun(streams, 'a.csv');
    const b = await begun(streams, 'b.csv');
    await streams.chunk({ handle: a, bytes: utf8('a') });
    await streams.chunk({ handle: b, bytes: utf8('b') });
    expect((await readdir(dir)).length).toBe(2);
    await streams.abortAll();
    expect(await readdir(dir)).toEqual([]);
    await expect(streams.chunk({ handle: a, bytes: utf8('more') })).rejects.toThrow(UNKNOWN_STREAM_ERROR);
  });

  it('refuses unknown handles and handles of finished or aborted streams', async () => {
    const dir = await tempDir();
    const streams = streamsTo(join(dir, 'x.csv'));
    const unknown = 'f'.repeat(32);
    await expect(streams.chunk({ handle: unknown, bytes: utf8('x') })).rejects.toThrow(UNKNOWN_STREAM_ERROR);
    await expect(streams.end({ handle: unknown })).rejects.toThrow(UNKNOWN_STREAM_ERROR);
    await expect(streams.abort({ handle: unknown })).rejects.toThrow(UNKNOWN_STREAM_ERROR);
    const finished = await begun(streams);
    await streams.end({ handle: finished });
    await expect(streams.chunk({ handle: finished, bytes: utf8('late') })).rejects.toThrow(
      UNKNOWN_STREAM_ERROR,
    );
    await expect(streams.end({ handle: finished })).rejects.toThrow(UNKNOWN_STREAM_ERROR);
    const aborted = await begun(streams);
    await streams.abort({ handle: aborted });
    await expect(streams.chunk({ handle: aborted, bytes: utf8('late') })).rejects.toThrow(
      UNKNOWN_STREAM_ERROR,
    );
    // The finished file is exactly what was sent before end: nothing from the late requests.
    expect(await readFile(join(dir, 'x.csv'), 'utf8')).toBe('');
  });

  it('a canceled dialog opens nothing', async () => {
    const streams = streamsTo(null);
    expect(await streams.begin({ kind: 'csv', suggestedName: 'a.csv' })).toEqual({ canceled: true });
    expect(streams.openCount).toBe(0);
  });

  it('a failing write is reported in words, the handle closed, and no temporary file left', async () => {
    const dir = await tempDir();
    const target = join(dir, 'full.csv');
    await writeFile(target, 'old');
    let writes = 0;
    const fullDisk: AtomicFs = {
      ...realFs,
      open: async (path, flags, mode) => {
        const handle = await realFs.open(path, flags, mode);
        return {
          ...handle,
          writeFile: async (data) => {
            if (++writes === 3) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
            await handle.writeFile(data);
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const streams = streamsTo(target, fullDisk);
    const handle = await begun(streams);
    await streams.chunk({ handle, bytes: utf8('one') });
    await streams.chunk({ handle, bytes: utf8('two') });
    await expect(streams.chunk({ handle, bytes: utf8('three') })).rejects.toThrow(/disk is full/);
    await expect(streams.end({ handle })).rejects.toThrow(UNKNOWN_STREAM_ERROR);
    // Let the writer's cleanup finish, then look.
    await new Promise((r) => setTimeout(r, 20));
    expect(await readdir(dir)).toEqual(['full.csv']);
    expect(await readFile(target, 'utf8')).toBe('old');
  });

  it('a folder that is gone is reported at the first chunk, in words, with nothing written', async () => {
    const dir = await tempDir();
    const streams = streamsTo(join(dir, 'removed', 'a.csv'));
    const handle = await begun(streams);
    await expect(streams.chunk({ handle, bytes: utf8('x') })).rejects.toThrow(
      'The folder could not be found.',
    );
    await expect(streams.end({ handle })).rejects.toThrow(UNKNOWN_STREAM_ERROR);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('export stream channels validate every request (contract + ipc wrapper)', () => {
  const trusted = () => true;
  const log = { warn: () => {}, error: () => {} };

  it('refuses malformed handles, missing or oversized bytes and extra fields before any handler runs', async () => {
    let calls = 0;
    const chunk = makeHandler(
      'export:chunk',
      async () => {
        calls++;
        return { written: true as const };
      },
      trusted,
      log,
    );
    for (const bad of [
      { handle: '../../etc/passwd', bytes: utf8('x') },
      { handle: 'f'.repeat(32) },
      { handle: 'f'.repeat(32), text: 'x' },
      { handle: 'f'.repeat(32), bytes: utf8('x'), path: '/tmp/elsewhere' },
      { handle: 'F'.repeat(32), bytes: utf8('x') },
      { handle: 'f'.repeat(32), bytes: new Uint8Array(16_000_001) },
      null,
    ]) {
      const result = await chunk({}, bad);
      expect(result.ok).toBe(false);
    }
    expect(calls).toBe(0);
    expect((await chunk({}, { handle: 'f'.repeat(32), bytes: utf8('ok') })).ok).toBe(true);
    expect(channels['export:begin'].request.safeParse({ kind: 'png', suggestedName: 'a.png' }).success).toBe(
      false,
    );
  });
});
