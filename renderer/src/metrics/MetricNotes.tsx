import './metricNotes.css';
import { metricNoteText, type MetricNote, type MetricNoteCode } from '../../../sim';
import { currentTranslator, useT, type AppTranslator } from '../i18n';

/** The words shown next to a qualified number; the model's full sentence goes in the hover title. */
/** A note's short label in the UI's language ("Steady state not reached within the horizon"). */
export function noteLabel(code: MetricNoteCode, tr: AppTranslator = currentTranslator()): string {
  return tr.t('note.label', { code: code.replace(/-/g, '_') });
}

/** Short notes under a number in a metrics cell (nothing when the number can be read as is). */
export function MetricNotes({ notes }: { notes: readonly MetricNote[] | undefined }) {
  const tr = useT();
  if (!notes || notes.length === 0) return null;
  return (
    <>
      {notes.map((n) => (
        <span key={n.code} className="metric-note" data-note={n.code} title={metricNoteText(n, tr)}>
          {noteLabel(n.code, tr)}
        </span>
      ))}
    </>
  );
}
