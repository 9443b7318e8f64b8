/**
 * Streamed export saves: the renderer sends a large file (a ten-year, minute-step CSV is ~270 MB, more than
 * one string or one IPC message can hold) as a sequence of chunks. `begin` asks where to save with the native
 * dialog and opens the write; each `chunk` is written before its request is answered (backpressure); `end`
 * flushes and renames; `abort` (or the window closing) removes the temporary file and leaves the target as it
 * was. The writing itself is main/atomic-write.ts's atomicWriteChunks (temp file 'wx' with a random name in
 * the target's folder, fsync, size check, rename, removal on failure or signal), fed from the chunk requests.
 */
import { randomBytes } from 'node:crypto';
import { atomicWriteChunks, realFs, type AtomicFs } from './atomic-write';
import { UserFacingError } from './errors';
import { fileError } from './files';

/** What the renderer may stream: text formats only (images are small enough for export:save). */
export type StreamKind = 'csv' | 'json';

/** Streams open at once (one per export in progress; the app runs one at a time). */
export const MAX_OPEN_STREAMS = 4;

export const UNKNOWN_STREAM_ERROR =
  'This export is no longer in progress (it was finished, canceled or failed). Please export again.';

const canceledError = () => new UserFacingError('The export was canceled.');

interface Pending {
  bytes: Uint8Array;
  written: () => void;
  failed: (error: unknown) => void;
}

/**
 * The chunks of one stream as an async iterable for atomicWriteChunks. A chunk's promise settles once the
 * writer has written it (it asks for the next one only after its write finished) or the write failed.
 */
class ChunkPipe implements AsyncIterable<Uint8Array> {
  private readonly queue: Pending[] = [];
  private wake: (() => void) | null = null;
  private closed = false;
  private abortedWith: Error | null = null;
  private current: Pending | null = null;

  push(bytes: Uint8Array): Promise<void> {
    return new Promise((written, failed) => {
      this.queue.push({ bytes, written, failed });
      this.notify();
    });
  }

  close(): void {
    this.closed = true;
    this.notify();
  }

  /** Makes the writer's loop throw: atomicWriteChunks then removes its temp file. */
  abort(error: Error): void {
    this.abortedWith = error;
    this.notify();
  }

  /** The write failed: every chunk still waiting fails with it. */
  fail(error: unknown): void {
    for (const p of [this.current, ...this.queue.splice(0)]) p?.failed(error);
    this.current = null;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    for (;;) {
      // The previous chunk was written (the writer only asks again after its write finished).
      this.current?.written();
      this.current = null;
      while (this.queue.length === 0 && !this.closed && !this.abortedWith) {
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
      if (this.abortedWith) throw this.abortedWith;
      const next = this.queue.shift();
      if (!next) return;
      this.current = next;
      yield next.bytes;
    }
  }
}

interface OpenStream {
  path: string;
  pipe: ChunkPipe;
  /** Settles when the file is renamed into place, or rejects (temp file already removed). */
  done: Promise<void>;
}

export interface ExportStreamDeps {
  /** Native save dialog for an export of this kind; the chosen path, or null when the user canceled. */
  choosePath(kind: StreamKind, suggestedName: string): Promise<string | null>;
  fs?: AtomicFs;
}

export interface ExportStreams {
  begin(request: {
    kind: StreamKind;
    suggestedName: string;
  }): Promise<{ canceled: true } | { canceled: false; handle: string; path: string }>;
  chunk(request: { handle: string; bytes: Uint8Array }): Promise<{ written: true }>;
  end(request: { handle: string }): Promise<{ path: string }>;
  abort(request: { handle: string }): Promise<{ aborted: true }>;
  /** Aborts every open stream (the window closed or reloaded): no temp file is left behind. */
  abortAll(): Promise<void>;
  /** Streams currently open (for tests and diagnostics). */
  readonly openCount: number;
}

/** The export:begin / chunk / end / abort handlers. Handles are 128-bit random; unknown ones are refused. */
export function createExportStreams(deps: ExportStreamDeps): ExportStreams {
  const fs = deps.fs ?? realFs;
  const streams = new Map<string, OpenStream>();

  function take(handle: string): OpenStream {
    const stream = streams.get(handle);
    if (!stream) throw new UserFacingError(UNKNOWN_STREAM_ERROR);
    return stream;
  }

  async function abortStream(handle: string, stream: OpenStream): Promise<void> {
    streams.delete(handle);
    stream.pipe.abort(canceledError());
    // The writer's cleanup (close, unlink the temp file) has finished once `done` settles.
    await stream.done.catch(() => undefined);
  }

  return {
    get openCount() {
      return streams.size;
    },

    async begin({ kind, suggestedName }) {
      if (streams.size >= MAX_OPEN_STREAMS) {
        throw new UserFacingError('Too many exports are in progress; wait for one to finish.');
      }
      const path = await deps.choosePath(kind, suggestedName);
      if (path === null) return { canceled: true };
      const handle = randomBytes(16).toString('hex');
      const pipe = new ChunkPipe();
      const done = atomicWriteChunks(path, pipe, fs).catch((error: unknown) => {
        pipe.fail(error);
        throw error;
      });
      // A failure is reported to the next chunk or end request; never an unhandled rejection meanwhile.
      done.catch(() => undefined);
      streams.set(handle, { path, pipe, done });
      return { canceled: false, handle, path };
    },

    async chunk({ handle, bytes }) {
      const stream = take(handle);
      try {
        await Promise.race([stream.pipe.push(bytes), stream.done.then(() => undefined)]);
      } catch (error) {
        streams.delete(handle);
        throw fileError(error, 'write');
      }
      return { written: true };
    },

    async end({ handle }) {
      const stream = take(handle);
      streams.delete(handle);
      stream.pipe.close();
      try {
        await stream.done;
      } catch (error) {
        throw fileError(error, 'write');
      }
      return { path: stream.path };
    },

    async abort({ handle }) {
      await abortStream(handle, take(handle));
      return { aborted: true };
    },

    async abortAll() {
      await Promise.all([...streams].map(([handle, stream]) => abortStream(handle, stream)));
    },
  };
}
