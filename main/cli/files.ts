/**
 * The command line's file checks: what it writes is never the input and never anything but a regular file.
 * What it reads is checked in scenarioFile.ts (a regular file of bounded size: a FIFO or a device would block
 * or never end), loaded on demand.
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './args';

/** "a FIFO", "a folder", ... for a file that is not a regular file. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

export function codeOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException).code;
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
