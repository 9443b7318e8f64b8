/**
 * The chart's words that are not drawn text: each dose marker's name (what a screen reader hears and the
 * tooltip shows) and the chart's text alternative, in the UI's language. English stays as it was written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, makeRegimen, scenarioView, type Scenario } from '../../sim';
import { CATALOGS } from '../../renderer/src/i18n/catalogs';
import { currentTranslator, makeTranslator, setCurrentTranslator } from '../../renderer/src/i18n/locale';
import { doseLabel } from '../../renderer/src/plot/DoseControl';
import { panelModel } from '../../renderer/src/plot/model';
import { panelSummary } from '../../renderer/src/plot/summary';

const english = makeTranslator('en', CATALOGS.en);
afterEach(() => setCurrentTranslator(english));

/** 90 µg and 180 µg MK-7 daily, the first one's second dose missed. */
function twoMk7(horizonDays = 14): Scenario {
  const s = defaultScenario();
  return {
    ...s,
    horizonDays,
    regimens: [
      { ...makeRegimen({ compound: 'mk7', doseUg: 90 }), missedDoses: [1] },
      makeRegimen({ compound: 'mk7', doseUg: 180 }),
    ],
    display: { ...s.display, visible: ['mk7'], compareFat: false, axis: 'linear' },
  };
}

/** Names of the first regimen's second dose (missed) and the second regimen's second dose (taken), and the summary. */
function words(language: 'en' | 'de' | 'ja', horizonDays = 14) {
  setCurrentTranslator(makeTranslator(language, CATALOGS[language]));
  const view = scenarioView(twoMk7(horizonDays), { tr: currentTranslator() });
  const model = panelModel(view, 'plasma');
  const [first, second] = model.doseRows;
  const summary = panelSummary(view, model);
  // A one-day run has one dose a regimen: only its summary is read.
  if (horizonDays < 2) return { summary };
  return {
    missed: doseLabel(first!, first!.marks[1]!, 2),
    taken: doseLabel(second!, second!.marks[1]!, 2),
    alone: doseLabel(second!, second!.marks[1]!, 1),
    summary,
  };
}

describe('chart words in the UI language', () => {
  it('English as before', () => {
    const en = words('en');
    expect(en.missed).toBe('Dose 2 of MK-7 (regimen 1) at day 1 (missed)');
    expect(en.taken).toBe('Dose 2 of MK-7 (regimen 2) at day 1 (taken)');
    expect(en.alone).toBe('Dose 2 at day 1 (taken)');
    expect(en.summary).toMatch(
      /^Plasma concentration \(ng\/mL\) over 14 days, linear axis\. MK-7 \(regimen 1\): peak [\d.]+ at day [\d.]+, [\d.]+ at the end; MK-7 \(regimen 2\): peak /,
    );
    // One day is a day.
    expect(words('en', 1).summary).toMatch(/^Plasma concentration \(ng\/mL\) over 1 day, linear axis\./);
  });

  it('German and Japanese, with no English word left', () => {
    const de = words('de');
    expect(de.missed).toBe('Dosis 2 von MK-7 (Schema 1) an Tag 1 (ausgelassen)');
    expect(de.taken).toBe('Dosis 2 von MK-7 (Schema 2) an Tag 1 (eingenommen)');
    expect(de.summary).toMatch(
      /^Plasmakonzentration \(ng\/mL\) über 14 Tage, lineare Achse\. MK-7 \(Schema 1\): Spitze [\d,]+ an Tag [\d,]+, [\d,]+ am Ende; MK-7 \(Schema 2\): Spitze /,
    );
    expect(words('de', 1).summary).toMatch(/über 1 Tag, lineare Achse/);
    const ja = words('ja');
    expect(ja.missed).toBe('MK-7（投与計画1）の2回目の服用、開始から1日（飲み忘れ）');
    expect(ja.summary).toMatch(
      /^14日間の血漿中濃度（ng\/mL）、線形軸。MK-7（投与計画1）：開始から[\d.]+日にピーク/,
    );
    for (const text of [...Object.values(de), ...Object.values(ja)])
      expect(text).not.toMatch(/\b(Dose|dose|day|peak|taken|missed|regimen|axis|at the end)\b/);
  });
});
