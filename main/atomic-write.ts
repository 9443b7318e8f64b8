/**
 * Atomic file replacement: write a temporary file next to the target, flush it to disk, then rename it over
 * the target. A rename within one folder is atomic, so readers (and a crash) see either the old complete
 * file or the new complete file, never a mix or a truncated file.
 *
 * This follows write-file-atomic's algorithm (temp file, fsync, rename, remove the temp file on failure)
 * with two differences that matter for "a failed save never damages the file": FileHandle.writeFile loops
 * until every byte is written and throws on a short write (write-file-atomic issues one fs.write and ignores
 * the byte count, so a nearly full disk could leave a truncated file that is then renamed over the user's
 * file), and the file system calls are injectable so tests can make a step fail for real.
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { realWriteTarget } from './link-target';

/** The parts of an open file the writer uses (a subset of fs/promises FileHandle). */
export interface WritableHandle {
  /** Writes all of `data` at the current position (FileHandle.writeFile loops over short writes). */
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
  /** Size of the open file; when present, checked against the bytes written before the rename. */
  stat?(): Promise<{ size: number }>;
}

/** File system operations, injectable so tests can fail one step; defaults to node:fs/promises. */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const realFs: AtomicFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
};

/** Temp files start with "." and end with ".tmp" next to the target, e.g. ".plan.json.3f9a1c.tmp". */
export function tempPathFor(target: string): string {
  // Keep the name under the 255-byte file name limit even for long target names.
  const base = basename(target).slice(0, 200);
  return join(dirname(target), `.${base}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/**
 * Follows a symlinked target, dangling or not, so the link keeps pointing at the (replaced or new) real file
 * instead of being replaced by a regular file.
 */
async function resolveTarget(target: string): Promise<{ path: string; mode: number | undefined }> {
  const real = realWriteTarget(target);
  try {
    const stats = await fsp.stat(real);
    return { path: real, mode: stats.mode & 0o7777 };
  } catch {
    return { path: real, mode: undefined };
  }
}

/** Flushes the folder entry so the rename itself survives a power cut (POSIX; a no-op elsewhere). */
async function syncFolder(folder: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open folders this way; the rename is still atomic there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Temp files being written right now, removed if a signal ends the process. */
const pendingTemps = new Set<string>();
/**
 * Every signal that ends a process by default and that Node lets a program catch (SIGKILL and SIGSTOP cannot
 * be caught; SIGUSR1 starts Node's debugger). Windows knows only the first three.
 */
const CLEANUP_SIGNALS: readonly NodeJS.Signals[] =
  process.platform === 'win32'
    ? ['SIGINT', 'SIGTERM', 'SIGHUP']
    : [
        'SIGINT',
        'SIGTERM',
        'SIGHUP',
        'SIGQUIT',
        'SIGUSR2',
        'SIGALRM',
        'SIGVTALRM',
        'SIGPROF',
        'SIGXCPU',
        'SIGXFSZ',
      ];

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pendingTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  pendingTemps.clear();
  // Ours was the only handler: end the process as the signal would have (exit status 128 + signal number).
  if (process.listenerCount(signal) === 1) {
    unwatchSignals();
    process.kill(process.pid, signal);
  }
}

function watchSignals(): void {
  if (pendingTemps.size === 1) for (const s of CLEANUP_SIGNALS) process.on(s, onSignal);
}

function unwatchSignals(): void {
  for (const s of CLEANUP_SIGNALS) process.off(s, onSignal);
}

/** Opens a fresh temp file next to `target`; on the (astronomically rare) name clash, draws a new name. */
async function openTemp(
  target: string,
  mode: number,
  fs: AtomicFs,
): Promise<{ temp: string; handle: WritableHandle }> {
  for (let attempt = 0; ; attempt++) {
    const temp = tempPathFor(target);
    try {
      // 'wx': never reuse an existing file (or follow a planted symlink) as the temp file.
      return { temp, handle: await fs.open(temp, 'wx', mode) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 9) throw e;
    }
  }
}

/**
 * Replaces `target` with the concatenated `chunks`, atomically: the previous file stays untouched until the
 * complete new one is on disk, fsynced and of the expected size; then one rename swaps them. On any failure
 * (or a catchable signal while writing) the temp file is removed. Chunks are awaited one at a time, so a
 * generator producing gigabytes needs memory for one chunk only.
 * @example await atomicWriteChunks('levels.csv', csvChunks(runs))
 */
export async function atomicWriteChunks(
  target: string,
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  fs: AtomicFs = realFs,
): Promise<void> {
  const resolved = await resolveTarget(target);
  const { temp, handle: opened } = await openTemp(resolved.path, resolved.mode ?? 0o666, fs);
  let handle: WritableHandle | undefined = opened;
  pendingTemps.add(temp);
  watchSignals();
  let renamed = false;
  try {
    // open() applies the umask; give a replaced file exactly its old permissions back (best effort).
    if (resolved.mode !== undefined) await fsp.chmod(temp, resolved.mode).catch(() => undefined);
    let bytes = 0;
    for await (const chunk of chunks) {
      await handle.writeFile(chunk);
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    }
    await handle.sync();
    if (handle.stat) {
      const { size } = await handle.stat();
      if (size !== bytes) {
        throw Object.assign(new Error(`short write: ${size} of ${bytes} bytes reached the disk`), {
          code: 'EIO',
        });
      }
    }
    const closing = handle;
    handle = undefined;
    await closing.close();
    await fs.rename(temp, resolved.path);
    renamed = true;
  } finally {
    if (handle) await handle.close().catch(() => undefined);
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
    pendingTemps.delete(temp);
    if (pendingTemps.size === 0) unwatchSignals();
  }
  await syncFolder(dirname(resolved.path));
}

/**
 * Replaces `target` with `data` atomically. On any failure the previous file is untouched, the temp file is
 * removed and the error is rethrown. A new file gets the default mode; an existing file keeps its mode.
 */
export async function atomicWriteFile(
  target: string,
  data: string | Uint8Array,
  fs: AtomicFs = realFs,
): Promise<void> {
  await atomicWriteChunks(target, [data], fs);
}
