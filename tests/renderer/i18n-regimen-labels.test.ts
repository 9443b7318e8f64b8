/**
 * Two regimens of one compound in German and Japanese, on every path a label takes to the reader: the view
 * computed on the page and in its worker, the metrics worker's rows, the handout and slides (schedule in words,
 * numbers, figure legend). English stays as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, makeRegimen, type Scenario } from '../../sim';
import { lessonPages } from '../../renderer/src/export/lessonPages';
import { CATALOGS } from '../../renderer/src/i18n/catalogs';
import { makeTranslator, setCurrentTranslator } from '../../renderer/src/i18n/locale';
import { computeMetricsFor } from '../../renderer/src/metrics/computeMetrics';
import { sceneFromScenario } from '../../renderer/src/presentation/scenes';
import { unpackView } from '../../renderer/src/view/useScenarioView';
import { viewMessage } from '../../renderer/src/view/viewMessage';

const english = makeTranslator('en', CATALOGS.en);
const german = makeTranslator('de', CATALOGS.de);
const japanese = makeTranslator('ja', CATALOGS.ja);
afterEach(() => setCurrentTranslator(english));

/** 90 µg and 180 µg MK-7 daily with a 15 g-fat breakfast, 14 days. */
function twoMk7(): Scenario {
  const s = defaultScenario();
  return {
    ...s,
    horizonDays: 14,
    regimens: [
      makeRegimen({ compound: 'mk7', doseUg: 90, fatG: 15 }),
      makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15 }),
    ],
    display: { ...s.display, visible: ['mk7'], compareFat: false },
  };
}

describe('two MK-7 regimens in the UI language', () => {
  it("the heavy view's worker and the metrics worker write the labels in the locale they are sent", async () => {
    const view = async (locale?: string) =>
      (await unpackView(structuredClone(viewMessage(twoMk7(), locale)))).series
        .filter((s) => s.panel === 'plasma')
        .map((s) => s.label);
    expect(await view()).toEqual(['MK-7 (regimen 1)', 'MK-7 (regimen 2)']);
    expect(await view('de-DE')).toEqual(['MK-7 (Schema 1)', 'MK-7 (Schema 2)']);
    expect(await view('ja-JP')).toEqual(['MK-7（投与計画1）', 'MK-7（投与計画2）']);
    const rows = (locale: string) =>
      computeMetricsFor({ scenario: twoMk7(), locale }).rows.map((r) => r.label);
    expect(rows('en-US')).toEqual(['MK-7 (regimen 1)', 'MK-7 (regimen 2)']);
    expect(rows('de-AT')).toEqual(['MK-7 (Schema 1)', 'MK-7 (Schema 2)']);
    expect(rows('ja-JP')).toEqual(['MK-7（投与計画1）', 'MK-7（投与計画2）']);
  });

  it('the handout names the schedule and each regimen in German, and English stays as it was', () => {
    const lesson = { title: 'Zwei Schemata', scenes: [sceneFromScenario(twoMk7())] };
    setCurrentTranslator(english);
    const en = lessonPages(lesson)[0]!;
    expect(en.schedule).toBe(
      'MK-7: 90 µg every 24 h with a 15 g-fat meal; MK-7: 180 µg every 24 h with a 15 g-fat meal, 14 days',
    );
    expect(en.numbers.map((n) => n.split(':')[0])).toEqual(['MK-7 (regimen 1)', 'MK-7 (regimen 2)']);
    expect(en.figure.svg).toContain('data-label="MK-7 (regimen 2)"');

    setCurrentTranslator(german);
    const de = lessonPages(lesson)[0]!;
    expect(de.schedule).toBe(
      'MK-7: 90 µg alle 24 h zu einer Mahlzeit mit 15 g Fett; MK-7: 180 µg alle 24 h zu einer Mahlzeit mit 15 g Fett, 14 Tage',
    );
    // The figure's alt text quotes the same schedule.
    expect(de.figure.alt).toContain(de.schedule);
    expect(de.numbers.map((n) => n.split(':')[0])).toEqual(['MK-7 (Schema 1)', 'MK-7 (Schema 2)']);
    expect(de.numbers[1]).toMatch(/^MK-7 \(Schema 2\): Spitze 3,\d ng\/mL nach \d+ h; .*\.$/);
    expect(de.caption).toContain('MK-7 (Schema 2): Spitze');
    expect(de.figure.svg).toContain('data-label="MK-7 (Schema 2)"');
    for (const text of [de.schedule, de.caption, ...de.numbers])
      expect(text).not.toMatch(/regimen|every|meal|days|peak/);
  });

  it("the handout in Japanese: Japanese colon and full stop around each regimen's numbers", () => {
    setCurrentTranslator(japanese);
    const ja = lessonPages({ title: '二つの投与計画', scenes: [sceneFromScenario(twoMk7())] })[0]!;
    expect(ja.schedule).not.toMatch(/every|meal|days/);
    expect(ja.schedule).toContain('MK-7：180 µg');
    expect(ja.numbers[1]).toMatch(/^MK-7（投与計画2）：.*ピーク3\.\d ng\/mL.*。$/);
    expect(ja.figure.svg).toContain('data-label="MK-7（投与計画2）"');
  });
});
