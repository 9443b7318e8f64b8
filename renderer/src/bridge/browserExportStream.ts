import type { BridgeResult, K2Bridge } from '../../../sim/ipc/contract';

/** Starts a download of `blob` named `name`; the browser decides where it goes. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const MIME = { csv: 'text/csv', json: 'application/json' } as const;

type StreamMethods = Pick<K2Bridge, 'beginExport' | 'writeExportChunk' | 'endExport' | 'abortExport'>;

const unknown: BridgeResult<never> = {
  ok: false,
  error: 'This export is no longer in progress (it was finished, canceled or failed). Please export again.',
};

/**
 * The streamed export in a plain browser: each chunk becomes a Blob part as it arrives (the browser keeps
 * blob data outside the page's JavaScript heap, on disk when large), and `end` downloads `new Blob(parts)`,
 * which joins them without copying. No string ever holds the whole file.
 */
export function browserExportStreams(): StreamMethods {
  const streams = new Map<string, { name: string; type: string; parts: Blob[] }>();
  return {
    beginExport: async ({ kind, suggestedName }) => {
      const handle = crypto.randomUUID().replace(/-/g, '');
      streams.set(handle, { name: suggestedName, type: MIME[kind], parts: [] });
      return { ok: true, data: { canceled: false as const, handle, path: suggestedName } };
    },
    writeExportChunk: async ({ handle, bytes }) => {
      const stream = streams.get(handle);
      if (!stream) return unknown;
      // Bytes from the worker (a transferred buffer): the Blob takes them out of the page's heap.
      stream.parts.push(new Blob([bytes], { type: stream.type }));
      return { ok: true, data: { written: true as const } };
    },
    endExport: async ({ handle }) => {
      const stream = streams.get(handle);
      if (!stream) return unknown;
      streams.delete(handle);
      try {
        downloadBlob(new Blob(stream.parts, { type: stream.type }), stream.name);
        return { ok: true, data: { path: stream.name } };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
    abortExport: async ({ handle }) => {
      if (!streams.delete(handle)) return unknown;
      return { ok: true, data: { aborted: true as const } };
    },
  };
}
