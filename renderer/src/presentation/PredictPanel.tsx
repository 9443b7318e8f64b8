import type { Limit } from '../../../sim';
import type { GuessVerdict, TypedGuesses } from '../../../sim/predict';
import { MAX_MEASURED_VALUE } from '../../../sim/measured/measured';
import { NumberInput } from '../controls/NumberInput';
import { useT } from '../i18n';
import { guessLabel } from './predict';
import type { PredictGuess } from './scenes';

const GUESS_KEY: Record<PredictGuess, keyof TypedGuesses> = {
  peakTime: 'peakTimeH',
  peakLevel: 'peakLevel',
  daysToPlateau: 'daysToPlateau',
};

function guessLimit(guess: PredictGuess, units: string): Limit {
  const base = { minExclusive: false, integer: false, min: 0 };
  const name = guessLabel(guess, true);
  if (guess === 'peakTime') return { ...base, name, unit: 'h', max: 24 * 3650 };
  if (guess === 'daysToPlateau') return { ...base, name, unit: 'days', max: 3650 };
  return { ...base, name, unit: units, max: MAX_MEASURED_VALUE };
}

export interface PredictPanelProps {
  /** The guesses the lesson asks for. */
  asked: readonly PredictGuess[];
  units: string;
  guesses: TypedGuesses;
  onGuess: (guesses: TypedGuesses) => void;
  /** After the reveal: the sketch's words and score, and each guess's verdict. */
  result: { sketch: string; score: number | null; guesses: GuessVerdict[] } | null;
}

/** Typed guesses while the class predicts; how close the prediction was, in words, once revealed. */
export function PredictPanel({ asked, units, guesses, onGuess, result }: PredictPanelProps) {
  const tr = useT();
  if (result) {
    // One paragraph, so the chart keeps its height on a 1024×768 projector.
    return (
      <p className="pres-score" role="status" data-testid="predict-score">
        {result.sketch}
        {result.score !== null && (
          <span className="pres-score-number">
            {tr.t('pres.guess.score', { score: tr.num(result.score) })}
          </span>
        )}
        {result.guesses.map((g) => ` ${g.words}`).join('')}
      </p>
    );
  }
  if (asked.length === 0) return null;
  return (
    <div className="pres-guesses" role="group" aria-label={tr.t('pres.guess.group')}>
      {asked.map((g) => (
        <span key={g} className="pres-guess">
          <span aria-hidden="true">{guessLabel(g, true)}</span>
          <NumberInput
            limit={guessLimit(g, units)}
            label={g === 'peakLevel' ? `${guessLabel(g)} (${units})` : guessLabel(g)}
            optional
            value={guesses[GUESS_KEY[g]] ?? null}
            onCommit={(v) => {
              const next = { ...guesses };
              if (v === null) delete next[GUESS_KEY[g]];
              else next[GUESS_KEY[g]] = v;
              onGuess(next);
            }}
          />
        </span>
      ))}
    </div>
  );
}
