import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { realFs } from '../../main/atomic-write';
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
});
