/**
 * Measures of the presentation chart on screen, read from the browser's own geometry (rendered text boxes and
 * getPointAtLength along each drawn path), not from the placement code.
 */
import type { Page } from 'playwright-core';

export interface SceneMeasure {
  texts: { text: string; fontPx: number; boxH: number }[];
  vh: number;
  /** Label text vs curve points found inside its box. */
  crossings: { label: string; curve: string; x: number; y: number }[];
  /** Pairs of the chart's text boxes that overlap by more than 1 px both ways. */
  overlaps: { a: string; b: string }[];
  /** Pairs of the chart's study-label leader lines that cross each other, by the labels they lead to. */
  leaderCrossings: { a: string; b: string }[];
  curves: number;
  samples: number;
}

/** Text sizes, label-vs-curve crossings and text-vs-text overlaps of the scene on screen, measured in the page. */
export function measureScene(page: Page): Promise<SceneMeasure> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid=presentation]')!;
    const controls = root.querySelector('.pres-controls');
    const nodes = [
      ...Array.from(root.querySelectorAll('svg text')),
      ...Array.from(root.querySelectorAll('.pres-title, .pres-counter, .pres-caption, .caution-line')),
    ].filter((n) => (n.textContent ?? '').trim() !== '' && !controls?.contains(n));
    const texts = nodes.map((n) => ({
      text: (n.textContent ?? '').trim().slice(0, 60),
      fontPx: parseFloat(getComputedStyle(n).fontSize),
      boxH: n.getBoundingClientRect().height,
    }));
    const chart = root.querySelector('[data-testid=presentation-chart] svg')!;
    const labels = Array.from(chart.querySelectorAll('text'))
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => ({ text: (t.textContent ?? '').trim().slice(0, 60), box: t.getBoundingClientRect() }));
    // Every drawn text of the stage (the chart and an inset beside it), not only the chart's.
    const drawn = Array.from(root.querySelectorAll('.pres-stage svg text'))
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => ({ text: (t.textContent ?? '').trim().slice(0, 60), box: t.getBoundingClientRect() }));
    const overlaps: SceneMeasure['overlaps'] = [];
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) {
        const a = drawn[i]!.box;
        const b = drawn[j]!.box;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) overlaps.push({ a: drawn[i]!.text, b: drawn[j]!.text });
      }
    const paths = Array.from(
      chart.querySelectorAll<SVGPathElement>('path.pres-curve, path.pres-first-dose-ghost'),
    );
    const crossings: SceneMeasure['crossings'] = [];
    let samples = 0;
    for (const path of paths) {
      const ctm = path.getScreenCTM();
      if (!ctm) continue;
      const length = path.getTotalLength();
      const name = path.getAttribute('data-label') ?? path.getAttribute('class') ?? 'path';
      for (let at = 0; at <= length; at += 1.5) {
        const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(ctm);
        samples++;
        for (const l of labels) {
          const b = l.box;
          if (p.x > b.left && p.x < b.right && p.y > b.top && p.y < b.bottom) {
            if (!crossings.some((c) => c.label === l.text && c.curve === name))
              crossings.push({ label: l.text, curve: name, x: Math.round(p.x), y: Math.round(p.y) });
          }
        }
      }
    }
    // Each study label's leader is its group's own line (the range bar's lines sit in a group of their own),
    // in screen pixels.
    const leaders = Array.from(chart.querySelectorAll('.pres-observation')).flatMap((g) => {
      const line = g.querySelector<SVGLineElement>(':scope > line');
      const ctm = line?.getScreenCTM();
      if (!line || !ctm) return [];
      const end = (x: SVGAnimatedLength, y: SVGAnimatedLength) =>
        new DOMPoint(x.baseVal.value, y.baseVal.value).matrixTransform(ctm);
      return [
        {
          text: (g.querySelector('text')?.textContent ?? '').trim().slice(0, 60),
          a: end(line.x1, line.y1),
          b: end(line.x2, line.y2),
        },
      ];
    });
    // Proper crossings only: two leaders from one marker meet at their ends, which is not a crossing.
    const side = (p: DOMPoint, q: DOMPoint, r: DOMPoint) => {
      const c = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
      return Math.abs(c) < 1e-6 ? 0 : Math.sign(c);
    };
    const leaderCrossings: SceneMeasure['leaderCrossings'] = [];
    for (let i = 0; i < leaders.length; i++)
      for (let j = i + 1; j < leaders.length; j++) {
        const l = leaders[i]!;
        const k = leaders[j]!;
        if (side(k.a, k.b, l.a) * side(k.a, k.b, l.b) < 0 && side(l.a, l.b, k.a) * side(l.a, l.b, k.b) < 0)
          leaderCrossings.push({ a: l.text, b: k.text });
      }
    return { texts, vh: innerHeight, crossings, overlaps, leaderCrossings, curves: paths.length, samples };
  });
}
