import { chmod, mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MAX_SCENARIO_BYTES } from '../../sim/scenario/schema';
import { defaultScenario, serializeScenario } from '../../sim';
import { MAX_LESSON_BYTES } from '../../sim/ipc/contract';
import {
  createFileHandlers,
  ensureExtension,
  PathGrants,
  readTextFileCapped,
  safeFileName,
  type Dialogs,
} from '../../main/files';
import { useTempDir } from './tempdir';

const tempDir = useTempDir();

/** A real 1 × 1 PNG (red pixel): export:save checks every chunk before writing. */
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  ),
);
/** A complete scenario file, as the app writes it. */
const VALID = serializeScenario(defaultScenario());
const SCENARIO = JSON.stringify({ format: 'k2-kinetics-scenario', version: 2, name: 'Daily MK-7 — 90 µg' });

/** Native dialogs that answer with preset paths (null = the user cancelled) and record their options. */
function fakeDialogs(answers: { open?: string | null; save?: string | null }) {
  const dialogs = {
    showOpenDialog: vi.fn(async (_options: OpenDialogOptions) =>
      answers.open ? { canceled: false, filePaths: [answers.open] } : { canceled: true, filePaths: [] },
    ),
    showSaveDialog: vi.fn(async (_options: SaveDialogOptions) =>
      answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' },
    ),
  } satisfies Dialogs;
  return dialogs;
}

describe('readTextFileCapped', () => {
  it('reads UTF-8 text and drops a byte order mark', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('µg ✓')]));
    expect(await readTextFileCapped(path, 100)).toBe('µg ✓');
  });

  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFile(path, 'x'.repeat(100));
    expect(await readTextFileCapped(path, 100)).toHaveLength(100);
    await writeFile(path, 'x'.repeat(101));
    await expect(readTextFileCapped(path, 100)).rejects.toThrow(/too large/);
  });

  it('refuses an oversized file from its size alone, without reading it', async () => {
    const dir = await tempDir();
    const path = join(dir, 'huge.json');
    await writeFile(path, '');
    // A sparse 64 GB file: reading it (or allocating a buffer for it) would take minutes or crash.
    await truncate(path, 64 * 1024 ** 3);
    // No wall-clock assert here (it flakes on a slow machine): reading 64 GB would not finish within the
    // test timeout, and the size in the message comes from the metadata, so this proves nothing was read.
    await expect(readTextFileCapped(path, MAX_SCENARIO_BYTES, 'file for a scenario')).rejects.toThrow(
      'The file for a scenario is too large (68719 MB; the limit is 2 MB).',
    );
  });

  it('refuses binary data, folders and missing files with a sentence', async () => {
    const dir = await tempDir();
    const binary = join(dir, 'image.png');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]));
    await expect(readTextFileCapped(binary, 100)).rejects.toThrow('The file is not a UTF-8 text file.');
    await expect(readTextFileCapped(dir, 100)).rejects.toThrow('That is not a regular file.');
    await expect(readTextFileCapped(join(dir, 'missing.json'), 100)).rejects.toThrow(
      'The file could not be found.',
    );
  });
});

describe('scenario files', () => {
  it('save (with the dialog) then open round-trips the exact text', async () => {
    const dir = await tempDir();
    const chosen = join(dir, 'Daily MK-7.json');
    const dialogs = fakeDialogs({ save: chosen, open: chosen });
    const files = createFileHandlers({ dialogs, defaultFolder: dir });

    expect(await files.saveScenario({ text: SCENARIO, path: null, suggestedName: 'Daily MK-7' })).toEqual({
      canceled: false,
      path: chosen,
    });
    expect(dialogs.showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe(join(dir, 'Daily MK-7.json'));
    expect(await readFile(chosen, 'utf8')).toBe(SCENARIO);
    expect(await files.openScenario({})).toEqual({ canceled: false, path: chosen, text: SCENARIO });
  });

  it('adds .json when the user typed a name without an extension', async () => {
    const dir = await tempDir();
    const files = createFileHandlers({
      dialogs: fakeDialogs({ save: join(dir, 'plan') }),
      defaultFolder: dir,
    });
    const result = await files.saveScenario({ text: SCENARIO, path: null, suggestedName: 'x' });
    expect(result).toEqual({ canceled: false, path: join(dir, 'plan.json') });
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('Save with a path the user chose writes without asking again', async () => {
    const dir = await tempDir();
    const path = join(dir, 'plan.json');
    await writeFile(path, VALID);
    const dialogs = fakeDialogs({ open: path });
    const files = createFileHandlers({ dialogs, defaultFolder: dir });
    await files.openScenario({});
    expect(await files.saveScenario({ text: SCENARIO, path, suggestedName: 'plan.json' })).toEqual({
      canceled: false,
      path,
    });
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
    expect(await readFile(path, 'utf8')).toBe(SCENARIO);
  });

  it('Save with a path the user never chose asks first, so the renderer cannot pick where files go', async () => {
    const dir = await tempDir();
    const planted = join(dir, 'somewhere-else.json');
    const dialogs = fakeDialogs({ save: null });
    const files = createFileHandlers({ dialogs, defaultFolder: dir, grants: new PathGrants() });
    expect(await files.saveScenario({ text: SCENARIO, path: planted, suggestedName: 'x' })).toEqual({
      canceled: true,
    });
    expect(dialogs.showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe(planted);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a cancelled save writes nothing and leaves the existing file alone', async () => {
    const dir = await tempDir();
    const existing = join(dir, 'plan.json');
    await writeFile(existing, 'previous');
    const files = createFileHandlers({ dialogs: fakeDialogs({ save: null }), defaultFolder: dir });
    expect(await files.saveScenario({ text: SCENARIO, path: null, suggestedName: 'plan' })).toEqual({
      canceled: true,
    });
    expect(await readFile(existing, 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('refuses to save a scenario it could not open again (over 2 MB as UTF-8)', async () => {
    const dir = await tempDir();
    const dialogs = fakeDialogs({ save: join(dir, 'big.json') });
    const files = createFileHandlers({ dialogs, defaultFolder: dir });
    // 1.5 million characters, 3 bytes each in UTF-8: under the request's character limit, over the byte limit.
    const text = '✓'.repeat(1_500_000);
    await expect(files.saveScenario({ text, path: null, suggestedName: 'big' })).rejects.toThrow(
      /too large to save/,
    );
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
  });

  it('opening an oversized scenario is refused with the limit in the message', async () => {
    const dir = await tempDir();
    const path = join(dir, 'big.json');
    await writeFile(path, '');
    await truncate(path, MAX_SCENARIO_BYTES + 1);
    const files = createFileHandlers({ dialogs: fakeDialogs({ open: path }), defaultFolder: dir });
    await expect(files.openScenario({})).rejects.toThrow(/too large .*the limit is 2 MB/);
  });

  it('a cancelled open answers canceled', async () => {
    const dir = await tempDir();
    const files = createFileHandlers({ dialogs: fakeDialogs({ open: null }), defaultFolder: dir });
    expect(await files.openScenario({})).toEqual({ canceled: true });
  });

  it('the next dialog starts in the folder used last', async () => {
    const dir = await tempDir();
    const sub = join(dir, 'lessons');
    await mkdir(sub);
    const dialogs = fakeDialogs({ save: join(sub, 'a.json') });
    const files = createFileHandlers({ dialogs, defaultFolder: dir });
    await files.saveScenario({ text: SCENARIO, path: null, suggestedName: 'a' });
    await files.saveScenario({ text: SCENARIO, path: null, suggestedName: 'b' });
    expect(dialogs.showSaveDialog.mock.calls[1]?.[0].defaultPath).toBe(join(sub, 'b.json'));
  });
});

describe('exports', () => {
  it('writes PNG bytes exactly', async () => {
    const dir = await tempDir();
    const files = createFileHandlers({
      dialogs: fakeDialogs({ save: join(dir, 'chart') }),
      defaultFolder: dir,
    });
    expect(await files.saveExport({ kind: 'png', suggestedName: 'chart.png', content: PNG })).toEqual({
      canceled: false,
      path: join(dir, 'chart.png'),
    });
    expect([...(await readFile(join(dir, 'chart.png')))]).toEqual([...PNG]);
  });

  it('writes text exports and filters the dialog to the format', async () => {
    const dir = await tempDir();
    const dialogs = fakeDialogs({ save: join(dir, 'data.csv') });
    const files = createFileHandlers({ dialogs, defaultFolder: dir });
    await files.saveExport({ kind: 'csv', suggestedName: 'data', content: 'time_h;conc\n0;0,5\n' });
    expect(await readFile(join(dir, 'data.csv'), 'utf8')).toBe('time_h;conc\n0;0,5\n');
    expect(dialogs.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: join(dir, 'data.csv'),
      filters: [{ name: 'CSV data', extensions: ['csv'] }],
    });
  });

  it('refuses content that does not match the kind, before asking where to save', async () => {
    const dir = await tempDir();
    const dialogs = fakeDialogs({ save: join(dir, 'x') });
    const files = createFileHandlers({ dialogs, defaultFolder: dir });
    await expect(files.saveExport({ kind: 'png', suggestedName: 'x', content: 'not bytes' })).rejects.toThrow(
      'The image to export is not a PNG image.',
    );
    await expect(
      files.saveExport({
        kind: 'png',
        suggestedName: 'x',
        content: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]),
      }),
    ).rejects.toThrow('The image to export is not a PNG image.');
    await expect(files.saveExport({ kind: 'svg', suggestedName: 'x', content: PNG })).rejects.toThrow(
      /must be text/,
    );
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('safeFileName and ensureExtension', () => {
  it('keeps only a plain file name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..\\..\\Windows\\win.ini')).toBe('win.ini');
    expect(safeFileName('MK-7: 90 µg/day?')).toBe('day-');
    expect(safeFileName('a<b>c|d*e"f')).toBe('a-b-c-d-e-f');
    expect(safeFileName(' ..hidden. ')).toBe('hidden');
    expect(safeFileName('...', 'Scenario')).toBe('Scenario');
    expect(safeFileName('x'.repeat(300))).toHaveLength(200);
  });

  it('adds an extension only when there is none', () => {
    expect(ensureExtension('/a/plan', 'json')).toBe('/a/plan.json');
    expect(ensureExtension('/a/plan.json', 'json')).toBe('/a/plan.json');
    expect(ensureExtension('/a/plan.txt', 'json')).toBe('/a/plan.txt');
  });
});

describe('what opening a file lets a later save do', () => {
  /** Opens `path` through the handlers, then asks to save to it: did main write without a dialog? */
  async function saveAfterOpen(path: string, open: 'scenario' | 'lesson', writable?: boolean) {
    const dir = await tempDir();
    const dialogs = fakeDialogs({ open: path, save: null });
    const files = createFileHandlers({
      dialogs,
      defaultFolder: dir,
      grants: new PathGrants(),
      ...(writable === undefined ? {} : { canWrite: async () => writable }),
    });
    await (open === 'scenario' ? files.openScenario({}) : files.openLesson({})).catch(() => undefined);
    const result = await files.saveScenario({ text: VALID, path, suggestedName: 'x.json' });
    return { result, asked: dialogs.showSaveDialog.mock.calls.length > 0 };
  }

  it('a valid, writable scenario opened becomes the save target', async () => {
    const path = join(await tempDir(), 'plan.json');
    await writeFile(path, VALID);
    expect(await saveAfterOpen(path, 'scenario')).toEqual({
      result: { canceled: false, path },
      asked: false,
    });
  });

  it('a lesson opened never becomes the scenario save target', async () => {
    const path = join(await tempDir(), 'week3.k2lesson.json');
    await writeFile(path, '{"format":"k2-kinetics-lesson"}');
    expect(await saveAfterOpen(path, 'lesson')).toEqual({ result: { canceled: true }, asked: true });
    expect(await readFile(path, 'utf8')).toBe('{"format":"k2-kinetics-lesson"}');
  });

  it('a file refused as a scenario (not valid) never becomes the save target', async () => {
    const path = join(await tempDir(), 'notes.json');
    await writeFile(path, '{"my":"notes"}');
    expect(await saveAfterOpen(path, 'scenario')).toEqual({ result: { canceled: true }, asked: true });
    expect(await readFile(path, 'utf8')).toBe('{"my":"notes"}');
  });

  it('an oversized file refused at open never becomes the save target', async () => {
    const path = join(await tempDir(), 'big.json');
    await writeFile(path, '');
    await truncate(path, MAX_SCENARIO_BYTES + 1);
    expect(await saveAfterOpen(path, 'scenario')).toEqual({ result: { canceled: true }, asked: true });
  });

  it('a read-only file opens, but Save asks where', async () => {
    const path = join(await tempDir(), 'shared.json');
    await writeFile(path, VALID);
    // Injected, because the tests may run as root, who can write any file.
    expect(await saveAfterOpen(path, 'scenario', false)).toEqual({ result: { canceled: true }, asked: true });
    expect(await saveAfterOpen(path, 'scenario', true)).toEqual({
      result: { canceled: false, path },
      asked: false,
    });
  });

  it.skipIf(process.getuid?.() === 0)('the default writability check sees a read-only file', async () => {
    const path = join(await tempDir(), 'shared.json');
    await writeFile(path, VALID);
    await chmod(path, 0o444);
    expect(await saveAfterOpen(path, 'scenario')).toEqual({ result: { canceled: true }, asked: true });
  });
});

describe('lesson files open with the lesson limit', () => {
  it('a 3 MB lesson (over the scenario limit, under the lesson limit) is read', async () => {
    const dir = await tempDir();
    const path = join(dir, 'big.k2lesson.json');
    await writeFile(path, `"${'x'.repeat(3_000_000)}"`);
    const files = createFileHandlers({ dialogs: fakeDialogs({ open: path }), defaultFolder: dir });
    const result = await files.openLesson({});
    expect(result.canceled === false && result.text.length).toBe(3_000_002);
    expect(result.canceled === false && result.name).toBe('big.k2lesson.json');
  });

  it('a lesson over the lesson limit is refused with that limit in the message', async () => {
    const dir = await tempDir();
    const path = join(dir, 'huge.k2lesson.json');
    await writeFile(path, '');
    await truncate(path, MAX_LESSON_BYTES + 1);
    const files = createFileHandlers({ dialogs: fakeDialogs({ open: path }), defaultFolder: dir });
    await expect(files.openLesson({})).rejects.toThrow(/lesson file is too large .*the limit is 5 MB/);
  });
});
