import { memo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DoseMark } from '../../../sim';
import { currentTranslator } from '../i18n/locale';
import { formatNumber } from './format';
import type { PanelLayout } from './layout';
import { doubleDoseCount, type DoseRow, type PanelModel } from './model';
import { scalesOf } from './marks/mark';

export interface DoseControlProps {
  model: PanelModel;
  layout: PanelLayout;
  markerPx: number;
  onToggle: (mark: DoseMark) => void;
  /** Calendar-schedule doses can be moved: drag the marker along the time axis, or Shift+Left/Right (1 h). */
  onMove?: (mark: DoseMark, timeH: number) => void;
}

/** A drag shorter than this (px) is a click. */
const DRAG_THRESHOLD_PX = 4;

/** "Dose 3 of MK-7 at day 2 (taken)": what a screen reader hears and the tooltip shows, in the UI's language. */
export function doseLabel(row: Pick<DoseRow, 'label' | 'marks'>, mark: DoseMark, rows: number): string {
  const tr = currentTranslator();
  const scheduled = mark.doseId != null;
  const units = doubleDoseCount(row.marks, mark);
  const state =
    units > 1
      ? units === 2
        ? 'double'
        : 'multiple'
      : mark.regularIndex === null && !scheduled
        ? 'extra'
        : mark.missed
          ? 'missed'
          : 'taken';
  return tr.t('chart.dose', {
    many: String(rows > 1),
    n: mark.number,
    label: row.label,
    day: formatNumber(mark.timeH / 24),
    state: tr.t('chart.doseState', { state, units }),
  });
}

/**
 * The dose markers as ONE tab stop (a roving button over the active marker), whatever the number of doses:
 * Left/Right (Home/End, PageUp/PageDown by a tenth) move along a regimen's doses, Up/Down between regimens,
 * Enter or Space toggles "missed" for that regimen's dose only. A click on a row picks the nearest dose.
 */
export const DoseControl = memo(function DoseControl({
  model,
  layout,
  markerPx,
  onToggle,
  onMove,
}: DoseControlProps) {
  const rows = model.doseRows;
  const [active, setActive] = useState({ row: 0, k: 0 });
  const [drag, setDrag] = useState<{ startX: number; dx: number } | null>(null);
  const { x } = scalesOf(model, layout);
  if (rows.length === 0 || rows.every((r) => r.marks.length === 0)) return null;
  const rowIndex = Math.min(active.row, rows.length - 1);
  const row = rows[rowIndex]!;
  const k = Math.min(active.k, Math.max(0, row.marks.length - 1));
  const mark = row.marks[k];
  const hit = Math.max(12, markerPx * 2 + 4);

  const nearest = (r: DoseRow, px: number) => {
    let best = 0;
    r.marks.forEach((m, i) => {
      if (Math.abs(x(m.timeH / 24) - px) < Math.abs(x(r.marks[best]!.timeH / 24) - px)) best = i;
    });
    return best;
  };
  const move = (to: { row: number; k: number }) => setActive(to);

  const movable = (m: DoseMark | undefined): m is DoseMark => !!onMove && !!m && m.doseId != null;
  const pxPerH = (x(1) - x(0)) / 24;

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const n = row.marks.length;
    if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && movable(mark)) {
      onMove!(mark, mark.timeH + (e.key === 'ArrowRight' ? 1 : -1));
      e.preventDefault();
      return;
    }
    const page = Math.max(1, Math.round(n / 10));
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageUp: -page, PageDown: page };
    if (e.key in step) move({ row: rowIndex, k: Math.max(0, Math.min(n - 1, k + step[e.key]!)) });
    else if (e.key === 'Home') move({ row: rowIndex, k: 0 });
    else if (e.key === 'End') move({ row: rowIndex, k: n - 1 });
    else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && mark) {
      const to = Math.max(0, Math.min(rows.length - 1, rowIndex + (e.key === 'ArrowUp' ? -1 : 1)));
      move({ row: to, k: nearest(rows[to]!, x(mark.timeH / 24)) });
    } else return;
    e.preventDefault();
  };

  const onStripClick = (e: MouseEvent<HTMLDivElement>, r: number) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left + layout.plot.x - hit / 2;
    const target = rows[r]!;
    if (target.marks.length === 0) return;
    const i = nearest(target, px);
    if (Math.abs(x(target.marks[i]!.timeH / 24) - px) > hit) return;
    move({ row: r, k: i });
    onToggle(target.marks[i]!);
  };

  return (
    <div
      className="dose-buttons"
      role="group"
      aria-label={
        onMove
          ? 'Doses: arrow keys move, Enter marks a dose missed or taken, Shift+arrows or dragging moves a scheduled dose in time'
          : 'Doses: arrow keys move, Enter marks a dose missed or taken'
      }
    >
      {rows.map((r, i) => (
        <div
          key={r.regimenIndex}
          className="dose-strip"
          aria-hidden="true"
          style={{
            left: layout.plot.x - hit / 2,
            width: layout.plot.width + hit,
            top: layout.doseRowY[i]! - hit / 2,
            height: hit,
          }}
          onClick={(e) => onStripClick(e, i)}
        />
      ))}
      {mark && (
        <button
          type="button"
          className="dose-button"
          aria-label={doseLabel(row, mark, rows.length)}
          aria-pressed={mark.missed}
          aria-disabled={mark.regularIndex === null && mark.doseId == null}
          title={currentTranslator().t('chart.doseToggle', {
            label: doseLabel(row, mark, rows.length),
            missed: String(mark.missed),
          })}
          style={{
            left: x(mark.timeH / 24) - hit / 2 + (drag?.dx ?? 0),
            top: layout.doseRowY[rowIndex]! - hit / 2,
            width: hit,
            height: hit,
          }}
          onKeyDown={onKeyDown}
          onClick={() => {
            if (drag === null) onToggle(mark);
          }}
          onPointerDown={(e) => {
            if (!movable(mark)) return;
            e.currentTarget.setPointerCapture(e.pointerId);
            setDrag({ startX: e.clientX, dx: 0 });
          }}
          onPointerMove={(e) => {
            if (drag) setDrag({ ...drag, dx: e.clientX - drag.startX });
          }}
          onPointerUp={(e) => {
            if (!drag || !movable(mark)) return;
            const dx = e.clientX - drag.startX;
            if (Math.abs(dx) < DRAG_THRESHOLD_PX) {
              setDrag(null);
              return;
            }
            // Whole 5-minute steps, like a clock; the click that follows the drag is not a toggle.
            const timeH = Math.round((mark.timeH + dx / pxPerH) * 12) / 12;
            onMove!(mark, Math.max(0, timeH));
            setTimeout(() => setDrag(null), 0);
          }}
        />
      )}
    </div>
  );
});
