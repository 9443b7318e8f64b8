/**
 * Where the command line's text goes: standard output with backpressure (a slow reader gets every byte; a
 * reader that closes early ends the run quietly), or a file replaced atomically (main/atomic-write.ts).
 * Never writeSync(1): a pipe left non-blocking by the parent (npm, a shell wrapper) answers EAGAIN.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { atomicWriteChunks } from '../../main/atomic-write';

/** Writes the chunks to standard output, waiting whenever the pipe is full. Resolves when all is handed over. */
export async function writeToStdout(chunks: Iterable<string>): Promise<void> {
  try {
    // pipeline pauses the generator while stdout's buffer is full ('drain'), and stops it on an error.
    await pipeline(Readable.from(chunks), process.stdout);
  } catch (e) {
    // The reader went away (`| head -1`): what it wanted, it got. Stop quietly with status 0.
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
    throw e;
  }
}

/** Replaces the file at `path` with the chunks, atomically (temp file, fsync, size check, rename). */
export async function writeToFile(path: string, chunks: Iterable<string>): Promise<void> {
  await atomicWriteChunks(path, chunks);
}
