/**
 * Data files stay locale-neutral whatever the UI's language (issue 18 §1-2): the CSV, the scenario file and the
 * command line's CSV are byte for byte the same with the UI in German (decimal comma on screen) as in English,
 * while the display formatter really does write German numbers meanwhile (so the comparison is not vacuous).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, makeRegimen, scenarioView, simTranslator } from '../../sim';
import { csvChunks, planFor } from '../../sim/cli/format';
import { buildCsv } from '../../renderer/src/export/csv';
import { csvStreamChunks } from '../../renderer/src/export/csvStream';
import { CATALOGS } from '../../renderer/src/i18n/catalogs';
import { makeTranslator, setCurrentTranslator } from '../../renderer/src/i18n/locale';
import { formatNumber } from '../../renderer/src/plot/format';
import { formatConc } from '../../renderer/src/presentation/format';
import { scenarioTextOf } from '../../renderer/src/state/scenarioText';
import { weekScenario } from '../sim/scheduleWeek';

const english = makeTranslator('en', CATALOGS.en);
const german = makeTranslator('de', CATALOGS.de);

function bytesOf(chunks: Iterable<{ bytes: Uint8Array } | Uint8Array>): string {
  const d = new TextDecoder();
  let out = '';
  for (const c of chunks) out += d.decode(c instanceof Uint8Array ? c : c.bytes, { stream: true });
  return out;
}

/** Every data file the app and the command line write for a scenario. */
function dataFiles() {
  const out: Record<string, string> = {};
  for (const [name, scenario] of [
    ['default', defaultScenario()],
    ['week', weekScenario()],
  ] as const) {
    out[`${name}.csv`] = buildCsv(scenarioView(scenario));
    out[`${name}.stream.csv`] = bytesOf(csvStreamChunks(scenario));
    out[`${name}.k2.json`] = scenarioTextOf(scenario);
  }
  return out;
}

afterEach(() => setCurrentTranslator(english));

describe('data files are locale-neutral', () => {
  it('the CSV and scenario files are the same bytes with the UI in German as in English', () => {
    setCurrentTranslator(english);
    const en = dataFiles();
    expect(formatNumber(1.5)).toBe('1.5');
    setCurrentTranslator(german);
    // The UI is German now: the display formatters write a decimal comma.
    expect(formatNumber(1.5)).toBe('1,5');
    // The presentation's captions too: their words are German now, so are their numbers.
    expect(formatConc(2.25)).toBe('2,3');
    const de = dataFiles();
    for (const name of Object.keys(en)) expect(de[name], name).toBe(en[name]);
    // And the CSV numbers have decimal points.
    expect(en['default.csv']).toMatch(/,\d+\.\d+/);
  });

  it("the command line's CSV and sentences stay English with a decimal point", () => {
    setCurrentTranslator(german);
    const cli = bytesOf(csvChunks([planFor(makeRegimen({ compound: 'mk7', doseUg: 90 }), 'MK-7', 240, 1)]));
    expect(cli.split('\n')[0]).toMatch(/^time_h,/);
    expect(cli).toMatch(/\n\d+(\.\d+)?,\d+\.\d+/);
    // sim/'s default translator is English whatever the UI says.
    expect(simTranslator('en-US').t('steady.day', { day: 14, pct: 87 })).toBe('Day 14: 87% of steady state');
  });
});
