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

  it('a Japanese or German title names its file in its own letters, with no reserved character', () => {
    // Written out by hand: the built-in story's Japanese titles (messages.presentation.ts) as file names.
    expect(fileSlug('1回の服用：MK-4は数時間で消え、MK-7は数日残る')).toBe(
      '1回の服用-mk-4は数時間で消え-mk-7は数日残る',
    );
    // Voiced kana stay one character each (NFKD would split "プ" and "ブ" into a kana and a combining mark).
    expect(fileSlug('プラトー')).toBe('プラトー');
    expect([...fileSlug('プラトー')].length).toBe(4);
    // Full-width Latin letters and digits read as their ASCII forms.
    expect(fileSlug('ＭＫ－７　９０µｇ')).toBe('mk-7-90ug');
    expect(fileSlug('Tägliches MK-7: 90 µg')).toBe('tagliches-mk-7-90-ug');
    expect(fileSlug('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(fileSlug('：、。')).toBe('k2-scenario');
  });

  it('a name without word breaks is cut at 80 characters (Japanese has no spaces)', () => {
    const slug = fileSlug('毎'.repeat(100));
    expect(slug).toBe('毎'.repeat(80));
    expect(fileSlug('x'.repeat(100))).toBe('x'.repeat(80));
  });
});
