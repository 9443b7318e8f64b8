/// <reference lib="webworker" />
import type { Scenario } from '../../../sim';
import type { CsvChunk, CsvExtraColumn } from './csv';
import { csvStreamChunks } from './csvStream';

/** Page -> worker: start once, then one `pull` per chunk the page has finished with (flow control). */
export type CsvStreamRequest =
  { type: 'start'; scenario: Scenario; chunkChars: number; extra: CsvExtraColumn[] } | { type: 'pull' };

export type CsvStreamResponse =
  | { type: 'chunk'; bytes: Uint8Array<ArrayBuffer>; rowsDone: number; rowsTotal: number }
  | { type: 'done' }
  | { type: 'error'; message: string };

/** Chunks the worker may run ahead of the page: one being written, one ready. Memory stays at a few chunks. */
export const CSV_STREAM_WINDOW = 2;

let chunks: Generator<CsvChunk, void, undefined> | null = null;
let credits = 0;
const encoder = new TextEncoder();

function post(response: CsvStreamResponse): void {
  self.postMessage(response);
}

/** Produces chunks while the page has room for them; each is a few hundred ms of formatting at most. */
function pump(): void {
  try {
    while (chunks && credits > 0) {
      const next = chunks.next();
      if (next.done) {
        chunks = null;
        post({ type: 'done' });
        return;
      }
      credits--;
      // UTF-8 here and the buffer transferred: the page neither copies nor encodes the text.
      const bytes = encoder.encode(next.value.text);
      const { rowsDone, rowsTotal } = next.value;
      self.postMessage({ type: 'chunk', bytes, rowsDone, rowsTotal } satisfies CsvStreamResponse, [
        bytes.buffer,
      ]);
    }
  } catch (e) {
    chunks = null;
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}

// Rows come from the streamed simulation, off the main thread: a ten-year, minute-step export never freezes
// the page, and no whole series or whole text exists anywhere.
self.onmessage = (event: MessageEvent<CsvStreamRequest>) => {
  const request = event.data;
  if (request.type === 'start') {
    chunks = csvStreamChunks(request.scenario, request.chunkChars, request.extra);
    credits = CSV_STREAM_WINDOW;
  } else credits++;
  pump();
};
