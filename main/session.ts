/**
 * The working session: the renderer saves its current scenario on every change to `session.json` in the
 * app's userData folder, apart from the user's own files, so the next launch restores it and a crash loses
 * nothing. Written atomically like user files, so a crash during the write keeps the previous session.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWriteFile, realFs, type AtomicFs } from './atomic-write';
import { UserFacingError } from './errors';
import { readTextFileCapped } from './files';
import type { Logger } from './ipc';
import { writeQueue, type PathWriteQueue } from './write-queue';

export const SESSION_FILE_NAME = 'session.json';
/** The request allows 2 million characters; in UTF-8 that is at most 6 MB. */
export const MAX_SESSION_BYTES = 6_000_000;

export function sessionPath(userDataFolder: string): string {
  return join(userDataFolder, SESSION_FILE_NAME);
}

/**
 * Writes the session atomically, queued behind any earlier session write (main/write-queue.ts): saves can
 * arrive faster than the disk finishes them, and the last state sent must be the one that stays.
 */
export async function saveSession(
  userDataFolder: string,
  text: string,
  fs: AtomicFs = realFs,
  queue: PathWriteQueue = writeQueue,
): Promise<void> {
  const path = sessionPath(userDataFolder);
  try {
    await queue.run(path, async () => {
      await mkdir(userDataFolder, { recursive: true });
      await atomicWriteFile(path, text, fs);
    });
  } catch (error) {
    throw new UserFacingError('The working session could not be saved for recovery.', { cause: error });
  }
}

/**
 * The last session's text, or null when there is none. An unreadable or oversized session is logged and
 * treated as absent: the app should still start, with a fresh scenario.
 */
export async function loadSession(userDataFolder: string, log: Logger = console): Promise<string | null> {
  const path = sessionPath(userDataFolder);
  try {
    return await readTextFileCapped(path, MAX_SESSION_BYTES, 'saved session');
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    const missing = typeof cause === 'object' && cause !== null && 'code' in cause && cause.code === 'ENOENT';
    if (!missing) log.warn(`[session] ignoring unreadable ${path}`, error);
    return null;
  }
}
