import { memo } from 'react';
import type { AnswerRow } from '../../../sim/answers/scenarioAnswers';
import { thresholdLimit } from '../../../sim/answers/scenarioAnswers';
import { NumberInput } from '../controls/NumberInput';
import { useT } from '../i18n';
import './answers.css';

/**
 * The answers in words and numbers, per regimen, computed from the run (sim/answers): steady state, the
 * schedule as taken against the plan in both directions, and when a threshold in the view's unit is reached.
 * Memoised: a slider step's own render leaves it (and its box) untouched; its answers follow after the step.
 */
export const AnswersPanel = memo(function AnswersPanel({
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
  const tr = useT();
  return (
    <section
      className="card answers-panel"
      role="region"
      aria-label={tr.t('answers.title')}
      aria-busy={stale || rows === null}
    >
      <h2>{tr.t('answers.title')}</h2>
      <label className="answers-threshold" htmlFor="answers-threshold">
        {tr.t('answers.threshold', { units })}
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
          {tr.t('answers.error', { error })}
        </p>
      ) : rows === null ? (
        <p className="field-hint">{tr.t('answers.computing')}</p>
      ) : (
        <ul className={stale ? 'answers-list stale' : 'answers-list'} data-testid="answers">
          {rows.map((r) => (
            <li key={r.key}>
              <strong>{r.label}:</strong> {tr.t('answers.steady', { sentence: r.answers.sentence })}{' '}
              {r.answers.comparison && (
                <ul
                  className="answers-comparison"
                  aria-label={tr.t('answers.againstPlan', { label: r.label })}
                >
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
      <p className="field-hint">{tr.t('answers.hint')}</p>
    </section>
  );
});
