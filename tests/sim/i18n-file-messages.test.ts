/**
 * The messages a user gets for a bad file, CSV or link come in the UI's language (the app passes its translator),
 * while the command line and every caller that passes none keep the English text word for word. Each family is
 * tried with a real bad input; the expected sentences are written out by hand here (German and Japanese as a
 * native reader writes them), not recomputed with the catalogs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenarioText, serializeScenario } from '../../sim';
import { simTranslator } from '../../sim/i18n';
import { parseMeasuredCsv } from '../../sim/measured/csv';
import { lessonFromFragment } from '../../sim/share/lessonLink';
import { scenarioFromFragment } from '../../sim/share/link';
import { asSentence } from '../../sim/text/sentence';
import { simulateCli } from '../support/cli';

const de = simTranslator('de-DE');
const ja = simTranslator('ja-JP');

/** The default scenario with its first regimen's dose written as a word: a wrong-typed field. */
function wrongTypedDose(): string {
  const doc = JSON.parse(serializeScenario(defaultScenario())) as { regimens: { doseUg: unknown }[] };
  doc.regimens[0]!.doseUg = 'ninety';
  return JSON.stringify(doc, null, 2);
}

const errorOf = (result: { ok: boolean; error?: string }): string => (result.ok ? '' : result.error!);

describe('scenario file errors', () => {
  const english = 'Regimen 1 (MK-4): the dose must be a number, got "ninety"';

  it('a wrong-typed field, in German and Japanese; English without a translator', () => {
    expect(errorOf(parseScenarioText(wrongTypedDose()))).toBe(english);
    expect(errorOf(parseScenarioText(wrongTypedDose(), de))).toBe(
      'Schema 1 (MK-4): Das Feld „Dosis“ muss eine Zahl sein, eingegeben: "ninety"',
    );
    expect(errorOf(parseScenarioText(wrongTypedDose(), ja))).toBe(
      '投与計画1（MK-4）：用量は数値にしてください（入力値："ninety"）',
    );
  });

  it('a number over its limit uses the locale’s digits, and an unknown field is named', () => {
    const doc = JSON.parse(serializeScenario(defaultScenario())) as Record<string, unknown>;
    doc['horizonDays'] = 4000;
    (doc['regimens'] as Record<string, unknown>[])[0]!['extra'] = 1;
    const text = JSON.stringify(doc);
    expect(errorOf(parseScenarioText(text))).toBe(
      'Duration must be at most 3,660 days, got 4,000; Regimen 1 (MK-4): unknown field "extra"',
    );
    expect(errorOf(parseScenarioText(text, de))).toBe(
      'Das Feld „Dauer“ darf höchstens 3.660 Tage sein, eingegeben: 4.000; Schema 1 (MK-4): unbekanntes Feld "extra"',
    );
  });

  it('JSON syntax, a newer version and an empty file', () => {
    const broken = '{\n  "version": 3,,\n}';
    expect(errorOf(parseScenarioText(broken))).toBe(
      'Not valid JSON at line 2, column 16: the file may be truncated, edited by hand with a typo, or not a scenario.',
    );
    expect(errorOf(parseScenarioText(broken, de))).toMatch(/^Kein gültiges JSON in Zeile 2, Spalte 16: /);
    expect(errorOf(parseScenarioText(broken, ja))).toMatch(/^2行16列が有効なJSONではありません：/);
    expect(errorOf(parseScenarioText('{"version": 99}', de))).toBe(
      'Diese Datei hat die Szenario-Version 99 und stammt von einem neueren K2 Kinetics; diese Version liest bis Version 3. Bitte aktualisieren Sie die App.',
    );
    expect(errorOf(parseScenarioText('  ', ja))).toBe(
      'ファイルが空です。K2 Kineticsのシナリオではありません。',
    );
  });

  it('a schema refinement (a clock time written wrong) is translated too', () => {
    const doc = JSON.parse(serializeScenario(defaultScenario())) as Record<string, unknown>;
    doc['calendar'] = { start: { date: '2026-03-23', time: '8 Uhr' }, timeZone: 'Europe/Berlin' };
    const text = JSON.stringify(doc);
    expect(errorOf(parseScenarioText(text))).toContain('must be written as HH:MM (00:00-23:59)');
    expect(errorOf(parseScenarioText(text, de))).toContain('muss als HH:MM geschrieben sein (00:00-23:59)');
    expect(errorOf(parseScenarioText(text, ja))).toContain('HH:MM（00:00〜23:59）の形で書いてください');
  });

  it('the command line prints the English sentence for the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2-i18n-'));
    const path = join(dir, 'bad.k2.json');
    writeFileSync(path, wrongTypedDose());
    const run = await simulateCli('--scenario', path, '--format', 'csv');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(english);
    expect(run.stderr).not.toMatch(/Schema|Dosis|投与/);
  }, 120_000);
});

describe('measured-level CSV import errors', () => {
  const defaults = { unit: 'ng/mL', compound: 'mk7' } as const;
  /** 10,001 data rows under a header: one more than a scenario may hold. */
  const tooMany = ['date;value', ...Array.from({ length: 10_001 }, () => '2026-03-23 08:00;1,2')].join('\n');

  it('a 10,001-row file, with each language’s grouping and full stop', () => {
    expect(errorOf(parseMeasuredCsv(tooMany, defaults))).toBe(
      'This scenario would hold 10,001 measured levels; the limit is 10,000 measured levels: import fewer rows, or remove levels first.',
    );
    expect(errorOf(parseMeasuredCsv(tooMany, defaults, de))).toBe(
      'Dieses Szenario hätte 10.001 Messwerte; die Grenze liegt bei 10.000 Messwerten: Importieren Sie weniger Zeilen oder entfernen Sie zuerst Messwerte.',
    );
    expect(errorOf(parseMeasuredCsv(tooMany, defaults, ja))).toBe(
      'このシナリオの測定値は10,001件になりますが、上限は10,000件です。読み込む行を減らすか、先に測定値を削除してください。',
    );
  });

  it('a cell that is not a number, and a value far too high (a decimal comma in German)', () => {
    const text = 'date;value\n2026-03-23 08:00;1,2\n2026-03-24 08:00;viel';
    expect(errorOf(parseMeasuredCsv(text, defaults))).toBe("Row 3: 'viel' is not a number.");
    expect(errorOf(parseMeasuredCsv(text, defaults, de))).toBe("Zeile 3: 'viel' ist keine Zahl.");
    expect(errorOf(parseMeasuredCsv(text, defaults, ja))).toBe("3行目：'viel'は数値ではありません。");
    const high = 'date;value\n2026-03-23 08:00;12345,5';
    expect(errorOf(parseMeasuredCsv(high, defaults, de))).toBe(
      'Zeile 2: 12.345,5 liegt über 10.000, weit über jedem Plasmaspiegel; prüfen Sie die Einheit.',
    );
  });
});

describe('share-link errors', () => {
  it('a damaged scenario link and a damaged lesson link', () => {
    expect(errorOf(scenarioFromFragment('#scenario=@@')!)).toBe(
      'The link is damaged: the part after #scenario= is not a scenario link (it was changed or cut short).',
    );
    expect(errorOf(scenarioFromFragment('#scenario=@@', de)!)).toBe(
      'Der Link ist beschädigt: Der Teil nach #scenario= ist kein Szenario-Link (er wurde geändert oder abgeschnitten).',
    );
    expect(errorOf(lessonFromFragment('#lesson=@@', ja)!)).toBe(
      'リンクが壊れています。変更されたか途中で切れているため、このレッスンは信頼できません。',
    );
    const long = `#lesson=${'A'.repeat(9000)}`;
    expect(errorOf(lessonFromFragment(long, de)!)).toBe(
      'Der Link ist zu lang (9.000 Zeichen nach #lesson=; ein Lektionslink hat höchstens 8.000).',
    );
  });
});

describe('asSentence', () => {
  it('ends Japanese with an ideographic full stop and leaves one that has it', () => {
    expect(asSentence('アプリを更新してください')).toBe('アプリを更新してください。');
    expect(asSentence('上限は8,000文字）')).toBe('上限は8,000文字）。');
    expect(asSentence('完了。')).toBe('完了。');
    expect(asSentence('got -5')).toBe('got -5.');
  });
});
