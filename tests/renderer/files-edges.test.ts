/**
 * What the app reads and writes at the edges (issue 10, item 9): a file that opens also saves, under the
 * same byte limit main checks; a browser-picked file is size-checked before it is read, a BOM is dropped
 * and bytes that are not UTF-8 are refused, as main's reader does.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../sim/ipc/contract';
import { createFileHandlers } from '../../main/files';
import { defaultScenario, MAX_SCENARIO_BYTES, parseScenarioText, serializeScenario } from '../../sim';
import { decodeUtf8, readPickedFile } from '../../renderer/src/bridge/readPickedFile';
import { savedScenarioText } from '../../sim';

/**
 * A file that opens but did not save. The case (190,000 missed hourly doses, 1.41 MB) is now refused
 * at open by the dose cap (sim/scenario/limits.ts: 100,000), so the same shape with what the caps allow:
 * 30,000 extra doses over ten years, about 1.3 MB as a compact file and about 3 MB pretty-printed.
 */
function manyExtraDoses() {
  const s = defaultScenario();
  s.horizonDays = 3660;
  s.regimens = [
    {
      ...s.regimens[1]!,
      intervalH: 24,
      missedDoses: Array.from({ length: 3000 }, (_, i) => i),
      extraDoses: Array.from({ length: 30_000 }, (_, i) => ({ timeH: i * 2.5, amountUg: 45.5, fatG: 12 })),
    },
  ];
  return s;
}

describe('whatever opens must save', () => {
  it('a 1.4 MB scenario with 30,000 extra doses: pretty is over the limit, the saved text is under it and reopens equal', () => {
    const scenario = manyExtraDoses();
    // The file as a user would have it: compact JSON, about 1.3 MB, which opens.
    const opened = parseScenarioText(JSON.stringify(scenario));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(serializeScenario(opened.scenario).length).toBeGreaterThan(2_000_000);
    const text = savedScenarioText(opened.scenario);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_SCENARIO_BYTES);
    expect(
      channels['scenario:save'].request.safeParse({ text, path: null, suggestedName: 'a.json' }).success,
    ).toBe(true);
    expect(channels['session:save'].request.safeParse({ text }).success).toBe(true);
    const again = parseScenarioText(text);
    expect(again.ok && again.scenario).toEqual(opened.scenario);
  });

  it('main saves that text (the byte limit at save is the one at open)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'k2-save-'));
    const target = join(dir, 'missed.k2.json');
    const dialogs = {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })),
    };
    const files = createFileHandlers({ dialogs, defaultFolder: dir });
    const text = savedScenarioText(manyExtraDoses());
    expect(await files.saveScenario({ text, path: null, suggestedName: 'missed' })).toEqual({
      canceled: false,
      path: target,
    });
    expect(await readFile(target, 'utf8')).toBe(text);
  });

  it('small scenarios are still saved pretty-printed, exactly as before', () => {
    expect(savedScenarioText(defaultScenario())).toBe(serializeScenario(defaultScenario()));
  });
});

describe('reading a file picked in the browser', () => {
  const file = (bytes: Uint8Array, size = bytes.length) => ({
    name: 'a.json',
    size,
    arrayBuffer: vi.fn(async () => bytes.slice().buffer),
  });

  it('refuses an oversized file from its size, before reading a byte', async () => {
    const huge = file(new Uint8Array(0), 64 * 1024 ** 3);
    const read = await readPickedFile(huge, MAX_SCENARIO_BYTES, 'file for a scenario');
    expect(read).toEqual({
      ok: false,
      error: 'The file for a scenario is too large (68719 MB; the limit is 2 MB).',
    });
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
  });

  it('drops a UTF-8 BOM, as the command line and main do', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"µg":1}')]);
    expect(await readPickedFile(file(bytes), 100)).toEqual({ ok: true, text: '{"µg":1}' });
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', async () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0xb5, 0x67, 0x22, 0x7d]); // {"µg"} in Latin-1
    expect(decodeUtf8(latin1, 'lesson file')).toEqual({
      ok: false,
      error: 'The lesson file is not a UTF-8 text file.',
    });
    expect(await readPickedFile(file(latin1), 100)).toMatchObject({ ok: false });
  });
});
