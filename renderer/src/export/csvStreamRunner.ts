import type { Scenario } from '../../../sim';
import type { CsvExtraColumn } from './csv';
import { csvStreamChunks, STREAM_CHUNK_CHARS } from './csvStream';
import type { CsvStreamRequest, CsvStreamResponse } from './csvStream.worker';

/** Text per chunk when the rows are made on the page itself (no worker): short enough to keep frames flowing. */
const IN_PAGE_CHUNK_CHARS = 100_000;

/** Lets the browser paint and handle input between chunks made on the page. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ExportCanceled extends Error {
  constructor() {
    super('Export canceled.');
    this.name = 'ExportCanceled';
  }
}

/** A chunk of the CSV as UTF-8 bytes, with progress: rows written so far out of all. */
export interface CsvByteChunk {
  bytes: Uint8Array<ArrayBuffer>;
  rowsDone: number;
  rowsTotal: number;
}

export interface CsvStreamOptions {
  /** Receives every chunk in order; the next is handed over only after this settles (backpressure). */
  onChunk: (chunk: CsvByteChunk) => Promise<void>;
  /** Aborting stops the producer at once; streamCsv then rejects with ExportCanceled. */
  signal?: AbortSignal;
  chunkChars?: number;
  /** For tests and for pages where module workers cannot load: produce the rows on the page. */
  worker?: boolean;
  /** Whole columns appended after the series (the population bands), on the scenario's time grid. */
  extra?: CsvExtraColumn[];
}

/**
 * Streams the scenario's data CSV (csvStream.ts) to `onChunk`, produced in a module Web Worker so the page
 * stays responsive; at most CSV_STREAM_WINDOW chunks wait, so memory is bounded whatever the row count.
 * When a worker cannot be created or fails to load before its first chunk (file:// pages, old browsers),
 * the same generator runs on the page in small slices instead.
 */
export async function streamCsv(scenario: Scenario, options: CsvStreamOptions): Promise<void> {
  const { signal } = options;
  if (signal?.aborted) throw new ExportCanceled();
  let worker: Worker | null = null;
  if (options.worker !== false && typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./csvStream.worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      console.warn('CSV export worker unavailable; writing rows on the page.', e);
    }
  }
  if (worker) {
    const outcome = await streamFromWorker(worker, scenario, options);
    if (outcome === 'done') return;
  }
  const encoder = new TextEncoder();
  for (const chunk of csvStreamChunks(
    scenario,
    options.chunkChars ?? IN_PAGE_CHUNK_CHARS,
    options.extra ?? [],
  )) {
    if (signal?.aborted) throw new ExportCanceled();
    const { rowsDone, rowsTotal } = chunk;
    await options.onChunk({ bytes: encoder.encode(chunk.text), rowsDone, rowsTotal });
    await nextTask();
  }
  if (signal?.aborted) throw new ExportCanceled();
}

/** 'done' when the worker streamed everything; 'unavailable' when it failed before its first chunk. */
function streamFromWorker(
  worker: Worker,
  scenario: Scenario,
  options: CsvStreamOptions,
): Promise<'done' | 'unavailable'> {
  const { signal, onChunk } = options;
  return new Promise((resolve, reject) => {
    const queue: CsvByteChunk[] = [];
    let writing = false;
    let finished = false;
    let received = false;
    let settled = false;
    const settle = (result: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      result();
    };
    const onAbort = () => settle(() => reject(new ExportCanceled()));
    signal?.addEventListener('abort', onAbort);

    const drain = async () => {
      if (writing) return;
      writing = true;
      try {
        while (queue.length > 0 && !settled) {
          await onChunk(queue.shift()!);
          if (!settled) worker.postMessage({ type: 'pull' } satisfies CsvStreamRequest);
        }
        if (finished && queue.length === 0) settle(() => resolve('done'));
      } catch (e) {
        settle(() => reject(e));
      } finally {
        writing = false;
      }
    };

    worker.onmessage = (event: MessageEvent<CsvStreamResponse>) => {
      const data = event.data;
      received = true;
      if (data.type === 'chunk') {
        queue.push({ bytes: data.bytes, rowsDone: data.rowsDone, rowsTotal: data.rowsTotal });
      } else if (data.type === 'done') finished = true;
      else settle(() => reject(new Error(`The CSV could not be made: ${data.message}`)));
      void drain();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (received) {
        settle(() =>
          reject(new Error(`The CSV could not be made: ${event.message || 'the worker stopped'}`)),
        );
      } else {
        console.warn('CSV export worker failed to load; writing rows on the page.', event.message);
        settle(() => resolve('unavailable'));
      }
    };
    worker.postMessage({
      type: 'start',
      scenario,
      chunkChars: options.chunkChars ?? STREAM_CHUNK_CHARS,
      extra: options.extra ?? [],
    } satisfies CsvStreamRequest);
  });
}
