/**
 * Files the operating system gives the app to open: a double-click on a scenario or lesson file (the file
 * associations in electron-builder.yml), "Open with", or a second launch with a file while the app runs (the
 * single-instance lock passes that launch's argv and working directory to the running app; macOS sends
 * 'open-file' instead). Main keeps them in a queue and the renderer takes them (launch:takeScenario /
 * launch:takeLesson) when it is ready, so a file given before the page has loaded is not lost. Each is read
 * and checked exactly as a file chosen in the Open dialog (main/files.ts). Free of Electron: main/index.ts
 * wires the events.
 */
import { basename, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResponseOf } from '../sim/ipc/contract';
import { UserFacingError } from './errors';
import type { FileHandlers } from './files';

export type LaunchFileKind = 'scenario' | 'lesson';

/** The lesson file suffix the app saves (renderer/src/presentation/lesson.ts lessonFileName). */
const LESSON_SUFFIX = '.k2lesson.json';
/** What the Open dialog takes as a scenario: scenario files (.k2.json or any .json) and exported images. */
const SCENARIO_EXTENSIONS = /\.(json|png|svg)$/i;

/** Which kind of file a path is, by its name; null for a file the app does not open. */
export function launchFileKind(path: string): LaunchFileKind | null {
  if (path.toLowerCase().endsWith(LESSON_SUFFIX)) return 'lesson';
  return SCENARIO_EXTENSIONS.test(path) ? 'scenario' : null;
}

/**
 * The file a launch asks to open, as an absolute path, or null. argv[0] is the executable; in development the
 * app's folder follows it (never a file with one of our extensions). Switches (Chromium adds some to a
 * second instance's argv) are skipped. Linux desktop files pass %U, so a file:// URL counts too. Relative
 * paths are relative to the launching process's folder (`workingDirectory`), not to the running app's.
 */
export function fileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i];
    if (arg === undefined || arg === '' || arg.startsWith('-')) continue;
    let path = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        path = fileURLToPath(arg);
      } catch {
        continue;
      }
    } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
      continue; // another URL scheme: not a file
    }
    if (launchFileKind(path) === null) continue;
    return isAbsolute(path) ? path : resolve(workingDirectory, path);
  }
  return null;
}

/** Files waiting for the renderer, in the order they were given, per kind. */
export class LaunchQueue {
  private readonly waiting: { kind: LaunchFileKind; path: string }[] = [];

  /** Queues a path if the app opens files of its kind; returns the kind (null: ignored). */
  add(path: string): LaunchFileKind | null {
    const kind = launchFileKind(path);
    if (kind !== null) this.waiting.push({ kind, path });
    return kind;
  }

  take(kind: LaunchFileKind): string | null {
    const index = this.waiting.findIndex((entry) => entry.kind === kind);
    if (index < 0) return null;
    const [entry] = this.waiting.splice(index, 1);
    return entry?.path ?? null;
  }
}

/** A sentence for the user; anything unexpected becomes a generic one (no system detail reaches the page). */
function refusal(path: string, error: unknown, log: Pick<Console, 'error'>): { name: string; error: string } {
  if (error instanceof UserFacingError) return { name: basename(path), error: error.message };
  log.error('[launch] could not open a launched file', error);
  return { name: basename(path), error: 'The file could not be opened.' };
}

/**
 * The launch:takeScenario and launch:takeLesson handlers: the next waiting file of that kind, opened by the
 * same code as the Open dialog's choice (size limit, UTF-8, images' embedded scenario, and for a valid
 * writable scenario the right to Save over it), or the sentence saying why it could not be read.
 */
export function createLaunchHandlers(
  queue: LaunchQueue,
  files: Pick<FileHandlers, 'openScenarioAt' | 'openLessonAt'>,
  log: Pick<Console, 'error'> = console,
): {
  takeScenario(): Promise<ResponseOf<'launch:takeScenario'>>;
  takeLesson(): Promise<ResponseOf<'launch:takeLesson'>>;
} {
  return {
    async takeScenario() {
      const path = queue.take('scenario');
      if (path === null) return { file: null };
      try {
        return { file: await files.openScenarioAt(path) };
      } catch (error) {
        return { file: refusal(path, error, log) };
      }
    },
    async takeLesson() {
      const path = queue.take('lesson');
      if (path === null) return { file: null };
      try {
        return { file: await files.openLessonAt(path) };
      } catch (error) {
        return { file: refusal(path, error, log) };
      }
    },
  };
}
