/**
 * Honest numbers at the edges (issue 9 §6), as the metrics table shows them: the caveat sits in the cell of the
 * number it qualifies, and every dose missed leaves no accumulation ratio.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultScenario, presetParameters, type Scenario } from '../../sim';
import { computeMetrics } from '../../renderer/src/metrics/computeMetrics';
import { MetricsTable } from '../../renderer/src/metrics/MetricsTable';

const mk7Only = (patch: Partial<Scenario>, regimen: Partial<Scenario['regimens'][number]> = {}): Scenario => {
  const s = defaultScenario();
  return {
    ...s,
    ...patch,
    regimens: [{ ...s.regimens[1]!, ...regimen }],
    display: { ...s.display, visible: ['mk7'] },
  };
};

/** The HTML of one cell of the table (row by curve key, column by data-metric). */
function cell(html: string, metric: string): string {
  const start = html.indexOf(`data-metric="${metric}"`);
  return html.slice(start, html.indexOf('</td>', start));
}

describe('metrics table notes', () => {
  it('3 days of daily MK-7: steady state not reached (t½ about 3 days needs about 3.3 t½ for 90%) and AUC window incomplete', () => {
    // Independent expectation: 90% of steady state takes log2(10) ≈ 3.3 half-lives of daily dosing.
    expect(3 * 24).toBeLessThan(3.3 * presetParameters('mk7').tHalfH);
    const report = computeMetrics(mk7Only({ horizonDays: 3 }));
    const html = renderToStaticMarkup(createElement(MetricsTable, { report, stale: false }));
    expect(cell(html, 'cmax')).toContain('Steady state not reached within the horizon');
    expect(cell(html, 'trough')).toContain('Steady state not reached within the horizon');
    expect(cell(html, 'auc')).toContain('AUC window incomplete');
    expect(cell(html, 'auc')).not.toContain('Steady state');
    // The full sentence from sim goes in the hover title.
    expect(cell(html, 'auc')).toMatch(/title="AUC window incomplete: \d+% of the exposure/);
  });

  it('a long daily MK-7 run reads as is: no note on Cmax', () => {
    const html = renderToStaticMarkup(
      createElement(MetricsTable, { report: computeMetrics(mk7Only({ horizonDays: 90 })), stale: false }),
    );
    expect(cell(html, 'cmax')).not.toContain('metric-note');
  });

  it('every dose missed: no accumulation ratio, and the cell says why', () => {
    const missed = Array.from({ length: 30 }, (_, i) => i);
    const report = computeMetrics(mk7Only({ horizonDays: 30 }, { missedDoses: missed }));
    expect(report.rows[0]!.accumulationRatio).toBeNull();
    const html = renderToStaticMarkup(createElement(MetricsTable, { report, stale: false }));
    expect(cell(html, 'accumulation')).toContain('<span data-value="">–</span>');
    expect(cell(html, 'accumulation')).toContain('No dose taken');
  });
});
