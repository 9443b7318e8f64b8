import { eliminationRatePerH } from '../units';
import type { PkParameters } from './types';

/**
 * Disposition of what reaches the central compartment, as a sum of exponentials. With a peripheral compartment
 * (dA1/dt = -(k10 + k12) A1 + k21 A2, dA2/dt = k12 A1 - k21 A2) a unit amount put into the central compartment
 * leaves A1(t) = fast e^(-α t) + slow e^(-β t), with the hybrid rates α > β the roots of
 * λ² - (k10 + k12 + k21) λ + k10 k21 = 0, fast = (α - k21) / (α - β) and slow = (k21 - β) / (α - β), both in
 * [0, 1] and adding up to 1 (Gibaldi & Perrier, Pharmacokinetics, 2nd ed., ch. 2). Each exponential is a
 * compartment of its own (a mode), so the central amount is the sum of two parallel one-compartment paths, which
 * the divided-difference machinery (model/linearChain.ts) solves exactly. With one compartment: α = k10, fast = 1.
 */
export interface Disposition {
  /** Elimination rate from the central compartment, k10 (1/h). */
  k10PerH: number;
  /** Hybrid rates α >= β (1/h). */
  alphaPerH: number;
  betaPerH: number;
  /** Shares of a central unit amount that decay at α and at β (add up to 1). */
  fastFraction: number;
  slowFraction: number;
  /** Peripheral amount per unit central amount in each mode: the eigenvector's second component. */
  peripheralPerFast: number;
  peripheralPerSlow: number;
}

export function disposition(pk: PkParameters): Disposition {
  const k10 = eliminationRatePerH(pk.tHalfH);
  const exchange = pk.peripheral;
  if (!exchange || exchange.k12PerH === 0) {
    return {
      k10PerH: k10,
      alphaPerH: k10,
      betaPerH: k10,
      fastFraction: 1,
      slowFraction: 0,
      peripheralPerFast: 0,
      peripheralPerSlow: 0,
    };
  }
  const { k12PerH: k12, k21PerH: k21 } = exchange;
  const sum = k10 + k12 + k21;
  // Discriminant (k10 - k21)² + k12² + 2 k12 (k10 + k21) > 0 when k12 > 0, so α > β strictly. β from the
  // product of the roots (k10 k21), not from the difference, which would cancel.
  const root = Math.sqrt((k10 - k21) ** 2 + k12 * k12 + 2 * k12 * (k10 + k21));
  const alpha = (sum + root) / 2;
  const beta = (k10 * k21) / alpha;
  const fastFraction = (alpha - k21) / (alpha - beta);
  return {
    k10PerH: k10,
    alphaPerH: alpha,
    betaPerH: beta,
    fastFraction,
    slowFraction: 1 - fastFraction,
    // From k12 A1 - k21 A2 = -λ A2: A2 / A1 = k12 / (k21 - λ).
    peripheralPerFast: k12 / (k21 - alpha),
    peripheralPerSlow: k12 / (k21 - beta),
  };
}

/**
 * Micro-constants from the hybrid half-lives and the fast share of a central unit amount (what stable-isotope
 * studies report): the inverse of `disposition`. k21 = fast β + slow α, k10 = α β / k21, k12 = α + β - k10 - k21.
 * @example microConstants(1, 27.6, 0.9).k12PerH.toFixed(4) // => '0.4370'
 */
export function microConstants(
  alphaHalfLifeH: number,
  betaHalfLifeH: number,
  fastFraction: number,
): { tHalfH: number; k12PerH: number; k21PerH: number } {
  const alpha = Math.LN2 / alphaHalfLifeH;
  const beta = Math.LN2 / betaHalfLifeH;
  const k21 = fastFraction * beta + (1 - fastFraction) * alpha;
  const k10 = (alpha * beta) / k21;
  return { tHalfH: Math.LN2 / k10, k12PerH: alpha + beta - k10 - k21, k21PerH: k21 };
}

/** Half-life of the slowest exponential of the plasma curve (h): ln 2 / β, or ln 2 / k10 with one compartment. */
export function terminalHalfLifeH(pk: PkParameters): number {
  return Math.LN2 / disposition(pk).betaPerH;
}
