/**
 * Images in main (issue 19 §6, issue 20 §4): Open takes a PNG or SVG that K2 Kinetics exported and returns the
 * scenario it carries, never granting the image as a save target; an image from elsewhere is refused in one
 * sentence; export:save checks an image's size before anything else and its structure (every PNG chunk, an
 * SVG's start) before writing. Real files in a real temporary folder; the PNG chunks are built with Node's own
 * CRC-32 and zlib, not the code under test.
 */
import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { PNG_SIGNATURE, plainPng } from '../support/pngFixture';
import { channels } from '../../sim/ipc/contract';
import { checkExportContent, createFileHandlers, type Dialogs } from '../../main/files';
import { defaultScenario, parseScenarioText, serializeScenario } from '../../sim';
import {
  embedScenarioInPng,
  embedScenarioInSvg,
  MAX_IMAGE_BYTES,
  NO_SCENARIO_IN_IMAGE,
} from '../../sim/image/scenarioImage';
import { useTempDir } from './tempdir';

const tempDir = useTempDir();

const SIGNATURE = PNG_SIGNATURE;
/** A 1 × 1 grey PNG from elsewhere: no scenario in it. */
const PLAIN_PNG = plainPng(128);

const scenario = defaultScenario();
scenario.name = 'Teacher’s chart: MK-7 180 µg';
scenario.regimens[0]!.doseUg = 180;
const TEXT = serializeScenario(scenario);
const SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><path d="M0 0L10 10"/></svg>\n';

function fakeDialogs(answers: { open?: string | null; save?: string | null }) {
  return {
    showOpenDialog: vi.fn(async (_o: OpenDialogOptions) =>
      answers.open ? { canceled: false, filePaths: [answers.open] } : { canceled: true, filePaths: [] },
    ),
    showSaveDialog: vi.fn(async (_o: SaveDialogOptions) =>
      answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' },
    ),
  } satisfies Dialogs;
}

describe('opening an exported image as a scenario', () => {
  it('a PNG with the scenario opens as that scenario, is marked an image, and is never a save target', async () => {
    const dir = await tempDir();
    const path = join(dir, 'chart.png');
    await writeFile(path, embedScenarioInPng(PLAIN_PNG, TEXT));
    const dialogs = fakeDialogs({ open: path, save: null });
    const files = createFileHandlers({ dialogs, defaultFolder: dir, canWrite: async () => true });
    const opened = await files.openScenario({});
    expect(opened).toEqual({ canceled: false, path, text: TEXT, image: 'png' });
    const parsed = parseScenarioText(opened.canceled ? '' : opened.text);
    expect(parsed.ok && parsed.scenario).toEqual(scenario);
    // The dialog offers images alongside scenario files.
    expect(dialogs.showOpenDialog.mock.calls[0]![0].filters![0]!.extensions).toEqual(['json', 'png', 'svg']);
    // Save to the image's path asks where (no grant): the picture is never overwritten with JSON.
    expect(await files.saveScenario({ text: TEXT, path, suggestedName: 'chart.png' })).toEqual({
      canceled: true,
    });
    expect(dialogs.showSaveDialog).toHaveBeenCalledTimes(1);
    expect(await readFile(path)).toEqual(Buffer.from(embedScenarioInPng(PLAIN_PNG, TEXT)));
  });

  it('an SVG with the scenario opens as that scenario', async () => {
    const dir = await tempDir();
    const path = join(dir, 'chart.svg');
    await writeFile(path, embedScenarioInSvg(SVG, TEXT));
    const files = createFileHandlers({ dialogs: fakeDialogs({ open: path }), defaultFolder: dir });
    const opened = await files.openScenario({});
    expect(opened).toEqual({ canceled: false, path, text: TEXT, image: 'svg' });
    // The answer passes the channel's own response check (main/ipc.ts validates every answer).
    expect(channels['scenario:open'].response.safeParse(opened).success).toBe(true);
  });

  it('a PNG and an SVG from elsewhere are refused in one sentence', async () => {
    const dir = await tempDir();
    for (const [name, bytes] of [
      ['photo.png', PLAIN_PNG],
      ['logo.svg', Buffer.from(SVG)],
    ] as const) {
      const path = join(dir, name);
      await writeFile(path, bytes);
      const files = createFileHandlers({ dialogs: fakeDialogs({ open: path }), defaultFolder: dir });
      await expect(files.openScenario({})).rejects.toThrow(NO_SCENARIO_IN_IMAGE);
      expect(NO_SCENARIO_IN_IMAGE.match(/[.!?](\s|$)/g)).toHaveLength(1);
    }
  });

  it('limits follow what the file is: a scenario file 2 MB, an image 50 MB, both from the size alone', async () => {
    const dir = await tempDir();
    const json = join(dir, 'big.json');
    await writeFile(json, '{');
    await truncate(json, 3_000_000);
    const png = join(dir, 'big.png');
    await writeFile(png, PLAIN_PNG);
    // Sparse: reading 60 GB would not finish within the test's timeout, so the refusal came from the size.
    await truncate(png, 60 * 1024 ** 3);
    const open = (path: string) =>
      createFileHandlers({ dialogs: fakeDialogs({ open: path }), defaultFolder: dir }).openScenario({});
    await expect(open(json)).rejects.toThrow(
      'The file for a scenario is too large (3 MB; the limit is 2 MB).',
    );
    await expect(open(png)).rejects.toThrow(
      'The file for a scenario is too large (64425 MB; the limit is 50 MB).',
    );
  });
});

describe('export:save checks images before writing', () => {
  const withScenario = embedScenarioInPng(PLAIN_PNG, TEXT);

  it('writes a well-formed PNG and a proper SVG exactly', async () => {
    const dir = await tempDir();
    const files = createFileHandlers({
      dialogs: fakeDialogs({ save: join(dir, 'chart.png') }),
      defaultFolder: dir,
    });
    await files.saveExport({ kind: 'png', suggestedName: 'chart.png', content: withScenario });
    expect(await readFile(join(dir, 'chart.png'))).toEqual(Buffer.from(withScenario));
    const svgFiles = createFileHandlers({
      dialogs: fakeDialogs({ save: join(dir, 'chart.svg') }),
      defaultFolder: dir,
    });
    const svg = embedScenarioInSvg(SVG, TEXT);
    await svgFiles.saveExport({ kind: 'svg', suggestedName: 'chart.svg', content: svg });
    expect(await readFile(join(dir, 'chart.svg'), 'utf8')).toBe(svg);
  });

  it('a 300 MB buffer that only starts with a PNG signature is refused from its size, before any walk', () => {
    // Zero-filled: the OS maps such pages lazily, and the check reads only byteLength.
    const huge = new Uint8Array(300_000_000);
    huge.set(SIGNATURE);
    const started = performance.now();
    expect(() => checkExportContent('png', huge)).toThrow(
      'The image to export is too large (300 MB; the limit is 50 MB).',
    );
    // A CRC walk over 300 MB takes seconds; a size check, microseconds.
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('refuses PNGs that are cut short, damaged or padded, and writes nothing', async () => {
    const dir = await tempDir();
    const dialogs = fakeDialogs({ save: join(dir, 'x.png') });
    const files = createFileHandlers({ dialogs, defaultFolder: dir });
    const damaged = Buffer.from(withScenario);
    damaged[damaged.length - 20]! ^= 0xff; // inside IDAT's data: its CRC no longer matches
    const cases: [string, Uint8Array<ArrayBuffer>, RegExp][] = [
      [
        'signature and a kilobyte of zeros',
        Buffer.concat([SIGNATURE, Buffer.alloc(1024)]),
        /^The image to export is not a valid PNG \(the PNG image is damaged: the chunk at byte 8 has no valid type\), so it was not saved\.$/,
      ],
      ['cut short', withScenario.subarray(0, withScenario.length - 6), /not a valid PNG.*cut short/],
      ['wrong CRC', damaged, /not a valid PNG.*checksum/],
      [
        'bytes after IEND',
        Buffer.concat([withScenario, Buffer.from('extra')]),
        /not a valid PNG.*after its end marker/,
      ],
      ['not a PNG', Buffer.from('GIF89a.....'), /^The image to export is not a PNG image\.$/],
    ];
    for (const [what, bytes, message] of cases) {
      await expect(
        files.saveExport({ kind: 'png', suggestedName: 'x.png', content: bytes }),
        what,
      ).rejects.toThrow(message);
    }
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an SVG export that is not SVG text or is over the image limit', () => {
    expect(() => checkExportContent('svg', '<html><body>hi</body></html>')).toThrow(/not an SVG image/);
    expect(() => checkExportContent('svg', PLAIN_PNG)).toThrow(/must be text/);
    expect(() => checkExportContent('svg', '<svg>' + ' '.repeat(MAX_IMAGE_BYTES + 2_000_000))).toThrow(
      'The image to export is too large (52 MB; the limit is 50 MB).',
    );
    // Characters are counted as UTF-8 bytes: 'µ' is two.
    expect(() => checkExportContent('svg', '<svg>' + 'µ'.repeat(MAX_IMAGE_BYTES / 2))).toThrow(/too large/);
    expect(() => checkExportContent('svg', '\uFEFF  <svg/>')).not.toThrow();
    expect(() => checkExportContent('csv', 'a,b\n')).not.toThrow();
  });
});
