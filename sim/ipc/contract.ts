/**
 * The one contract between the renderer and the Electron main process. No Electron import here, so the
 * renderer (and its browser fallback) can share the types. Every channel has a zod schema for its request
 * and response; main validates requests (main/ipc.ts), the preload exposes one named function per channel.
 * Channel names are noun:verb.
 */
import { z } from 'zod';
import { builtOnFirstUse } from '../builtOnFirstUse';

/** Every handler answers with this envelope; errors are short sentences for the user. */
export type BridgeResult<T> = { ok: true; data: T } | { ok: false; error: string };

const fileName = builtOnFirstUse(() => z.string().min(1).max(255));

/**
 * Largest lesson file read (bytes). A lesson holds a few dozen scenarios of a few kB each; main checks it
 * before reading, the renderer again on the text. Scenario files have their own 2 MB limit (sim/).
 */
export const MAX_LESSON_BYTES = 5_000_000;
const canceled = builtOnFirstUse(() => z.object({ canceled: z.literal(true) }));
/** A streamed export's handle: 128 random bits as 32 lowercase hex digits, issued by export:begin. */
const exportHandle = builtOnFirstUse(() => z.string().regex(/^[0-9a-f]{32}$/));
/** Largest chunk of a streamed export (bytes); the app sends about 2 MB at a time. */
export const MAX_EXPORT_CHUNK_BYTES = 16_000_000;
/** A handout has one page per scene; a lesson has at most 100 scenes (presentation/lesson.ts). */
export const MAX_HANDOUT_PAGES = 100;

/** A scenario file read by main (size-capped); `image`: the scenario came out of an exported PNG or SVG. */
const openedScenario = builtOnFirstUse(() =>
  z.object({
    canceled: z.literal(false),
    path: z.string(),
    text: z.string(),
    image: z.enum(['png', 'svg']).optional(),
  }),
);
const openedLesson = builtOnFirstUse(() =>
  z.object({ canceled: z.literal(false), name: z.string(), text: z.string() }),
);
/** A file the system asked the app to open that could not be read: its name and why, for the user. */
const refusedFile = builtOnFirstUse(() => z.object({ name: z.string(), error: z.string() }));

export const channels = builtOnFirstUse(
  () =>
    ({
      /**
       * Native open dialog, then read the chosen file (size-capped). The renderer parses the text. `image`: the
       * file was a PNG or SVG exported by K2 Kinetics and `text` is the scenario it carried (never a save target).
       */
      'scenario:open': {
        request: z.object({}).strict(),
        response: z.union([canceled, openedScenario]),
      },
      /**
       * Native open dialog for a lesson (presentation mode), read with the lesson limit. Only the file's name
       * comes back: a lesson is never a save target, so its path is of no use to the renderer.
       */
      'lesson:open': {
        request: z.object({}).strict(),
        response: z.union([canceled, openedLesson]),
      },
      /**
       * The next scenario file the system asked the app to open (a double-click, "Open with", a second launch
       * with a file: main/launch-file.ts), read as the Open dialog reads it; null when none is waiting. The
       * renderer asks at start and on each FILE_LAUNCHED_CHANNEL signal.
       */
      'launch:takeScenario': {
        request: z.object({}).strict(),
        response: z.object({ file: z.union([z.null(), openedScenario, refusedFile]) }),
      },
      /** The same for lesson files (presentation mode). */
      'launch:takeLesson': {
        request: z.object({}).strict(),
        response: z.object({ file: z.union([z.null(), openedLesson, refusedFile]) }),
      },
      /** Atomic write of a scenario. `path` null means "Save As" (ask with the native dialog). */
      'scenario:save': {
        request: z
          .object({ text: z.string().max(2_000_000), path: z.string().nullable(), suggestedName: fileName })
          .strict(),
        response: z.union([canceled, z.object({ canceled: z.literal(false), path: z.string() })]),
      },
      /** Native save dialog, then atomic write of an exported chart or data file. */
      'export:save': {
        request: z
          .object({
            kind: z.enum(['png', 'svg', 'csv', 'json', 'pptx']),
            suggestedName: fileName,
            /** Text content (svg, csv, json) or bytes (png, pptx). */
            content: z.union([z.string().max(200_000_000), z.instanceof(Uint8Array)]),
          })
          .strict(),
        response: z.union([canceled, z.object({ canceled: z.literal(false), path: z.string() })]),
      },
      /**
       * Streamed export of a large text file (a long CSV): native save dialog, then a handle for the chunks.
       * Nothing is written at the chosen path until export:end renames the finished file into place.
       */
      'export:begin': {
        request: z.object({ kind: z.enum(['csv', 'json']), suggestedName: fileName }).strict(),
        response: z.union([
          canceled,
          z.object({ canceled: z.literal(false), handle: exportHandle, path: z.string() }),
        ]),
      },
      /**
       * The next chunk of a streamed export as UTF-8 bytes (encoded in the worker that made it, so the page never
       * copies the text), answered once it is written: the renderer waits for the answer (backpressure).
       */
      'export:chunk': {
        request: z
          .object({
            handle: exportHandle,
            bytes: z
              .instanceof(Uint8Array)
              .refine((b) => b.byteLength <= MAX_EXPORT_CHUNK_BYTES, 'chunk too large'),
          })
          .strict(),
        response: z.object({ written: z.literal(true) }),
      },
      /** Finishes a streamed export: flush to disk, then an atomic rename over the chosen path. */
      'export:end': {
        request: z.object({ handle: exportHandle }).strict(),
        response: z.object({ path: z.string() }),
      },
      /** Cancels a streamed export: the partial file is removed and the chosen path left as it was. */
      'export:abort': {
        request: z.object({ handle: exportHandle }).strict(),
        response: z.object({ aborted: z.literal(true) }),
      },
      /**
       * The lesson handout as a PDF: main prints the window as it shows the handout (its print stylesheet lays out
       * one page per scene), asks where to save with the native dialog, and writes the file atomically.
       */
      'handout:printToPdf': {
        request: z
          .object({
            suggestedName: fileName,
            /** The handout's page count (one per scene): main refuses a PDF with a different count. */
            pages: z.number().int().min(1).max(MAX_HANDOUT_PAGES),
          })
          .strict(),
        response: z.union([canceled, z.object({ canceled: z.literal(false), path: z.string() })]),
      },
      /** Puts a PNG on the system clipboard. */
      'clipboard:writeImage': {
        request: z.object({ png: z.instanceof(Uint8Array) }).strict(),
        response: z.object({ written: z.literal(true) }),
      },
      /** The working state, saved on every change apart from the user's file: restores the last scenario and recovers after a crash. */
      'session:save': {
        request: z.object({ text: z.string().max(2_000_000) }).strict(),
        response: z.object({ saved: z.literal(true) }),
      },
      'session:load': {
        request: z.object({}).strict(),
        /** `notice`: why the window was reloaded (its renderer died), shown once by the restored page. */
        response: z.object({ text: z.string().nullable(), notice: z.string().max(500).optional() }),
      },
      /** Tells main whether there is unsaved work (asked about on close) and what the window title is. */
      'document:setState': {
        request: z.object({ dirty: z.boolean(), title: z.string().max(300) }).strict(),
        response: z.object({ updated: z.literal(true) }),
      },
    }) as const,
);

export type Channel = keyof typeof channels;
export type RequestOf<C extends Channel> = z.infer<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<(typeof channels)[C]['response']>;

/** Commands main sends to the renderer from the native menu. */
export const MENU_COMMANDS = [
  'scenario:new',
  'scenario:open',
  'scenario:save',
  'scenario:saveAs',
  'export:png',
  'export:svg',
  'export:csv',
  'export:copy',
  'export:sensitivity-png',
  'export:sensitivity-svg',
  'edit:undo',
  'edit:redo',
  'view:presentation',
  'help:sources',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';
/** Main's signal that a file given to the app by the system is waiting (no data: the renderer takes it). */
export const FILE_LAUNCHED_CHANNEL = 'launch:fileWaiting';

/**
 * What the preload exposes to the page (as `k2` on its global object). The renderer uses the same interface in the browser, backed by
 * browser equivalents (file input, download, localStorage).
 */
export interface K2Bridge {
  kind: 'electron' | 'browser';
  openScenario(): Promise<BridgeResult<ResponseOf<'scenario:open'>>>;
  openLesson(): Promise<BridgeResult<ResponseOf<'lesson:open'>>>;
  saveScenario(request: RequestOf<'scenario:save'>): Promise<BridgeResult<ResponseOf<'scenario:save'>>>;
  saveExport(request: RequestOf<'export:save'>): Promise<BridgeResult<ResponseOf<'export:save'>>>;
  beginExport(request: RequestOf<'export:begin'>): Promise<BridgeResult<ResponseOf<'export:begin'>>>;
  writeExportChunk(request: RequestOf<'export:chunk'>): Promise<BridgeResult<ResponseOf<'export:chunk'>>>;
  endExport(request: RequestOf<'export:end'>): Promise<BridgeResult<ResponseOf<'export:end'>>>;
  abortExport(request: RequestOf<'export:abort'>): Promise<BridgeResult<ResponseOf<'export:abort'>>>;
  /**
   * Saves the handout the window shows as a PDF (the desktop app, with Chromium's printToPDF). The browser version
   * opens the print dialog instead, where "Save as PDF" does the same; it then answers with path null.
   */
  printHandout(
    request: RequestOf<'handout:printToPdf'>,
  ): Promise<BridgeResult<ResponseOf<'handout:printToPdf'> | { canceled: false; path: null }>>;
  copyImage(
    request: RequestOf<'clipboard:writeImage'>,
  ): Promise<BridgeResult<ResponseOf<'clipboard:writeImage'>>>;
  saveSession(request: RequestOf<'session:save'>): Promise<BridgeResult<ResponseOf<'session:save'>>>;
  loadSession(): Promise<BridgeResult<ResponseOf<'session:load'>>>;
  takeLaunchedScenario(): Promise<BridgeResult<ResponseOf<'launch:takeScenario'>>>;
  takeLaunchedLesson(): Promise<BridgeResult<ResponseOf<'launch:takeLesson'>>>;
  setDocumentState(
    request: RequestOf<'document:setState'>,
  ): Promise<BridgeResult<ResponseOf<'document:setState'>>>;
  /** Subscribes to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to "a launched file is waiting" (Electron only); returns an unsubscribe function. */
  onFileLaunched(listener: () => void): () => void;
}
