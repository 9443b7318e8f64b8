/**
 * The browser's streamed export (renderer/src/bridge/browserExportStream.ts): chunks kept as Blob parts in
 * order, and stale or unknown handles refused like main refuses them. The download itself (end) needs a
 * page and is covered by tests/e2e/export-stream.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { browserExportStreams } from '../../renderer/src/bridge/browserExportStream';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('browser export streams', () => {
  it('issues 32-hex handles and refuses unknown, aborted and reused ones', async () => {
    const streams = browserExportStreams();
    const begun = await streams.beginExport({ kind: 'csv', suggestedName: 'a.csv' });
    expect(begun.ok && !begun.data.canceled && begun.data.handle).toMatch(/^[0-9a-f]{32}$/);
    if (!begun.ok || begun.data.canceled) throw new Error('expected a handle');
    const { handle } = begun.data;
    expect(await streams.writeExportChunk({ handle, bytes: utf8('a,b\r\n') })).toEqual({
      ok: true,
      data: { written: true },
    });
    const unknown = 'f'.repeat(32);
    expect((await streams.writeExportChunk({ handle: unknown, bytes: utf8('x') })).ok).toBe(false);
    expect((await streams.endExport({ handle: unknown })).ok).toBe(false);
    expect(await streams.abortExport({ handle })).toEqual({ ok: true, data: { aborted: true } });
    const late = await streams.writeExportChunk({ handle, bytes: utf8('late') });
    expect(late.ok).toBe(false);
    expect(!late.ok && late.error).toMatch(/no longer in progress/);
    expect((await streams.abortExport({ handle })).ok).toBe(false);
  });
});
