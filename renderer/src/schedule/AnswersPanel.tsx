import type { AnswerRow } from '../../../sim/answers/scenarioAnswers';
import { thresholdLimit } from '../../../sim/answers/scenarioAnswers';
import { NumberInput } from '../controls/NumberInput';
import './answers.css';

/**
 * The answers in words and numbers, per regimen, computed from the run (sim/answers): steady state, the
 * schedule as taken against the plan in both directions, and when a threshold in the view's unit is reached.
 */
export function AnswersPanel({
  rows,
  stale,
  error,
  threshold,
  units,
  onThreshold,
}: {
  /** Null until the first answers arrive. */
  rows: AnswerRow[] | null;
  /** The rows are for an earlier scenario; newer ones are being computed. */
  stale: boolean;
  error: string | null;
  /** In the view's unit; null: no threshold. */
  threshold: number | null;
  units: string;
  onThreshold: (value: number | null) => void;
}) {
  return (
    <section
      className="card answers-panel"
      role="region"
      aria-label="Answers"
      aria-busy={stale || rows === null}
    >
      <h2>Answers</h2>
      <label className="answers-threshold" htmlFor="answers-threshold">
        Threshold ({units})
      </label>{' '}
      <NumberInput
        id="answers-threshold"
        value={threshold}
        onCommit={onThreshold}
        limit={thresholdLimit(units)}
        optional
        unit=""
      />
      {error !== null ? (
        <p className="field-error" role="alert">
          The answers could not be computed: {error}
        </p>
      ) : rows === null ? (
        <p className="field-hint">Computing the answers…</p>
      ) : (
        <ul className={stale ? 'answers-list stale' : 'answers-list'} data-testid="answers">
          {rows.map((r) => (
            <li key={r.key}>
              <strong>{r.label}:</strong> {r.answers.sentence}.{' '}
              {r.answers.comparison && (
                <ul className="answers-comparison" aria-label={`${r.label} against the plan`}>
                  {r.answers.comparison.sentences.map((s, i) => (
                    <li key={i}>{s} </li>
                  ))}
                </ul>
              )}
              {r.crossing}
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">
        Steady state: the long-run average level of your plan. Day 14 compares the average over the
        plan&apos;s repeat period (one day, two days or a week) ending that day with it. The plan is your
        schedule without the doses you missed, moved, doubled, changed or added; below and above mean more
        than 5% lower or higher than the plan&apos;s level at the same time, and the cause is the change that
        moves the level most that way then. Days count as the chart&apos;s time axis does.
      </p>
    </section>
  );
}
