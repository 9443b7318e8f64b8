import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { realFs, type AtomicFs } from '../../main/atomic-write';
import { MAX_SESSION_BYTES, loadSession, saveSession, sessionPath } from '../../main/session';
import { useTempDir } from './tempdir';

const tempDir = useTempDir();
const quiet = () => ({ warn: vi.fn(), error: vi.fn() });

describe('session', () => {
  it('saves to session.json in userData (creating the folder) and loads it back', async () => {
    const userData = join(await tempDir(), 'K2 Kinetics');
    await saveSession(userData, '{"scenario":1}');
    expect(sessionPath(userData)).toBe(join(userData, 'session.json'));
    expect(await readFile(sessionPath(userData), 'utf8')).toBe('{"scenario":1}');
    expect(await loadSession(userData, quiet())).toBe('{"scenario":1}');
    await saveSession(userData, '{"scenario":2}');
    expect(await loadSession(userData, quiet())).toBe('{"scenario":2}');
    expect(await readdir(userData)).toEqual(['session.json']);
  });

  it('no session yet: null, and nothing logged', async () => {
    const log = quiet();
    expect(await loadSession(await tempDir(), log)).toBeNull();
    expect(log.warn).not.toHaveBeenCalled();
  });

  it('an oversized or unreadable session is ignored with a warning so the app still starts', async () => {
    const userData = await tempDir();
    await writeFile(sessionPath(userData), '');
    await truncate(sessionPath(userData), MAX_SESSION_BYTES + 1);
    const log = quiet();
    expect(await loadSession(userData, log)).toBeNull();
    expect(log.warn).toHaveBeenCalledTimes(1);
  });

  it('a failed save keeps the previous session intact', async () => {
    const userData = await tempDir();
    await saveSession(userData, 'previous');
    const failing = { ...realFs, rename: () => Promise.reject(new Error('simulated crash before rename')) };
    await expect(saveSession(userData, 'next', failing)).rejects.toThrow(
      'The working session could not be saved for recovery.',
    );
    expect(await loadSession(userData, quiet())).toBe('previous');
    expect(await readdir(userData)).toEqual(['session.json']);
  });

  it('saves finish in the order they were sent: a slow first write never overwrites a newer state', async () => {
    const userData = await tempDir();
    // Writing the first (older) state stalls 150 ms inside writeFile (a slow disk); the newer is immediate.
    const slowFirst: AtomicFs = {
      ...realFs,
      async open(path, flags, mode) {
        const handle = await realFs.open(path, flags, mode);
        return {
          writeFile: async (data) => {
            const delayMs = String(data).includes('older') ? 150 : 0;
            await new Promise((done) => setTimeout(done, delayMs));
            await handle.writeFile(data);
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    await Promise.all([
      saveSession(userData, '{"state":"older"}', slowFirst),
      saveSession(userData, '{"state":"newer"}', slowFirst),
    ]);
    expect(await loadSession(userData, quiet())).toBe('{"state":"newer"}');
    expect(await readdir(userData)).toEqual(['session.json']);
  });

  it('a failed save does not block the saves queued after it', async () => {
    const userData = await tempDir();
    const failing = { ...realFs, rename: () => Promise.reject(new Error('simulated failure')) };
    const results = await Promise.allSettled([
      saveSession(userData, 'first', failing),
      saveSession(userData, 'second'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect(await loadSession(userData, quiet())).toBe('second');
  });
});
