/**
 * The command line's file checks: what it reads is a regular file of bounded size (a FIFO or a device would
 * block or never end), and what it writes is never the input and never anything but a regular file.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { dirname } from 'node:path';
import { megabytes } from '../text/megabytes';
import { UsageError } from './args';
import { decodeScenarioBytes } from '../scenario/decode';

/** "a FIFO", "a folder", ... for a file that is not a regular file. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function codeOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException).code;
}

/** Reads a scenario file, refusing anything but a regular file, and oversized ones, before reading it. */
export function readScenarioFile(path: string, maxBytes: number): string {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (e) {
    const code = codeOf(e);
    throw new UsageError(`${path}: cannot open scenario file (${code === 'ENOENT' ? 'no such file' : code})`);
  }
  if (!stats.isFile())
    throw new UsageError(`${path}: not a regular file (${kindOf(stats)}); give a scenario file`);
  if (stats.size > maxBytes) {
    throw new UsageError(
      `${path}: file is too large for a scenario (${megabytes(stats.size)}; the limit is ${megabytes(maxBytes)})`,
    );
  }
  let fd: number;
  try {
    // Non-blocking open: if the path was swapped for a FIFO since the check, the open does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new UsageError(`${path}: cannot open scenario file (${codeOf(e)})`);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new UsageError(`${path}: not a regular file (${kindOf(opened)})`);
    // Read at most one byte past the limit, so a file that grew since the check is still refused.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (
      let n;
      length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;
    )
      length += n;
    if (length > maxBytes) throw new UsageError(`${path}: file is too large for a scenario`);
    // The same strict UTF-8 decoding as the app: invalid bytes are refused, never replaced.
    const decoded = decodeScenarioBytes(buffer.subarray(0, length));
    if (!decoded.ok) throw new UsageError(`${path}: ${decoded.error}`);
    return decoded.text;
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks an output path before anything runs: absent, or an existing regular file that is not the input
 * scenario (compared by real path, so `./s.json` or a link to it count as the same file). A symlink, FIFO,
 * device or folder is refused: replacing it with a regular file would destroy what it was.
 */
export function checkOutputPath(outPath: string, scenarioPath: string | null): void {
  if (outPath.trim() === '') throw new UsageError('--out needs a file name; it was empty');
  let stats: Stats | null = null;
  try {
    stats = lstatSync(outPath);
  } catch (e) {
    if (codeOf(e) === 'ENOTDIR')
      throw new UsageError(`--out ${outPath}: ${dirname(outPath)} is not a folder`);
    if (codeOf(e) !== 'ENOENT') throw new UsageError(`${outPath}: cannot use as output (${codeOf(e)})`);
  }
  if (stats && !stats.isFile()) {
    throw new UsageError(`--out ${outPath}: ${kindOf(stats)}, not a regular file; refusing to replace it`);
  }
  if (!stats) {
    // Absent: its folder must exist and be a folder (else the write fails later with a raw ENOENT).
    const folder = dirname(outPath);
    let parent: Stats;
    try {
      parent = statSync(folder);
    } catch {
      throw new UsageError(`--out ${outPath}: the folder ${folder} does not exist`);
    }
    if (!parent.isDirectory()) throw new UsageError(`--out ${outPath}: ${folder} is not a folder`);
  }
  if (stats && scenarioPath !== null) {
    let same = false;
    try {
      same = realpathSync(outPath) === realpathSync(scenarioPath);
    } catch {
      // The scenario cannot be resolved: reading it reports that.
    }
    if (same)
      throw new UsageError(
        `--out ${outPath} is the same file as --scenario; refusing to overwrite the input`,
      );
  }
}
