/**
 * A note's full sentence (the hover title of a qualified number) in the UI's language: the page writes it from
 * the note's code and values (metricNoteText), so notes computed in a worker read in German and Japanese too;
 * in English it is word for word the sentence sim has always written.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, metricNoteText, simTranslator, type Scenario } from '../../sim';
import { CATALOGS } from '../../renderer/src/i18n/catalogs';
import { makeTranslator, setCurrentTranslator } from '../../renderer/src/i18n/locale';
import { computeMetrics } from '../../renderer/src/metrics/computeMetrics';
import { MetricsTable } from '../../renderer/src/metrics/MetricsTable';

afterEach(() => setCurrentTranslator(makeTranslator('en', CATALOGS.en)));

const mk7Only = (horizonDays: number, missedDoses: number[] = []): Scenario => {
  const s = defaultScenario();
  return {
    ...s,
    horizonDays,
    regimens: [{ ...s.regimens[1]!, missedDoses }],
    display: { ...s.display, visible: ['mk7'] },
  };
};

const titles = (html: string) => [...html.matchAll(/title="([^"]*)"/g)].map((m) => m[1]!);

describe('metric notes in the UI language', () => {
  it('3 days of daily MK-7: the English sentences as sim wrote them, the German and Japanese ones in their words', () => {
    const report = computeMetrics(mk7Only(3));
    const notes = report.rows[0]!.notes;
    const steady = notes.cmax.find((n) => n.code === 'steady-state-not-reached')!;
    const auc = notes.auc.find((n) => n.code === 'auc-window-incomplete')!;
    // English: the note's own text, in the format it has always had ("after 9.4 days", toFixed(1)).
    const days = (Number(steady.values['hours']) / 24).toFixed(1);
    expect(steady.text).toBe(`Steady state not reached within the horizon (90% of it after ${days} days).`);
    expect(metricNoteText(steady)).toBe(steady.text);
    expect(metricNoteText(auc)).toBe(auc.text);
    expect(auc.text).toMatch(
      /^AUC window incomplete: \d+% of the exposure from these doses falls after the horizon\.$/,
    );

    const de = simTranslator('de-DE');
    expect(metricNoteText(steady, de)).toBe(
      `Steady State im Zeitraum nicht erreicht (90 % davon nach ${days.replace('.', ',')} Tagen).`,
    );
    expect(metricNoteText(auc, de)).toBe(
      `AUC-Fenster unvollständig: ${auc.values['pct']} % der Exposition aus diesen Dosen fällt nach dem Ende des Zeitraums an.`,
    );
    expect(metricNoteText(steady, simTranslator('ja-JP'))).toBe(
      `期間内に定常状態に達しません（その90%に達するのは${days}日後）。`,
    );

    // The table's hover titles follow the UI's language.
    setCurrentTranslator(makeTranslator('de', CATALOGS.de));
    const html = renderToStaticMarkup(createElement(MetricsTable, { report, stale: false }));
    expect(titles(html)).toContain(metricNoteText(steady, de));
    for (const title of titles(html)) expect(title).not.toMatch(/Steady state not|AUC window|No dose/);
  });

  it('every dose missed: both "no dose" sentences, in English as before and in German', () => {
    const notes = computeMetrics(
      mk7Only(
        30,
        Array.from({ length: 30 }, (_, i) => i),
      ),
    ).rows[0]!.notes;
    const all = notes.cmax.find((n) => n.code === 'no-doses-taken')!;
    const ratio = notes.accumulation.find((n) => n.code === 'no-doses-taken')!;
    expect(all.text).toBe('No dose taken: every dose is missed.');
    expect(metricNoteText(all, simTranslator('de-DE'))).toBe(
      'Keine Dosis eingenommen: Jede Dosis ist ausgelassen.',
    );
    // No intake at all: the ratio's cell says there is no regular dose (the pattern itself is regular).
    expect(ratio.text).toBe('No accumulation ratio: no regular dose is taken.');
    expect(metricNoteText(ratio, simTranslator('de-DE'))).toBe(
      'Kein Akkumulationsfaktor: Keine regelmäßige Dosis wird eingenommen.',
    );
    expect(metricNoteText(ratio, simTranslator('ja-JP'))).toBe('蓄積率なし：定期的な服用がありません。');
  });
});
