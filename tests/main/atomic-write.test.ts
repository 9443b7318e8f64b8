import { chmod, lstat, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  atomicWriteChunks,
  atomicWriteFile,
  isTempFileName,
  realFs,
  type AtomicFs,
} from '../../main/atomic-write';
import { writeUserFile } from '../../main/files';
import { useTempDir } from './tempdir';

const tempDir = useTempDir();

const OLD = Buffer.from('{"version":1,"name":"the previous, good file"}\n');
const NEW = 'x'.repeat(100_000);

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated failure`), { code });
}

/** Files other than the target: a failed write must leave none behind. */
async function leftovers(dir: string, target: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => join(dir, name) !== target);
}

describe('atomicWriteFile', () => {
  it('creates a new file and replaces an existing one', async () => {
    const dir = await tempDir();
    const target = join(dir, 'plan.json');
    await atomicWriteFile(target, 'first');
    expect(await readFile(target, 'utf8')).toBe('first');
    await atomicWriteFile(target, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    expect(await leftovers(dir, target)).toEqual([]);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const dir = await tempDir();
    const target = join(dir, 'private.json');
    await writeFile(target, OLD);
    await chmod(target, 0o600);
    await atomicWriteFile(target, NEW);
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('writes through a symlink and keeps the link', async () => {
    const dir = await tempDir();
    const real = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    await writeFile(real, OLD);
    await symlink(real, link);
    await atomicWriteFile(link, NEW);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe(NEW);
  });

  it('a failure in the middle of writing leaves the previous file byte-identical and no temp file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'plan.json');
    await writeFile(target, OLD);
    let partialTempSize = -1;
    // The disk fills up halfway: half the bytes reach the temp file, then the write fails.
    const diskFullHalfway: AtomicFs = {
      ...realFs,
      async open(path, flags, mode) {
        const handle = await realFs.open(path, flags, mode);
        return {
          sync: () => handle.sync(),
          close: () => handle.close(),
          async writeFile(data) {
            await handle.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data);
            partialTempSize = (await stat(path)).size;
            throw errnoError('ENOSPC');
          },
        };
      },
    };
    await expect(atomicWriteFile(target, NEW, diskFullHalfway)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(partialTempSize).toBe(NEW.length / 2); // the failure really happened mid-write
    expect((await readFile(target)).equals(OLD)).toBe(true);
    expect(await leftovers(dir, target)).toEqual([]);
  });

  it.each([
    ['the rename', { rename: () => Promise.reject(errnoError('EXDEV')) }],
    ['the flush to disk', {}],
  ] as const)(
    'a failure at %s leaves the previous file byte-identical and no temp file',
    async (_step, override) => {
      const dir = await tempDir();
      const target = join(dir, 'plan.json');
      await writeFile(target, OLD);
      const failingSync: AtomicFs = {
        ...realFs,
        async open(path, flags, mode) {
          const handle = await realFs.open(path, flags, mode);
          return {
            writeFile: (data) => handle.writeFile(data),
            close: () => handle.close(),
            sync: () => Promise.reject(errnoError('EIO')),
          };
        },
      };
      const fs: AtomicFs = 'rename' in override ? { ...realFs, ...override } : failingSync;
      await expect(atomicWriteFile(target, NEW, fs)).rejects.toThrow(/simulated failure/);
      expect((await readFile(target)).equals(OLD)).toBe(true);
      expect(await leftovers(dir, target)).toEqual([]);
    },
  );

  it('a failure when the target did not exist leaves nothing at all', async () => {
    const dir = await tempDir();
    const target = join(dir, 'new.json');
    await expect(
      atomicWriteFile(target, NEW, { ...realFs, rename: () => Promise.reject(errnoError('EPERM')) }),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('a symlink planted at the temp name is never followed: the victim is untouched, the write still lands', async () => {
    const dir = await tempDir();
    const target = join(dir, 'plan.json');
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, OLD);
    const attempted: string[] = [];
    // An attacker who could guess the temp name plants a symlink there just before the open.
    const planting: AtomicFs = {
      ...realFs,
      async open(path, flags, mode) {
        attempted.push(path);
        if (attempted.length === 1) await symlink(victim, path);
        return realFs.open(path, flags, mode);
      },
    };
    await atomicWriteChunks(target, ['new ', 'content'], planting);
    expect((await readFile(victim)).equals(OLD)).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(attempted).toHaveLength(2);
    expect(attempted[0]).not.toBe(attempted[1]);
    // Only the planted link (left alone: it is not ours) and the two real files remain.
    expect((await readdir(dir)).sort()).toEqual(
      ['plan.json', 'victim.txt', attempted[0]!.split('/').pop()!].sort(),
    );
  });

  it('temp names are unpredictable: 1000 names for one target never repeat', async () => {
    const { tempPathFor } = await import('../../main/atomic-write');
    const names = new Set(Array.from({ length: 1000 }, () => tempPathFor('/x/plan.json')));
    expect(names.size).toBe(1000);
  });

  it('streams many chunks (strings and bytes) into one file, in order', async () => {
    const dir = await tempDir();
    const target = join(dir, 'levels.csv');
    async function* chunks() {
      for (let i = 0; i < 2000; i++) yield i % 2 === 0 ? `${i},µg\n` : Buffer.from(`${i},µg\n`);
    }
    await atomicWriteChunks(target, chunks());
    const expected = Array.from({ length: 2000 }, (_, i) => `${i},µg\n`).join('');
    expect(await readFile(target, 'utf8')).toBe(expected);
    expect(await leftovers(dir, target)).toEqual([]);
  });

  it('a short write that reports success is caught by the size check: the previous file stays', async () => {
    const dir = await tempDir();
    const target = join(dir, 'plan.json');
    await writeFile(target, OLD);
    // A broken file system (or a lying network share) drops the second half of every write silently.
    const lossy: AtomicFs = {
      ...realFs,
      async open(path, flags, mode) {
        const handle = await realFs.open(path, flags, mode);
        return {
          sync: () => handle.sync(),
          close: () => handle.close(),
          stat: () => (handle as unknown as { stat(): Promise<{ size: number }> }).stat(),
          writeFile: (data) =>
            handle.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data),
        };
      },
    };
    await expect(atomicWriteFile(target, NEW, lossy)).rejects.toThrow(/short write/);
    expect((await readFile(target)).equals(OLD)).toBe(true);
    expect(await leftovers(dir, target)).toEqual([]);
  });

  it('temp files are hidden names next to the target', () => {
    expect(isTempFileName('.plan.json.0a1b2c3d4e5f.tmp')).toBe(true);
    expect(isTempFileName('plan.json')).toBe(false);
  });
});

describe('writeUserFile', () => {
  it('reports a full disk in one sentence and keeps the previous file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'plan.json');
    await writeFile(target, OLD);
    const fs: AtomicFs = { ...realFs, rename: () => Promise.reject(errnoError('ENOSPC')) };
    await expect(writeUserFile(target, NEW, fs)).rejects.toThrow(
      'The disk is full, so the file could not be saved. Your previous file was not changed.',
    );
    expect((await readFile(target)).equals(OLD)).toBe(true);
  });

  it('reports a missing folder', async () => {
    const dir = await tempDir();
    await expect(writeUserFile(join(dir, 'no-such-folder', 'plan.json'), 'x')).rejects.toThrow(
      'The folder could not be found.',
    );
  });
});
