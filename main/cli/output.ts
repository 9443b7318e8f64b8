/**
 * Where the command line's text goes: standard output with backpressure (a slow reader gets every byte; a
 * reader that closes early ends the run quietly), or a file replaced atomically (main/atomic-write.ts).
 * Never writeSync(1): a pipe left non-blocking by the parent (npm, a shell wrapper) answers EAGAIN.
 */
import { readFileSync, readlinkSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { atomicWriteChunks } from '../atomic-write';

/**
 * Whether the command was started with standard output closed (`>&-`). Node cannot say so directly: at
 * start-up it reopens a closed descriptor 0-2 as /dev/null, read-write. A shell's `> /dev/null` opens it
 * write-only, so on Linux the open flags in /proc tell the two apart (`1<> /dev/null` would look closed too;
 * nobody writes output that way). Elsewhere: false, as before.
 */
export function stdoutWasClosed(): boolean {
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'));
    // O_ACCMODE is 3; O_RDWR is 2.
    return flags !== null && (parseInt(flags[1]!, 8) & 3) === 2;
  } catch {
    return false;
  }
}

/**
 * Writes the chunks to standard output, waiting whenever the pipe is full. Resolves when all is handed over.
 * A closed standard output is an error (exit 1), as coreutils make it: "write error: Bad file descriptor".
 */
export async function writeToStdout(chunks: Iterable<string | Uint8Array>): Promise<void> {
  if (stdoutWasClosed()) {
    throw new Error('write error: standard output is closed (Bad file descriptor); nothing was written');
  }
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
export async function writeToFile(path: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  await atomicWriteChunks(path, chunks);
}
