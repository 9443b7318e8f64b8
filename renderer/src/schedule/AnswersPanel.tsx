import type { ScheduleAnswers } from '../../../sim/answers/scheduleAnswers';
import { formatClock } from '../../../sim/schedule';

export interface AnswerRow {
  key: string;
  label: string;
  answers: ScheduleAnswers;
}

/** "When is the level first above …" as days and hours after the start. */
function describeCrossing(label: string, thresholdNgPerMl: number, timeH: number | null | undefined): string {
  if (timeH === undefined) return '';
  if (timeH === null) return `${label} does not reach ${thresholdNgPerMl} ng/mL in this run.`;
  const day = Math.floor(timeH / 24);
  return `${label} first reaches ${thresholdNgPerMl} ng/mL on day ${day + 1}, ${formatClock((timeH - day * 24) * 60)} after the start time (${timeH.toFixed(1)} h).`;
}

/** The answers in words and numbers, per regimen, computed from the run (sim/answers). */
export function AnswersPanel({
  rows,
  thresholdNgPerMl,
  onThreshold,
}: {
  rows: AnswerRow[];
  thresholdNgPerMl: number;
  onThreshold: (ngPerMl: number) => void;
}) {
  return (
    <section className="card answers-panel" role="region" aria-label="Answers">
      <h2>Answers</h2>
      <label className="answers-threshold">
        Threshold (ng/mL)
        <input
          type="number"
          min={0}
          max={1000}
          step="any"
          value={thresholdNgPerMl}
          onChange={(e) => {
            const v = e.currentTarget.valueAsNumber;
            if (v > 0 && v <= 1000) onThreshold(v);
          }}
        />
      </label>
      <ul className="answers-list" data-testid="answers">
        {rows.map((r) => (
          <li key={r.key}>
            <strong>{r.label}:</strong> {r.answers.sentence}.{' '}
            {r.answers.perturbation && <span>{r.answers.perturbation.sentence} </span>}
            {describeCrossing(r.label, thresholdNgPerMl, r.answers.thresholdCrossingH)}
          </li>
        ))}
      </ul>
      <p className="field-hint">
        Steady state: the long-run average level of your plan. Day 14 compares the average over the
        plan&apos;s repeat period (one day, two days or a week) ending that day with it. A trough is the
        lowest level before a planned dose; recovery means every later trough within 5% of the plan without
        your missed or moved doses.
      </p>
    </section>
  );
}
