/**
 * The window title and a saved file's suggested name follow the UI's language, as the header's scenario title
 * does (a German user saw the header in German and the window title and file names in English). The expected
 * words are written by hand from the catalogs' wording; English is as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, makeRegimen, type Scenario } from '../../sim';
import { CATALOGS } from '../../renderer/src/i18n/catalogs';
import { makeTranslator, setCurrentTranslator } from '../../renderer/src/i18n/locale';
import { documentTitle, scenarioFileName } from '../../renderer/src/files/documentState';

const english = makeTranslator('en', CATALOGS.en);
afterEach(() => setCurrentTranslator(english));

function dailyMk7(): Scenario {
  const s = defaultScenario();
  return {
    ...s,
    regimens: [makeRegimen({ compound: 'mk7', doseUg: 90 })],
    display: { ...s.display, visible: ['mk7'] },
  };
}

describe('the document name in the UI language', () => {
  it('English: the title and file name as before', () => {
    setCurrentTranslator(english);
    expect(documentTitle(null, dailyMk7())).toMatch(/^MK-7: 90 µg every 24 h.* — K2 Kinetics$/);
    expect(scenarioFileName(null, dailyMk7())).toMatch(/^mk-7-90-ug-every-24-h.*\.k2\.json$/);
  });

  it('German: "alle 24 h" in the window title and the file name', () => {
    setCurrentTranslator(makeTranslator('de', CATALOGS.de));
    expect(documentTitle(null, dailyMk7())).toMatch(/^MK-7: 90 µg alle 24 h.* — K2 Kinetics$/);
    expect(scenarioFileName(null, dailyMk7())).toMatch(/^mk-7-90-ug-alle-24-h.*\.k2\.json$/);
  });

  it('Japanese: the file name keeps the Japanese words', () => {
    setCurrentTranslator(makeTranslator('ja', CATALOGS.ja));
    const name = scenarioFileName(null, dailyMk7());
    expect(name).toMatch(/\.k2\.json$/);
    expect(name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(name).not.toMatch(/every/);
  });

  it('a file opened under its own name keeps that name in every language', () => {
    setCurrentTranslator(makeTranslator('de', CATALOGS.de));
    expect(documentTitle('/home/a/my plan.k2.json', dailyMk7())).toBe('my plan — K2 Kinetics');
    expect(scenarioFileName('C:\\\\plans\\\\my plan.k2.json', dailyMk7())).toBe('my plan.k2.json');
  });
});
