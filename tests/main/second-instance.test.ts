import { mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { defaultScenario, serializeScenario } from '../../sim';
import { channels, MAX_LESSON_BYTES } from '../../sim/ipc/contract';
import { MAX_SCENARIO_BYTES } from '../../sim/scenario/schema';
import { createFileHandlers, PathGrants, type Dialogs } from '../../main/files';
import { createLaunchHandlers, fileFromArgv, launchFileKind, LaunchQueue } from '../../main/launch-file';
import { useTempDir } from './tempdir';

const tempDir = useTempDir();
const VALID = serializeScenario(defaultScenario());
/** A real 1 × 1 PNG without a scenario in it. */
const PLAIN_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** Dialogs that record being asked; the save dialog is cancelled (so "asked" means "not granted"). */
function recordingDialogs() {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
  } satisfies Dialogs;
}

async function launchSetup() {
  const dir = await tempDir();
  const dialogs = recordingDialogs();
  const files = createFileHandlers({ dialogs, defaultFolder: dir, grants: new PathGrants() });
  const queue = new LaunchQueue();
  const log = { error: vi.fn() };
  return { dir, dialogs, files, queue, launch: createLaunchHandlers(queue, files, log), log };
}

describe('fileFromArgv: the file a (second) launch asks to open', () => {
  it('takes the file after the executable of a packaged app', () => {
    expect(fileFromArgv(['/opt/K2 Kinetics/k2-kinetics', '/home/ana/Week 3.k2.json'], '/')).toBe(
      '/home/ana/Week 3.k2.json',
    );
  });

  it("resolves a relative path against the launching process's folder", () => {
    expect(fileFromArgv(['k2-kinetics', 'plans/week3.k2.json'], '/home/ana')).toBe(
      '/home/ana/plans/week3.k2.json',
    );
  });

  it('skips the app folder of a development run and the switches Chromium adds', () => {
    const argv = [
      '/work/node_modules/electron/dist/electron',
      '.',
      '--allow-file-access-from-files',
      'lesson.k2lesson.json',
      '--original-process-start-time=13370000000000000',
    ];
    expect(fileFromArgv(argv, '/class')).toBe('/class/lesson.k2lesson.json');
  });

  it('reads a file:// URL (Linux desktop files pass %U)', () => {
    const path = '/home/ana/Mes plans/été.k2.json';
    expect(fileFromArgv(['k2', pathToFileURL(path).href], '/')).toBe(path);
  });

  it('finds nothing in a plain launch, a folder, another URL or a file the app does not open', () => {
    expect(fileFromArgv(['/opt/k2/k2-kinetics'], '/')).toBeNull();
    expect(fileFromArgv(['electron', '.'], '/work')).toBeNull();
    expect(fileFromArgv(['k2', 'https://example.org/plan.k2.json'], '/')).toBeNull();
    expect(fileFromArgv(['k2', 'notes.txt', '--flag'], '/')).toBeNull();
    expect(fileFromArgv([], '/')).toBeNull();
  });

  it('knows a lesson from a scenario and an exported image', () => {
    expect(launchFileKind('a.k2lesson.json')).toBe('lesson');
    expect(launchFileKind('A.K2LESSON.JSON')).toBe('lesson');
    expect(launchFileKind('a.k2.json')).toBe('scenario');
    expect(launchFileKind('figure.png')).toBe('scenario');
    expect(launchFileKind('figure.svg')).toBe('scenario');
    expect(launchFileKind('a.k2.json.txt')).toBeNull();
  });
});

describe('launched files are opened as the Open dialog opens them', () => {
  it('a valid scenario arrives with its exact text and becomes the save target, without any dialog', async () => {
    const { dir, dialogs, files, queue, launch } = await launchSetup();
    const path = join(dir, 'week3.k2.json');
    await writeFile(path, VALID);
    // The second instance's argv, as Electron hands it over.
    expect(queue.add(fileFromArgv(['k2-kinetics', 'week3.k2.json'], dir) ?? '')).toBe('scenario');
    expect(await launch.takeScenario()).toEqual({ file: { canceled: false, path, text: VALID } });
    expect(await launch.takeScenario()).toEqual({ file: null });
    expect(dialogs.showOpenDialog).not.toHaveBeenCalled();
    // Granted like a file chosen in the dialog: Save writes there without asking.
    expect(await files.saveScenario({ text: VALID, path, suggestedName: 'x' })).toEqual({
      canceled: false,
      path,
    });
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
  });

  it('a file that is not a valid scenario is passed on for the page to refuse, and never granted', async () => {
    const { dir, dialogs, files, queue, launch } = await launchSetup();
    const path = join(dir, 'notes.json');
    await writeFile(path, '{"my":"notes"}');
    queue.add(path);
    expect(await launch.takeScenario()).toEqual({ file: { canceled: false, path, text: '{"my":"notes"}' } });
    expect(await files.saveScenario({ text: VALID, path, suggestedName: 'x' })).toEqual({ canceled: true });
    expect(dialogs.showSaveDialog).toHaveBeenCalledOnce();
    expect(await readFile(path, 'utf8')).toBe('{"my":"notes"}');
  });

  it('refuses what the dialog refuses, with the same sentences and the file name', async () => {
    const { dir, queue, launch } = await launchSetup();
    const big = join(dir, 'big.k2.json');
    await writeFile(big, '');
    await truncate(big, MAX_SCENARIO_BYTES + 1);
    const picture = join(dir, 'holiday.png');
    await writeFile(picture, PLAIN_PNG);
    const folder = join(dir, 'folder.k2.json');
    await mkdir(folder);
    for (const path of [big, join(dir, 'gone.k2.json'), picture, folder]) queue.add(path);

    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push((await launch.takeScenario()).file);
    expect(answers).toEqual([
      { name: 'big.k2.json', error: expect.stringMatching(/too large \(.*the limit is 2 MB\)/) },
      { name: 'gone.k2.json', error: 'The file could not be found.' },
      { name: 'holiday.png', error: expect.stringMatching(/scenario/i) },
      { name: 'folder.k2.json', error: 'That is not a regular file.' },
    ]);
    // Every answer fits the contract the renderer relies on.
    for (const file of answers) {
      expect(channels['launch:takeScenario'].response.safeParse({ file }).success).toBe(true);
    }
  });

  it('lessons and scenarios wait in separate queues, each in the order given', async () => {
    const { dir, queue, launch } = await launchSetup();
    const lesson = join(dir, 'class.k2lesson.json');
    await writeFile(lesson, '{"format":"k2-kinetics-lesson"}');
    const first = join(dir, 'a.k2.json');
    const second = join(dir, 'b.k2.json');
    await writeFile(first, VALID);
    await writeFile(second, VALID);
    queue.add(first);
    queue.add(lesson);
    queue.add(second);
    expect(queue.add(join(dir, 'readme.txt'))).toBeNull();
    expect(await launch.takeLesson()).toEqual({
      file: { canceled: false, name: 'class.k2lesson.json', text: '{"format":"k2-kinetics-lesson"}' },
    });
    expect(await launch.takeLesson()).toEqual({ file: null });
    const taken = [(await launch.takeScenario()).file, (await launch.takeScenario()).file];
    expect(taken.map((f) => f && 'path' in f && f.path)).toEqual([first, second]);
  });

  it('a lesson is read with the lesson limit', async () => {
    const { dir, queue, launch } = await launchSetup();
    const ok = join(dir, 'three-mb.k2lesson.json');
    await writeFile(ok, `"${'x'.repeat(3_000_000)}"`);
    const huge = join(dir, 'huge.k2lesson.json');
    await writeFile(huge, '');
    await truncate(huge, MAX_LESSON_BYTES + 1);
    queue.add(ok);
    queue.add(huge);
    const read = (await launch.takeLesson()).file;
    expect(read && 'text' in read && read.text.length).toBe(3_000_002);
    expect((await launch.takeLesson()).file).toEqual({
      name: 'huge.k2lesson.json',
      error: expect.stringMatching(/lesson file is too large .*the limit is 5 MB/),
    });
  });

  it('an unexpected failure reaches the page as a plain sentence and is logged in main', async () => {
    const queue = new LaunchQueue();
    const log = { error: vi.fn() };
    const launch = createLaunchHandlers(
      queue,
      {
        openScenarioAt: async () => Promise.reject(new Error('EIO at /secret/place')),
        openLessonAt: async () => Promise.reject(new Error('unused')),
      },
      log,
    );
    queue.add('/x/plan.k2.json');
    expect(await launch.takeScenario()).toEqual({
      file: { name: 'plan.k2.json', error: 'The file could not be opened.' },
    });
    expect(log.error).toHaveBeenCalledOnce();
  });
});
