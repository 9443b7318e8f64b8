/**
 * Saves through symbolic links, with real files: the write queue keys on the real file, so saves through a
 * link and through its target keep their order, and a dangling link is written through (it stays a link).
 */
import { lstat, readFile, readdir, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWriteFile } from '../../main/atomic-write';
import { writeUserFile } from '../../main/files';
import { realWriteTarget } from '../../main/link-target';
import { PathWriteQueue } from '../../main/write-queue';
import { useTempDir } from './tempdir';

const tempDir = useTempDir();

describe('realWriteTarget', () => {
  it('follows a chain of links, relative and absolute, to a file that may not exist yet', async () => {
    const dir = await tempDir();
    await symlink('b.json', join(dir, 'a.json'));
    await symlink(join(dir, 'c.json'), join(dir, 'b.json'));
    expect(realWriteTarget(join(dir, 'a.json'))).toBe(join(dir, 'c.json'));
    expect(realWriteTarget(join(dir, 'plain.json'))).toBe(join(dir, 'plain.json'));
  });

  it('refuses a link cycle with ELOOP instead of looping', async () => {
    const dir = await tempDir();
    await symlink('y', join(dir, 'x'));
    await symlink('x', join(dir, 'y'));
    expect(() => realWriteTarget(join(dir, 'x'))).toThrow(expect.objectContaining({ code: 'ELOOP' }));
  });
});

describe('saves through links', () => {
  it('ten concurrent saves through a link and its target: the newest text always wins (20 rounds)', async () => {
    const dir = await tempDir();
    const real = join(dir, 'plan.json');
    const link = join(dir, 'link.json');
    await writeFile(real, 'v0');
    await symlink(real, link);
    const queue = new PathWriteQueue();
    for (let round = 0; round < 20; round++) {
      // Big enough that the writes overlap when they are not queued together.
      const texts = Array.from({ length: 10 }, (_, i) => `round ${round} save ${i} `.repeat(2_000 + i * 500));
      await Promise.all(
        texts.map((text, i) =>
          queue.run(i % 2 === 0 ? link : real, () => atomicWriteFile(i % 2 ? real : link, text)),
        ),
      );
      expect(await readFile(real, 'utf8'), `round ${round}`).toBe(texts[9]);
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
    }
    expect((await readdir(dir)).sort()).toEqual(['link.json', 'plan.json']);
  });

  it('a dangling link is written through: it stays a link and its target now holds the text', async () => {
    const dir = await tempDir();
    const link = join(dir, 'link.json');
    await symlink('not-yet.json', link);
    await writeUserFile(link, '{"saved":true}');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('not-yet.json');
    expect(await readFile(join(dir, 'not-yet.json'), 'utf8')).toBe('{"saved":true}');
  });
});
