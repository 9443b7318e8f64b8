/**
 * The user's files: open and save scenarios, save exports. Paths are parameters and the native dialogs are
 * injected, so tests run against a real temporary folder without Electron. Writes are atomic
 * (main/atomic-write.ts); reads are size-capped before anything is read.
 */
import { access, constants, open, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { parseScenarioText } from '../sim/scenario/parse';
import { MAX_SCENARIO_BYTES } from '../sim/scenario/schema';
import { isPngSignature, readPngChunks } from '../sim/image/pngChunks';
import {
  MAX_IMAGE_BYTES,
  maxBytesFor,
  scenarioTextFromFile,
  sniffScenarioSource,
  type ScenarioSource,
} from '../sim/image/scenarioImage';
import { atomicWriteFile, realFs, type AtomicFs } from './atomic-write';
import { MAX_LESSON_BYTES, type RequestOf, type ResponseOf } from '../sim/ipc/contract';
import { UserFacingError } from './errors';
import { writeQueue, type PathWriteQueue } from './write-queue';

function formatMegabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toFixed(1))} MB`;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

/** A short sentence for a file system error; the original error stays attached as `cause` for the log. */
export function fileError(error: unknown, action: 'read' | 'write'): UserFacingError {
  if (error instanceof UserFacingError) return error;
  const verb = action === 'read' ? 'opened' : 'saved';
  const sentences: Record<string, string> = {
    ENOENT: action === 'read' ? 'The file could not be found.' : 'The folder could not be found.',
    EACCES: `You do not have permission to ${action} there.`,
    EPERM: `You do not have permission to ${action} there.`,
    ENOSPC: 'The disk is full, so the file could not be saved. Your previous file was not changed.',
    EDQUOT: 'The disk quota is full, so the file could not be saved. Your previous file was not changed.',
    EROFS: 'That disk is read-only.',
    EISDIR: 'That is a folder, not a file.',
    ENAMETOOLONG: 'The file name is too long.',
    EBUSY: 'The file is in use by another program.',
  };
  const code = errorCode(error);
  const sentence =
    (code !== undefined ? sentences[code] : undefined) ??
    (action === 'write'
      ? 'The file could not be saved. Your previous file was not changed.'
      : `The file could not be ${verb}.`);
  return new UserFacingError(sentence, { cause: error });
}

/** How many bytes of a file are read to tell a PNG or SVG from a scenario file. */
const SNIFF_BYTES = 64;

/**
 * Reads a file of at most `limitFor(head)` bytes, `head` being its first bytes (so a PNG and a scenario file
 * can have different limits). The size is checked from the file's metadata before more than the head is
 * read, and the read itself stops at the limit + 1, so a huge (or growing) file is refused without being
 * loaded. Anything but a regular file is refused before it is opened (opening a FIFO would block).
 */
async function readFileCapped(
  path: string,
  limitFor: (head: Uint8Array) => number,
  what: string,
): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UserFacingError('That is not a regular file.');
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead: headBytes } = await handle.read(head, 0, SNIFF_BYTES, 0);
      const maxBytes = limitFor(head.subarray(0, headBytes));
      const tooLarge = (bytes: number) =>
        new UserFacingError(
          `The ${what} is too large (${formatMegabytes(bytes)}; the limit is ${formatMegabytes(maxBytes)}).`,
        );
      if (info.size > maxBytes) throw tooLarge(info.size);
      const buffer = Buffer.alloc(maxBytes + 1);
      let length = 0;
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxBytes) throw tooLarge(length);
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileError(error, 'read');
  }
}

function decodeText(bytes: Uint8Array, what: string): string {
  try {
    // fatal: refuse binary files instead of silently replacing bytes; the BOM, if any, is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new UserFacingError(`The ${what} is not a UTF-8 text file.`, { cause: error });
  }
}

/**
 * Reads a UTF-8 text file of at most `maxBytes`. The size is checked from the file's metadata before any
 * content is read, and the read itself stops at maxBytes + 1, so a huge (or growing) file is refused without
 * being loaded. Anything but a regular file is refused before it is opened (opening a FIFO would block).
 */
export async function readTextFileCapped(path: string, maxBytes: number, what = 'file'): Promise<string> {
  return decodeText(await readFileCapped(path, () => maxBytes, what), what);
}

/**
 * A file opened as a scenario: a scenario file, or a PNG or SVG exported by K2 Kinetics (the scenario text
 * is taken out of the image here; the renderer validates it as it does a file's). The limit depends on what
 * the first bytes say the file is (sim/image/scenarioImage maxBytesFor). An image without a scenario, or
 * a damaged one, is refused with the sentence sim/ gives.
 */
export async function readScenarioFileCapped(
  path: string,
): Promise<{ text: string; source: ScenarioSource }> {
  const what = 'file for a scenario';
  const bytes = await readFileCapped(path, (head) => maxBytesFor(sniffScenarioSource(head)), what);
  const source = sniffScenarioSource(bytes.subarray(0, SNIFF_BYTES));
  if (source === 'scenario') return { text: decodeText(bytes, what), source };
  const found = scenarioTextFromFile(bytes);
  if (!found.ok) throw new UserFacingError(found.error);
  return { text: found.text, source: found.source };
}

/**
 * Writes text or bytes atomically, turning file system errors into sentences for the user. Queued per path
 * (main/write-queue.ts), so two saves of one file land in the order they were asked for.
 */
export async function writeUserFile(
  path: string,
  data: string | Uint8Array,
  fs: AtomicFs = realFs,
  queue: PathWriteQueue = writeQueue,
): Promise<void> {
  try {
    await queue.run(path, () => atomicWriteFile(path, data, fs));
  } catch (error) {
    throw fileError(error, 'write');
  }
}

/** A suggested name from the renderer made safe as a file name: no folders, no reserved characters. */
export function safeFileName(name: string, fallback = 'Untitled'): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned === '' ? fallback : cleaned.slice(0, 200);
}

/** Adds `.ext` when the chosen path has no extension (the Linux save dialog does not add one). */
export function ensureExtension(path: string, ext: string): string {
  return extname(path) === '' ? `${path}.${ext}` : path;
}

/** The native dialogs, bound to the window by main/index.ts and faked in tests. */
export interface Dialogs {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

/**
 * Paths the user picked in a native dialog during this run. A scenario save with a path writes without a
 * dialog only to one of these, so the renderer (if ever compromised) cannot choose where files are written.
 */
export class PathGrants {
  private readonly paths = new Set<string>();
  grant(path: string): void {
    this.paths.add(resolve(path));
  }
  has(path: string): boolean {
    return this.paths.has(resolve(path));
  }
}

const LESSON_FILTERS = [
  { name: 'K2 Kinetics lesson', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

/** True when this process may write the file (a read-only file is opened, but never saved over). */
async function isWritable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const SCENARIO_FILTERS = [
  { name: 'K2 Kinetics scenario', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

/** Open also takes the images K2 Kinetics exports: they carry their scenario. */
const OPEN_SCENARIO_FILTERS = [
  { name: 'K2 Kinetics scenario or exported image', extensions: ['json', 'png', 'svg'] },
  ...SCENARIO_FILTERS,
];

const EXPORT_FORMATS = {
  png: { name: 'PNG image', extension: 'png' },
  svg: { name: 'SVG image', extension: 'svg' },
  csv: { name: 'CSV data', extension: 'csv' },
  json: { name: 'JSON data', extension: 'json' },
  pptx: { name: 'PowerPoint slides', extension: 'pptx' },
  pdf: { name: 'PDF document', extension: 'pdf' },
} as const;

/**
 * Checks an export before it is written: a PNG or SVG within MAX_IMAGE_BYTES (the size is checked first, so a
 * huge buffer is not walked), a PNG whose chunks are all well formed (signature, IHDR first, every length and
 * CRC, IEND last, nothing after it), an SVG that is text starting with `<svg` or `<?xml`. Text exports must be
 * text. Throws a sentence for the user; main never writes a broken image under the user's name.
 */
export function checkExportContent(kind: ExportKind, content: string | Uint8Array): void {
  const format = EXPORT_FORMATS[kind];
  if (kind === 'png') {
    if (typeof content === 'string') throw new UserFacingError('The image to export is not a PNG image.');
    if (content.byteLength > MAX_IMAGE_BYTES) {
      throw new UserFacingError(
        `The image to export is too large (${formatMegabytes(content.byteLength)}; the limit is ${formatMegabytes(MAX_IMAGE_BYTES)}).`,
      );
    }
    const read = readPngChunks(content, { verifyCrc: 'all', trailing: 'refuse' });
    if (!read.ok) {
      throw new UserFacingError(
        read.error === 'The file is not a PNG image.'
          ? 'The image to export is not a PNG image.'
          : `The image to export is not a valid PNG (${read.error.charAt(0).toLowerCase()}${read.error.slice(1).replace(/\.$/, '')}), so it was not saved.`,
      );
    }
    return;
  }
  if (kind === 'pptx' || kind === 'pdf') {
    checkDocumentBytes(kind, content);
    return;
  }
  if (typeof content !== 'string') throw new UserFacingError(`A ${format.name} export must be text.`);
  if (kind === 'svg') {
    // Characters are a lower bound on UTF-8 bytes, so a long text is refused without encoding it.
    const bytes = content.length > MAX_IMAGE_BYTES ? content.length : Buffer.byteLength(content, 'utf8');
    if (bytes > MAX_IMAGE_BYTES) {
      throw new UserFacingError(
        `The image to export is too large (${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_IMAGE_BYTES)}).`,
      );
    }
    if (!/^\uFEFF?\s*<(\?xml\b|svg\b)/.test(content)) {
      throw new UserFacingError(
        'The image to export is not an SVG image (it must start with <svg or <?xml).',
      );
    }
  }
}

type ExportKind = keyof typeof EXPORT_FORMATS;

/** Largest slides or handout file written (bytes): a 100-scene lesson at 2x is about 20 MB. */
export const MAX_DOCUMENT_BYTES = 200_000_000;

/**
 * A .pptx is a zip (local file header "PK\x03\x04"); a PDF starts with "%PDF-" and ends with "%%EOF" (ISO 32000-1,
 * 7.5.2 and 7.5.5, trailing white space allowed). Refused in one sentence otherwise: never written under the user's name.
 */
export function checkDocumentBytes(kind: 'pptx' | 'pdf', content: string | Uint8Array): void {
  const what = kind === 'pptx' ? 'The slides' : 'The handout';
  const are = kind === 'pptx' ? 'are' : 'is';
  if (typeof content === 'string')
    throw new UserFacingError(`${what} to save must be a file's bytes, not text.`);
  if (content.byteLength > MAX_DOCUMENT_BYTES) {
    throw new UserFacingError(
      `${what} ${are} too large to save (${formatMegabytes(content.byteLength)}; the limit is ${formatMegabytes(MAX_DOCUMENT_BYTES)}).`,
    );
  }
  const head = Buffer.from(content.subarray(0, 5)).toString('latin1');
  if (kind === 'pptx' && head.slice(0, 4) !== 'PK\x03\x04') {
    throw new UserFacingError(
      'The slides to save are not a PowerPoint (.pptx) file, so they were not saved.',
    );
  }
  if (kind === 'pdf') {
    const tail = Buffer.from(content.subarray(Math.max(0, content.byteLength - 32))).toString('latin1');
    if (head !== '%PDF-' || !/%%EOF\s*$/.test(tail)) {
      throw new UserFacingError('The handout did not print as a complete PDF, so it was not saved.');
    }
  }
}

/** The 8-byte PNG signature (and something after it); main/clipboard.ts uses it before handing a PNG to the OS. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > 8 && isPngSignature(bytes);
}

export interface FileHandlerDeps {
  dialogs: Dialogs;
  /** Where dialogs start the first time (the user's Documents folder). */
  defaultFolder: string;
  grants?: PathGrants;
  fs?: AtomicFs;
  /** Whether this process may write a file (default: fs.access W_OK); injectable because root may write anything. */
  canWrite?: (path: string) => Promise<boolean>;
}

export interface FileHandlers {
  openScenario(request: RequestOf<'scenario:open'>): Promise<ResponseOf<'scenario:open'>>;
  openLesson(request: RequestOf<'lesson:open'>): Promise<ResponseOf<'lesson:open'>>;
  /** Opens a scenario file the user chose outside the dialog (a double-click, a second launch: main/launch-file.ts). */
  openScenarioAt(path: string): Promise<Extract<ResponseOf<'scenario:open'>, { canceled: false }>>;
  /** The same for a lesson file. */
  openLessonAt(path: string): Promise<Extract<ResponseOf<'lesson:open'>, { canceled: false }>>;
  saveScenario(request: RequestOf<'scenario:save'>): Promise<ResponseOf<'scenario:save'>>;
  saveExport(request: RequestOf<'export:save'>): Promise<ResponseOf<'export:save'>>;
  /** The save dialog of an export (also for streamed exports, main/export-stream.ts): a path, or null. */
  chooseExportPath(kind: keyof typeof EXPORT_FORMATS, suggestedName: string): Promise<string | null>;
}

/** The scenario:open, scenario:save and export:save handlers. Dialogs start in the last folder used. */
export function createFileHandlers(deps: FileHandlerDeps): FileHandlers {
  const grants = deps.grants ?? new PathGrants();
  const fs = deps.fs ?? realFs;
  const canWrite = deps.canWrite ?? isWritable;
  let lastFolder = deps.defaultFolder;

  async function askSavePath(defaultPath: string, filters: SaveDialogOptions['filters'], ext: string) {
    const result = await deps.dialogs.showSaveDialog({
      defaultPath,
      filters,
      properties: ['createDirectory'],
    });
    if (result.canceled || !result.filePath) return null;
    return ensureExtension(result.filePath, ext);
  }

  async function askOpenPath(title: string, filters: OpenDialogOptions['filters']) {
    const result = await deps.dialogs.showOpenDialog({
      title,
      defaultPath: lastFolder,
      filters,
      properties: ['openFile'],
    });
    const path = result.filePaths[0];
    return result.canceled || path === undefined ? null : path;
  }

  async function chooseExportPath(kind: keyof typeof EXPORT_FORMATS, suggestedName: string) {
    const format = EXPORT_FORMATS[kind];
    const target = await askSavePath(
      join(lastFolder, ensureExtension(safeFileName(suggestedName, 'K2 Kinetics export'), format.extension)),
      [{ name: format.name, extensions: [format.extension] }],
      format.extension,
    );
    if (target !== null) lastFolder = dirname(target);
    return target;
  }

  /** Opening a file the user chose (in the dialog or in the system): see openScenario below for the grant. */
  async function openScenarioAt(path: string) {
    const { text, source } = await readScenarioFileCapped(path);
    lastFolder = dirname(path);
    // An image is never a save target: saving the scenario must not write JSON over the picture.
    if (source !== 'scenario') return { canceled: false as const, path, text, image: source };
    if (parseScenarioText(text).ok && (await canWrite(path))) grants.grant(path);
    return { canceled: false as const, path, text };
  }

  async function openLessonAt(path: string) {
    const text = await readTextFileCapped(path, MAX_LESSON_BYTES, 'lesson file');
    lastFolder = dirname(path);
    return { canceled: false as const, name: basename(path), text };
  }

  return {
    chooseExportPath,
    /**
     * What opening may grant (issue 10, item 6: "opening a file never lets a later save write to that path
     * without the user choosing it"). Choosing a file in the Open dialog counts as choosing it for Save only
     * when the file becomes the current scenario document: it is read in full, it is a valid scenario (the
     * same parser the renderer uses, so a file the renderer refuses is never granted), and this process may
     * write it (a read-only file opens, but Save then asks where, starting at that path). Lessons open
     * through `openLesson`, which never grants: a lesson is not the scenario's save target. Anything else
     * (a refused, oversized or unreadable file) is never granted either, since the read fails first.
     */
    async openScenario() {
      const path = await askOpenPath('Open scenario', OPEN_SCENARIO_FILTERS);
      if (path === null) return { canceled: true };
      return openScenarioAt(path);
    },

    /** A lesson: read with the lesson limit (5 MB), parsed by the renderer. Never becomes a save target. */
    async openLesson() {
      const path = await askOpenPath('Open lesson', LESSON_FILTERS);
      if (path === null) return { canceled: true };
      return openLessonAt(path);
    },

    openScenarioAt,
    openLessonAt,

    async saveScenario({ text, path, suggestedName }) {
      // Never write a scenario this app would refuse to open again.
      const bytes = Buffer.byteLength(text, 'utf8');
      if (bytes > MAX_SCENARIO_BYTES) {
        throw new UserFacingError(
          `The scenario is too large to save (${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_SCENARIO_BYTES)}).`,
        );
      }
      const target =
        path !== null && grants.has(path)
          ? path
          : await askSavePath(
              path ?? join(lastFolder, ensureExtension(safeFileName(suggestedName, 'Scenario'), 'json')),
              SCENARIO_FILTERS,
              'json',
            );
      if (target === null) return { canceled: true };
      await writeUserFile(target, text, fs);
      grants.grant(target);
      lastFolder = dirname(target);
      return { canceled: false, path: target };
    },

    async saveExport({ kind, suggestedName, content }) {
      checkExportContent(kind, content);
      const target = await chooseExportPath(kind, suggestedName);
      if (target === null) return { canceled: true };
      await writeUserFile(target, content, fs);
      lastFolder = dirname(target);
      return { canceled: false, path: target };
    },
  };
}
