import type { Scenario } from '../../../sim';
import { currentTranslator } from '../i18n/locale';
import type { CsvByteChunk, CsvExtraColumn } from './csv';
import { csvStreamChunks, STREAM_CHUNK_CHARS } from './csvStream';
import { runOnce } from '../workers/runOnce';
import type { WorkerPort } from '../workers/protocol';

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

export type { CsvByteChunk };

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

/** What the CSV worker is asked (csvStream.worker.ts). */
export interface CsvStreamRequest {
  scenario: Scenario;
  chunkChars: number;
  extra: CsvExtraColumn[];
}

const createWorker = (): WorkerPort<CsvStreamRequest, null, CsvByteChunk> =>
  new Worker(new URL('./csvStream.worker.ts', import.meta.url), { type: 'module' });

/**
 * Streams the scenario's data CSV (csvStream.ts) to `onChunk`, produced in a module Web Worker (the worker
 * kit's runOnce and serveStream) so the page stays responsive; at most STREAM_WINDOW chunks wait, so memory is
 * bounded whatever the row count. When a worker cannot be created or fails to load before its first chunk
 * (file:// pages, old browsers), the same generator runs on the page in small slices instead.
 */
export async function streamCsv(scenario: Scenario, options: CsvStreamOptions): Promise<void> {
  const { signal } = options;
  if (signal?.aborted) throw new ExportCanceled();
  if (options.worker !== false && typeof Worker !== 'undefined') {
    const outcome = await runOnce({
      createWorker,
      request: { scenario, chunkChars: options.chunkChars ?? STREAM_CHUNK_CHARS, extra: options.extra ?? [] },
      onProgress: options.onChunk,
      signal,
    });
    if (outcome.kind === 'done') return;
    if (outcome.kind === 'canceled') throw new ExportCanceled();
    if (outcome.kind === 'error')
      throw new Error(currentTranslator().t('run.csvNotMade', { error: outcome.error }));
  }
  for (const chunk of csvStreamChunks(
    scenario,
    options.chunkChars ?? IN_PAGE_CHUNK_CHARS,
    options.extra ?? [],
  )) {
    if (signal?.aborted) throw new ExportCanceled();
    await options.onChunk(chunk);
    await nextTask();
  }
  if (signal?.aborted) throw new ExportCanceled();
}
