import './metricNotes.css';
import type { MetricNote, MetricNoteCode } from '../../../sim';

/** The words shown next to a qualified number; the model's full sentence goes in the hover title. */
export const NOTE_LABELS: Record<MetricNoteCode, string> = {
  'steady-state-not-reached': 'Steady state not reached within the horizon',
  'auc-window-incomplete': 'AUC window incomplete',
  'no-doses-taken': 'No dose taken',
  'no-single-interval': 'No single dosing interval',
  'absorption-longer-than-interval': 'Absorption outlasts the interval',
};

/** Short notes under a number in a metrics cell (nothing when the number can be read as is). */
export function MetricNotes({ notes }: { notes: readonly MetricNote[] | undefined }) {
  if (!notes || notes.length === 0) return null;
  return (
    <>
      {notes.map((n) => (
        <span key={n.code} className="metric-note" data-note={n.code} title={n.text}>
          {NOTE_LABELS[n.code]}
        </span>
      ))}
    </>
  );
}
