import { unitFactor } from '../../../sim';
import {
  scoreGuesses,
  scoreSketch,
  type GuessTruth,
  type GuessVerdict,
  type PredictPoint,
  type TruthCurve,
  type TypedGuesses,
} from '../../../sim/predict';
import { featuredRegimen } from './annotations';
import { currentTranslator } from '../i18n/locale';
import { formatConc } from './format';
import type { ObservationMarks } from './observationMarks';
import type { SceneSimulation } from './sceneSimulation';
import { hiddenSpanH, type PredictGuess, type ScenePredict } from './scenes';

/** What a prediction is scored against: the featured regimen's plasma curve in the scene's units. */
export interface PredictTarget {
  label: string;
  units: string;
  truth: TruthCurve;
  span: { fromH: number; toH: number };
  guessTruth: GuessTruth;
}

/** The scene's featured regimen (the one its annotations describe) as a scoring target; null without one. */
export function predictTarget(sim: SceneSimulation, predict: ScenePredict): PredictTarget | null {
  const r = featuredRegimen(sim);
  if (!r) return null;
  const units = sim.scenario.display.units;
  const f = unitFactor(r.compound, units);
  const ss = r.metrics.steadyState;
  const repeated = r.result.doses.filter((d) => !d.missed).length > 1;
  return {
    label: r.label,
    units,
    truth: { timeH: r.result.timeH, level: Array.from(r.result.plasmaNgPerMl, (c) => c * f) },
    span: hiddenSpanH(predict, sim.horizonH),
    guessTruth: {
      peakTimeH: r.metrics.tmaxH,
      peakLevel: r.metrics.cmaxNgPerMl * f,
      daysToPlateau: ss && repeated ? ss.timeTo90PctH / 24 : null,
    },
  };
}

/** The time up to which the chart draws curves while the class predicts (days). */
export function visibleUntilDays(predict: ScenePredict, horizonDays: number): number {
  if (predict.hide === 'curve') return 0;
  if (predict.hide === 'future') return Math.min(horizonDays, Math.max(0, predict.fromDays ?? 0));
  return horizonDays;
}

/** While predicting, published observations (numbers) are hidden too. */
export const NO_MARKS: ObservationMarks = { points: [], lines: [], bands: [], fatInset: null };

/** The prompt shown in place of the caption while the class predicts: no number of the result in it. */
export function predictPrompt(predict: ScenePredict, label: string): string {
  const tr = currentTranslator();
  const reveal = tr.t(predict.allowReveal ? 'pres.predict.reveals' : 'pres.predict.staysHidden');
  if (predict.hide === 'numbers') return tr.t('pres.predict.numbers', { label, reveal });
  const when =
    predict.hide === 'future' ? tr.t('pres.predict.after', { day: tr.num(predict.fromDays ?? 0) }) : '';
  return tr.t('pres.predict.curve', { label, when, reveal });
}

/** A typed guess's label in the UI's language: "Peak time (h)"; `short` drops the unit ("Peak time"). */
export function guessLabel(guess: PredictGuess, short = false): string {
  const tr = currentTranslator();
  if (guess === 'peakLevel') return tr.t('pres.guess.peakLevel');
  if (guess === 'peakTime') return tr.t(short ? 'pres.guess.peakTimeShort' : 'pres.guess.peakTime');
  return tr.t(short ? 'pres.guess.daysToPlateauShort' : 'pres.guess.daysToPlateau');
}

/** The reveal's words: the sketch's score, then each typed guess; what was not predicted is said too. */
export function revealWords(
  target: PredictTarget,
  sketch: readonly PredictPoint[],
  guesses: TypedGuesses,
): { sketch: string; score: number | null; guesses: GuessVerdict[] } {
  const verdicts = scoreGuesses(guesses, target.guessTruth, target.units, formatConc);
  if (sketch.length === 0) {
    return {
      sketch: currentTranslator().t(verdicts.length > 0 ? 'pres.guess.noSketch' : 'pres.guess.nothing'),
      score: null,
      guesses: verdicts,
    };
  }
  const scored = scoreSketch(sketch, target.truth, target.span);
  return scored.ok
    ? { sketch: scored.score.words, score: scored.score.score, guesses: verdicts }
    : { sketch: scored.error, score: null, guesses: verdicts };
}
