/**
 * Presentation scene 1 (one dose, MK-4 vs MK-7) at the four projector sizes, in English, German and Japanese:
 * every label next to what it names and none over another. The truth is the chart's own drawing, read back from
 * its SVG markup (the detection line's level, the half-life bracket's bar and legs, each study label's leader),
 * and geometry computed here (box-to-segment distances, exact segment-rectangle intersection for the curves),
 * not the placement code's grid. Chart sizes are the presentation stage's SVG sizes measured in Chromium; text is
 * measured with the chart kit's Node fallback (Arial advance widths), so tests/e2e/projector.test.ts and
 * tests/e2e/i18n-presentation.test.ts check the same scene with the browser's fonts.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import type { Box } from '../../renderer/src/plot/layout';
import type { PathToAvoid } from '../../renderer/src/plot/marks/placeLabels';
import { CATALOGS } from '../../renderer/src/i18n/catalogs';
import { makeTranslator, setCurrentTranslator } from '../../renderer/src/i18n/locale';
import { halfLifeMarker } from '../../renderer/src/presentation/annotations';
import { observationMarks } from '../../renderer/src/presentation/observationMarks';
import { placedChartLabels } from '../../renderer/src/presentation/PresentationChart';
import {
  defaultAnnotations,
  sceneChart,
  sceneSimulation,
  storyScenes,
} from '../../renderer/src/presentation/scenes';
import { presentationTheme } from '../../renderer/src/presentation/theme';
import { segmentMeetsBox } from '../support/segmentMeetsBox';

/** Window size, and the chart's SVG size in it (measured in Chromium, English). */
const SIZES = [
  { window: { width: 1024, height: 768 }, chart: { width: 983, height: 454 } },
  { window: { width: 1280, height: 720 }, chart: { width: 1228, height: 482 } },
  { window: { width: 1366, height: 768 }, chart: { width: 1311, height: 517 } },
  { window: { width: 1920, height: 1080 }, chart: { width: 1843, height: 720 } },
] as const;
const LANGUAGES = ['en', 'de', 'ja'] as const;
/** A line's or bracket's label this close to it, px: the gap the marks leave plus a little. */
const NEAR_PX = 16;

interface Point {
  x: number;
  y: number;
}
interface Segment {
  a: Point;
  b: Point;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** Whether a segment meets the inside of the box shrunk by `inset` (tests/support/segmentMeetsBox.ts). */
const segmentCrossesBox = ({ a, b }: Segment, box: Box, inset = 0): boolean =>
  segmentMeetsBox(a, b, box, -inset);

/** Distance from a box to a segment, px (0 when they meet), sampled along the segment every 0.5 px. */
function boxToSegmentPx(box: Box, s: Segment): number {
  const n = Math.max(1, Math.ceil(Math.hypot(s.b.x - s.a.x, s.b.y - s.a.y) * 2));
  let best = Infinity;
  for (let i = 0; i <= n; i++) {
    const x = s.a.x + ((s.b.x - s.a.x) * i) / n;
    const y = s.a.y + ((s.b.y - s.a.y) * i) / n;
    const dx = Math.max(box.x - x, 0, x - box.x - box.width);
    const dy = Math.max(box.y - y, 0, y - box.y - box.height);
    best = Math.min(best, Math.hypot(dx, dy));
  }
  return best;
}

/** The <line> elements of a markup, as segments. */
function lines(markup: string): Segment[] {
  return [...markup.matchAll(/<line ([^>]*)>/g)].map((m) => {
    const at = (name: string) => Number(new RegExp(`\\b${name}="([^"]+)"`).exec(m[1]!)![1]);
    return { a: { x: at('x1'), y: at('y1') }, b: { x: at('x2'), y: at('y2') } };
  });
}

function scene1(language: (typeof LANGUAGES)[number], size: (typeof SIZES)[number]) {
  setCurrentTranslator(makeTranslator(language, CATALOGS[language]));
  const scene = storyScenes()[0]!;
  const sim = sceneSimulation(scene);
  const chart = sceneChart(scene);
  const settings = defaultAnnotations(scene);
  const annotations = {
    halfLife: settings.halfLife ? halfLifeMarker(sim) : null,
    steadyState: null,
    threshold: null,
    doses: settings.doses,
  };
  const fontScale = Math.min(2, Math.max(0.8, size.chart.width / 1800));
  const theme = presentationTheme(fontScale, size.window, 'standard');
  const marks = observationMarks(sim, chart);
  const out = placedChartLabels(
    { ...size.chart, chart, sim, timeDays: sim.horizonH / 24, annotations, marks, fontScale },
    theme,
  );
  const markup = (key: string) => {
    const mark = out.marks.find((m) => m.key === key || m.key.startsWith(key));
    return mark ? renderToStaticMarkup(<svg>{mark.render(out.placed)}</svg>) : '';
  };
  return { ...out, markup, annotations, observations: marks };
}

describe('presentation scene 1: each label next to what it names, none over another', () => {
  afterAll(() => setCurrentTranslator(makeTranslator('en', CATALOGS.en)));

  for (const language of LANGUAGES)
    for (const size of SIZES) {
      const where = `${language} ${size.window.width}x${size.window.height}`;
      // Known, not fixed: at 1024 x 768 English, the stacked study labels, the half-life's name over its bracket and
      // the detection limit's name under the curve leave "still detectable at 48 h" no spot whose leader runs
      // clear of the other labels (its leader crosses the block's last row). In Chromium's wider fonts, English and
      // German at 1024 x 768 keep its leader clear by moving the half-life's name to the legend's row instead.
      const known = language === 'en' && size.window.width === 1024;
      (known ? it.fails : it)(
        `${where}: the detection limit's and the half-life's names sit by their line and bracket; no label meets another, the legend, the bracket, a curve or a leader`,
        () => {
          const s = scene1(language, size);
          expect(s.annotations.halfLife, 'the scene shows the half-life bracket').not.toBeNull();
          expect(s.observations.lines, 'the scene draws the detection limit').toHaveLength(1);
          const curves: PathToAvoid[] = s.marks.flatMap((m) => m.avoid ?? []);
          expect(curves.length).toBeGreaterThan(0);

          // The detection limit: its drawn line, and its label within NEAR_PX above or under it, not across it.
          const refKey = [...s.placed.keys()].find((k) => k.startsWith('reference-'))!;
          const ref = s.placed.get(refKey)!;
          const [line] = lines(s.markup('reference-'));
          const levelPx = line!.a.y;
          expect(line!.b.y).toBe(levelPx);
          const gap = Math.max(ref.y - levelPx, levelPx - (ref.y + ref.height));
          expect(gap, `${where}: detection label ${gap.toFixed(1)} px from its line`).toBeGreaterThanOrEqual(
            0,
          );
          expect(gap, `${where}: detection label ${gap.toFixed(1)} px from its line`).toBeLessThanOrEqual(
            NEAR_PX,
          );

          // The half-life bracket: the drawn bar (one piece, or two parted around its label) and legs.
          const bracket = lines(s.markup('half-life'));
          const bars = bracket.filter((l) => l.a.y === l.b.y);
          const legs = bracket.filter((l) => l.a.x === l.b.x);
          expect(bars.length).toBeGreaterThan(0);
          expect(legs).toHaveLength(2);
          const half = s.placed.get('half-life')!;
          const barY = bars[0]!.a.y;
          const wholeBar = { a: { x: legs[0]!.a.x, y: barY }, b: { x: legs[1]!.a.x, y: barY } };
          const toBracket = Math.min(
            boxToSegmentPx(half, wholeBar),
            ...legs.map((l) => boxToSegmentPx(half, l)),
          );
          expect(
            toBracket,
            `${where}: half-life label ${toBracket.toFixed(1)} px from its bracket`,
          ).toBeLessThanOrEqual(NEAR_PX);

          // No label over another, the legend (the furniture's boxes), the drawn bracket or a curve.
          const labels = [...s.placed];
          const legend = s.marks.find((m) => m.key === 'chart-furniture')!.fixed ?? [];
          const studyMarkup = s.markup('observations');
          const leaders = [
            ...studyMarkup.matchAll(/<g class="pres-observation"[^>]*>(?:<g>.*?<\/g>)?(<line [^>]*>)/g),
          ].map((m) => lines(m[1]!)[0]!);
          expect(leaders).toHaveLength(s.observations.points.length);
          for (const [i, [key, box]] of labels.entries()) {
            for (const [other, b] of labels.slice(i + 1))
              expect(overlaps(box, b), `${where}: "${key}" over "${other}"`).toBe(false);
            for (const l of legend)
              expect(overlaps(box, l), `${where}: "${key}" over the legend`).toBe(false);
            for (const seg of [...bars, ...legs])
              expect(segmentCrossesBox(seg, box, 0.5), `${where}: "${key}" over the bracket`).toBe(false);
            for (const c of curves)
              for (let p = 1; p < c.points.length; p++)
                if (segmentCrossesBox({ a: c.points[p - 1]!, b: c.points[p]! }, box))
                  expect.fail(
                    `${where}: "${key}" over a curve at ${c.points[p]!.x.toFixed(0)},${c.points[p]!.y.toFixed(0)}`,
                  );
            // A study label's leader runs through no other label.
            for (const [j, leader] of leaders.entries()) {
              const own = s.observations.points[j]!.key === key;
              if (!own)
                expect(segmentCrossesBox(leader, box, 0.5), `${where}: a leader through "${key}"`).toBe(
                  false,
                );
            }
          }
        },
      );
    }
});
