import { ENGLISH, type Translator } from '../i18n/translator';
import { formatFactor } from './factorWords';
import type { LeftOutCounts, LeftOutReason } from './levels';
import { studentTCritical } from './studentT';

/** One measured level next to what the model predicts for the typical person at the same time (ng/mL). */
export interface FitPoint {
  observedNgPerMl: number;
  predictedNgPerMl: number;
}

export interface FactorFit {
  /** k: the measured levels are about k times the typical person's. */
  factor: number;
  /** Standard error of ln k (null with one point). */
  logSe: number | null;
  /** 95% interval of k, exp(ln k ± t(0.975, n - 1) · SE) (null with one point). */
  ci95: [number, number] | null;
  /** Points used (both values above zero). */
  n: number;
  /** Points left out because a value was zero (below detection or before any dose). */
  excluded: number;
  /** Root-mean-square residual on the log scale after the fit: 0.1 means typically about 10% off. */
  rmseLog: number;
  /** Share of the variance of ln(observed) the fitted curve explains (null when all observations are equal). */
  r2: number | null;
  /**
   * The scenario's levels the fit left out, by reason (levels.ts), `excluded` among them; absent in fits of
   * bare points and in fits saved before fits counted them.
   */
  leftOut?: LeftOutCounts | undefined;
}

/** A point the log-scale fit can use: both values above zero and finite. */
export function usablePoint(p: FitPoint): boolean {
  return (
    p.observedNgPerMl > 0 && p.predictedNgPerMl > 0 && Number.isFinite(p.observedNgPerMl + p.predictedNgPerMl)
  );
}

/**
 * One factor k scaling exposure, fitted to measured levels by least squares on log concentrations:
 * minimising Σ (ln obs_i - ln k - ln pred_i)² gives ln k = mean(ln obs_i - ln pred_i). Its standard error
 * is s / √n with s the residual SD (n - 1 degrees of freedom), and the 95% interval is t-based, then
 * exponentiated (so it is asymmetric around k). Log residuals fit the constant-CV errors of lab assays.
 * Reference: Draper & Smith, Applied Regression Analysis, 3rd ed., ch. 1 (intercept-only model).
 * Null when no point has both values above zero.
 * @example fitExposureFactor([{ observedNgPerMl: 2, predictedNgPerMl: 1 }]).factor // => 2
 */
export function fitExposureFactor(points: readonly FitPoint[]): FactorFit | null {
  const usable = points.filter(usablePoint);
  const n = usable.length;
  if (n === 0) return null;
  const d = usable.map((p) => Math.log(p.observedNgPerMl) - Math.log(p.predictedNgPerMl));
  const logK = d.reduce((a, b) => a + b, 0) / n;
  const ssRes = d.reduce((a, x) => a + (x - logK) ** 2, 0);
  const logObs = usable.map((p) => Math.log(p.observedNgPerMl));
  const meanObs = logObs.reduce((a, b) => a + b, 0) / n;
  const ssTot = logObs.reduce((a, x) => a + (x - meanObs) ** 2, 0);
  let logSe: number | null = null;
  let ci95: [number, number] | null = null;
  if (n >= 2) {
    logSe = Math.sqrt(ssRes / (n - 1)) / Math.sqrt(n);
    const t = studentTCritical(n - 1, 0.95);
    ci95 = [Math.exp(logK - t * logSe), Math.exp(logK + t * logSe)];
  }
  return {
    factor: Math.exp(logK),
    logSe,
    ci95,
    n,
    excluded: points.length - n,
    rmseLog: Math.sqrt(ssRes / n),
    r2: ssTot > 0 ? 1 - ssRes / ssTot : null,
  };
}

/**
 * "×1.8 (95% interval 1.4-2.3), 6 levels, typically 12% off": the fit in words for the panel and the CLI.
 */
export function describeFactorFit(fit: FactorFit, tr: Translator = ENGLISH): string {
  const f = (x: number) => formatFactor(x, tr.locale);
  const interval = fit.ci95
    ? tr.t('fit.interval', { low: f(fit.ci95[0]), high: f(fit.ci95[1]) })
    : tr.t('fit.noInterval');
  const off = tr.num(Math.round(Math.expm1(fit.rmseLog) * 100));
  return tr.t('fit.describe', { factor: f(fit.factor), interval, n: fit.n, off });
}

/** The reasons in the order every sentence names them. */
const REASONS: readonly LeftOutReason[] = ['beforeStart', 'afterEnd', 'notTaken', 'zero', 'noModelLevel'];

/**
 * "2 levels dated before the run starts and 1 level of 0, below detection": the levels left out, by reason,
 * in the reader's language ('' when none was).
 */
export function leftOutWords(counts: LeftOutCounts, tr: Translator = ENGLISH): string {
  return tr.list(
    REASONS.filter((r) => counts[r] > 0).map((r) => tr.t('fit.leftOut', { reason: r, n: counts[r] })),
  );
}

/**
 * "The fit used 1 of the 4 levels. Left out: 2 levels dated ..., 1 level of 0, below detection." or "The fit
 * used all 4 levels.": how many of the scenario's levels a fit used, and why it left out each other one.
 * Null for a fit that does not know (saved before fits counted what they left out).
 * @example describeFitUse({ factor: 1, logSe: null, ci95: null, n: 1, excluded: 0, rmseLog: 0, r2: null, leftOut: { beforeStart: 0, afterEnd: 2, notTaken: 0, zero: 0, noModelLevel: 0 } }) // => 'The fit used 1 of the 3 levels. Left out: 2 levels dated after the run ends.'
 */
export function describeFitUse(fit: FactorFit, tr: Translator = ENGLISH): string | null {
  const left = fit.leftOut;
  if (!left) return null;
  const leftTotal = REASONS.reduce((sum, r) => sum + left[r], 0);
  if (leftTotal === 0) return tr.t('fit.usedAll', { n: fit.n });
  return tr.t('fit.usedSome', {
    used: tr.num(fit.n),
    total: tr.num(fit.n + leftTotal),
    reasons: leftOutWords(left, tr),
  });
}
