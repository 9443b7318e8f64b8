/**
 * Hostile nesting and out-of-range calendars are refused in one sentence at every boundary that reads a
 * scenario: the app's parser (also used by the session restore and the main process), the lesson parser, the
 * main process's open handler, and the real command line. Before, each threw "Maximum call stack size
 * exceeded" or "not a date: +010000-01".
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { createFileHandlers } from '../../main/files';
import { parseLessonText } from '../../renderer/src/presentation/lesson';
import { defaultScenario, firstTooDeep, parseScenarioText, serializeScenario } from '../../sim';
import { scheduleSchema } from '../../sim/schedule/schema';
import { regimenDoses } from '../../sim/schedule/scenarioDoses';
import { simulateCli } from '../support/cli';
import { useTempDir } from '../main/tempdir';

const tempDir = useTempDir();

/** The default scenario's text with one field replaced by lists nested `depth` deep. */
function nestedIn(field: 'name' | 'notes' | 'missedDoses' | 'calendar', depth: number): string {
  const base = defaultScenario() as unknown as Record<string, unknown>;
  const marker = '"__NEST__"';
  const doc =
    field === 'missedDoses'
      ? { ...base, regimens: [{ ...(base['regimens'] as object[])[0], missedDoses: '__NEST__' }] }
      : { ...base, [field]: '__NEST__' };
  return JSON.stringify(doc).replace(marker, '['.repeat(depth) + ']'.repeat(depth));
}

function calendarScenarioText(startDate: string, horizonDays: number): string {
  const s = defaultScenario();
  const calendar = scheduleSchema.parse({ start: { date: startDate, time: '08:00', timeZone: 'UTC' } });
  return serializeScenario({ ...s, horizonDays, calendar });
}

const oneSentence = (text: string) =>
  expect(text.split(/[.!?](\s|$)/).filter((p) => p.trim()).length).toBe(1);

describe('nesting depth', () => {
  it('firstTooDeep skips brackets inside strings and escaped quotes', () => {
    expect(firstTooDeep('{"a":[[1]]}', 3)).toBe(-1);
    expect(firstTooDeep('{"a":[[1]]}', 2)).toBe(6);
    expect(firstTooDeep('{"a":"[[[[\\"[[["}', 1)).toBe(-1);
  });

  it('every real scenario fits: the default, a calendar schedule and each fixture', () => {
    expect(parseScenarioText(serializeScenario(defaultScenario())).ok).toBe(true);
    expect(parseScenarioText(calendarScenarioText('2026-03-02', 30)).ok).toBe(true);
  });

  for (const field of ['name', 'notes', 'missedDoses', 'calendar'] as const) {
    for (const depth of [17, 1_000, 100_000]) {
      it(`${field} nested ${depth} deep is refused in one sentence naming the line and column`, () => {
        const result = parseScenarioText(nestedIn(field, depth));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error).toMatch(
          /^Lists or objects are nested more than 16 levels deep at line 1, column \d+/,
        );
        oneSentence(result.error);
      });
    }
  }

  it('a lesson whose scene nests 100,000 deep is refused, not a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const text = `{"format":"k2-kinetics-lesson","version":1,"title":"x","scenes":[{"scenario":${deep}}]}`;
    const result = parseLessonText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/nested more than 19 levels deep .*K2 Kinetics lesson/);
  });

  it("the main process's open handler returns the file and its write grant check does not throw", async () => {
    const dir = await tempDir();
    const path = join(dir, 'deep.json');
    const text = nestedIn('name', 100_000);
    await writeFile(path, text);
    const files = createFileHandlers({
      dialogs: {
        showOpenDialog: async (_o: OpenDialogOptions) => ({ canceled: false, filePaths: [path] }),
        showSaveDialog: async (_o: SaveDialogOptions) => ({ canceled: true, filePath: '' }),
      },
      defaultFolder: dir,
    });
    // Main hands the text to the page, which refuses it with the parser's sentence (tested above).
    await expect(files.openScenario({})).resolves.toEqual({ canceled: false, path, text });
  });

  it('the command line refuses it with exit 2 and the same sentence', async () => {
    const dir = await tempDir();
    const path = join(dir, 'deep.json');
    await writeFile(path, nestedIn('missedDoses', 100_000));
    const run = await simulateCli('--scenario', path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nested more than 16 levels deep at line 1, column \d+/);
    expect(run.stderr).not.toMatch(/call stack/i);
    expect(run.stdout).toBe('');
  });
});

describe('calendar dates stay within what the date code handles', () => {
  it('a schedule that would run past 9999-12-31 is refused, naming the date', () => {
    const result = parseScenarioText(calendarScenarioText('9999-12-01', 30));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      // 30 days plus the 10 the expansion reads beyond (moved doses, zone offsets), by hand from 1 December
      // 9999: 10 January 10000.
      expect(result.error).toContain('runs to 10000-01-10, past 9999-12-31');
    }
  });

  it('the last start date that fits is accepted, and simulates', () => {
    // 9999-12-31 minus (30 + 10) days = 9999-11-21; its doses expand without a throw.
    const last = parseScenarioText(calendarScenarioText('9999-11-21', 30));
    expect(last.ok).toBe(true);
    if (last.ok) {
      const r = last.scenario.regimens[0]!;
      const schedule = {
        pattern: { days: 'daily' as const, slots: [{ time: '23:59', meal: 'none' as const }] },
        edits: [{ key: '9999-12-20#0', moveMin: 7 * 1440 }],
        added: [],
      };
      expect(() =>
        regimenDoses({ calendar: last.scenario.calendar }, { ...r, schedule }, 30 * 24),
      ).not.toThrow();
    }
    expect(parseScenarioText(calendarScenarioText('9999-11-22', 30)).ok).toBe(false);
  });

  it('a start before 1900 is refused', () => {
    const result = parseScenarioText(calendarScenarioText('1899-12-31', 30));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('must be 1900-01-01 or later, got 1899-12-31');
  });

  it('the command line refuses the far-future calendar in words with exit 2', async () => {
    const dir = await tempDir();
    const path = join(dir, 'future.json');
    await writeFile(path, calendarScenarioText('9999-12-01', 30));
    const run = await simulateCli('--scenario', path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('past 9999-12-31');
    expect(run.stderr).not.toMatch(/not a date/);
  });
});
