/**
 * My measured levels lists a page of rows, never all 10,000 (issue 20: 10,000 rows of boxes blocked the page
 * 10 s). Rendered with React's server renderer; the browser test (tests/e2e/number-input.test.ts) pages
 * through 10,000 imported levels by keyboard and times it.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MeasuredPanel, PAGE_ROWS } from '../../renderer/src/measured/MeasuredPanel';
import type { MeasuredLevel } from '../../sim/measured/measured';

// One a minute from 2026-03-23 00:00, so the list's time order is the order they were made in.
const levels = (n: number): MeasuredLevel[] =>
  Array.from({ length: n }, (_, k) => ({
    date: new Date(Date.UTC(2026, 2, 23 + Math.floor(k / 1440))).toISOString().slice(0, 10),
    time: `${String(Math.floor(k / 60) % 24).padStart(2, '0')}:${String(k % 60).padStart(2, '0')}`,
    value: k,
    unit: 'ng/mL',
    compound: 'mk7',
  }));

const render = (n: number): string =>
  renderToStaticMarkup(
    <MeasuredPanel
      levels={levels(n)}
      proposedDate="2026-03-23"
      timeZone="Europe/Berlin"
      factor={1}
      fit={null}
      onLevels={() => {}}
      onFit={() => null}
      onReset={() => {}}
    />,
  );

describe('My measured levels: one page of rows at a time', () => {
  it('10,000 levels: 50 value boxes, the first 50, and where they are in the whole', () => {
    const html = render(10_000);
    expect(PAGE_ROWS).toBe(50);
    expect(html.match(/aria-label="Measured value"/g)).toHaveLength(50);
    expect(html).toContain('Levels 1–50 of 10,000');
    expect(html).toContain('aria-rowcount="10001"');
    // Values 0..49 are listed, 50 is on the next page.
    expect(html).toContain('value="49"');
    expect(html).not.toContain('value="50"');
    expect(html).toContain('aria-label="Remove level 50 (2026-03-23 00:49)"');
    expect(html).toMatch(/<button type="button" disabled="">First<\/button>/);
    expect(html).toMatch(/<button type="button">Next 50<\/button>/);
  });

  it('50 levels or fewer: every row, no pages', () => {
    const html = render(50);
    expect(html.match(/aria-label="Measured value"/g)).toHaveLength(50);
    expect(html).not.toContain('Pages of measured levels');
    expect(render(0)).not.toContain('Measured levels"');
  });
});

describe('My measured levels at the cap', () => {
  it('10,000 levels: "Add measured level" is disabled and the cap is said in its words', () => {
    const html = render(10_000);
    expect(html).toMatch(/<button type="button" disabled="" aria-describedby="[^"]+">Add measured level/);
    expect(html).toContain(
      'This scenario would hold 10,001 measured levels; the limit is 10,000 measured levels',
    );
    expect(render(9_999)).not.toContain('would hold');
  });
});
