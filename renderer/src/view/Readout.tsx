import { useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { ScenarioView, ViewSeries } from '../../../sim';
import type { PanelLayout } from '../plot/layout';
import { markContext } from '../plot/marks/mark';
import { ReadoutCursor } from '../plot/marks/ReadoutCursor';
import type { PanelModel } from '../plot/model';
import type { PlotTheme } from '../plot/theme';
import { READOUT_TEXT, readoutText, rowStride, timeText } from './readout';

/** Shift+arrow moves this many readout steps. */
const SHIFT_STEPS = 10;

/** Nearest output step to a time (h) on the view's ascending grid. */
function nearestIndex(timeH: Float64Array, t: number): number {
  let lo = 0;
  let hi = timeH.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (timeH[mid]! <= t) lo = mid;
    else hi = mid;
  }
  return Math.abs(timeH[hi]! - t) < Math.abs(timeH[lo]! - t) ? hi : lo;
}

/**
 * The hover and keyboard readout of a chart: a focusable area over the plot (a slider along the time axis)
 * whose arrow keys move a cursor by the table's step (Shift: ten steps; Home and End), the pointer moves it
 * too; every visible curve's level at the cursor is shown beside it and said in a polite live region. The
 * values are the view's own output steps, the ones the chart draws and the CSV exports.
 */
export function Readout({
  view,
  series,
  model,
  layout,
  theme,
  title,
  testId,
}: {
  view: ScenarioView;
  series: readonly ViewSeries[];
  model: PanelModel;
  layout: PanelLayout;
  theme: PlotTheme;
  title: string;
  testId: string;
}) {
  const points = view.timeH.length;
  const stride = rowStride(points);
  const [index, setIndex] = useState<number | null>(null);
  const [announced, setAnnounced] = useState('');
  const [hover, setHover] = useState(false);
  const [focused, setFocused] = useState(false);
  const i = index === null ? null : Math.min(index, points - 1);
  const text = useMemo(
    () => (i === null || points === 0 ? '' : readoutText(view, series, i, stride)),
    [view, series, i, stride, points],
  );
  const { plot } = layout;
  if (points === 0) return null;

  const moveTo = (to: number, announce: boolean) => {
    const next = Math.max(0, Math.min(points - 1, to));
    setIndex(next);
    if (announce) setAnnounced(readoutText(view, series, next, stride));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const from = i ?? 0;
    const step = stride * (e.shiftKey ? SHIFT_STEPS : 1);
    if (e.key === 'ArrowRight' || e.key === 'ArrowUp') moveTo(i === null ? 0 : from + step, true);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') moveTo(i === null ? 0 : from - step, true);
    else if (e.key === 'Home') moveTo(0, true);
    else if (e.key === 'End') moveTo(points - 1, true);
    else return;
    e.preventDefault();
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const ctx = markContext(model, layout, theme);
    // Pixels back to days through the axis' domain, linear in time.
    const [d0, d1] = layout.xAxis.domain;
    const px = e.clientX - box.left + plot.x;
    const tDays = d0 + ((px - ctx.x(d0)) / (ctx.x(d1) - ctx.x(d0))) * (d1 - d0);
    moveTo(nearestIndex(view.timeH, tDays * 24), false);
  };

  const shown = i !== null && (hover || focused);
  const ctx = markContext(model, layout, theme);
  const timeH = i === null ? 0 : view.timeH[i]!;
  return (
    <>
      <div
        className="readout-area"
        data-testid={`${testId}-readout`}
        tabIndex={0}
        role="slider"
        aria-label={READOUT_TEXT.readoutLabel(title)}
        aria-valuemin={0}
        aria-valuemax={view.timeH[points - 1]}
        aria-valuenow={timeH}
        aria-valuetext={i === null ? READOUT_TEXT.dayAt('0', '0') : timeText(view, timeH)}
        aria-orientation="horizontal"
        style={{ left: plot.x, top: plot.y, width: plot.width, height: plot.height }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          if (i === null) setIndex(0);
        }}
        onBlur={() => setFocused(false)}
        onPointerEnter={() => setHover(true)}
        onPointerLeave={() => setHover(false)}
        onPointerMove={onPointerMove}
      />
      {shown && (
        <>
          <svg className="readout-layer" width={layout.width} height={layout.height} aria-hidden="true">
            <ReadoutCursor
              ctx={ctx}
              tDays={timeH / 24}
              dots={series.map((s) => ({
                key: s.key,
                color: model.lines.find((l) => l.key === s.key)?.color ?? theme.ink,
                v: s.values[i] ?? NaN,
              }))}
            />
          </svg>
          <p
            className="readout-box"
            aria-hidden="true"
            style={{
              top: plot.y + 4,
              ...(ctx.x(timeH / 24) > plot.x + plot.width / 2
                ? { right: layout.width - ctx.x(timeH / 24) + 10 }
                : { left: ctx.x(timeH / 24) + 10 }),
            }}
          >
            {text}
          </p>
        </>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid={`${testId}-announce`}>
        {announced}
      </p>
    </>
  );
}
