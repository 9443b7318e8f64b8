import { describe, expect, it } from 'vitest';
import { wrapMeasured } from '../../renderer/src/export/Figure';
import { fileSlug } from '../../sim/text/fileSlug';
import { fitLabel, layoutLegend } from '../../renderer/src/plot/layout';
import { textWidthPx } from '../../renderer/src/plot/measure';
import { PLOT_THEMES } from '../../renderer/src/plot/theme';

describe('text that must fit an exported figure', () => {
  const long = 'Clinical MK-4, 15 mg three times a day after meals (menatetrenone, Japan)';

  it('a legend label wider than its panel wraps onto lines that each fit (measured), nothing cut; a short one is kept', () => {
    const theme = PLOT_THEMES['export-print'];
    const item = { key: 'a', label: long, color: '#000', dash: '' };
    const [placed] = layoutLegend([item], theme, 0, 0, 400).placed;
    expect(placed!.lines.length).toBeGreaterThan(1);
    // The whole label, word for word: wrapped, not cut.
    expect(placed!.lines.join(' ')).toBe(long);
    const textRoom = 400 - theme.legendFontPx * 2.45;
    for (const line of placed!.lines)
      expect(textWidthPx(line, theme.legendFontPx)).toBeLessThanOrEqual(textRoom);
    expect(fitLabel('MK-7', 12, 200)).toBe('MK-7');
  });

  it('a long title wraps to two lines, each within the width (bold measured)', () => {
    const lines = wrapMeasured(long, 24, 400, 2, 700);
    expect(lines.length).toBe(2);
    for (const line of lines) expect(textWidthPx(line, 24, 700)).toBeLessThanOrEqual(400);
  });

  it('file names are cut at a word boundary, never mid-word', () => {
    const name =
      'Why MK-4 needs milligrams where MK-7 needs micrograms: a comparison of nutritional MK-4 doses';
    const slug = fileSlug(name);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe('why-mk-4-needs-milligrams-where-mk-7-needs-micrograms-a-comparison-of');
    expect(fileSlug('Daily 90 µg with a meal')).toBe('daily-90-ug-with-a-meal');
  });
});
