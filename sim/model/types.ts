/** Parameters of the model for one compound (one compartment, or two for K1), as the simulation uses them. */
export interface PkParameters {
  /** First-order absorption rate constant (1/h). */
  kaPerH: number;
  /**
   * Half-life of elimination from the central (plasma) compartment (h); k10 = ln 2 / tHalfH. With one compartment
   * this is the half-life of the curve; with a peripheral compartment the curve falls with two half-lives instead
   * (model/disposition.ts), and clearance is still k10 × V.
   */
  tHalfH: number;
  /** Apparent volume of distribution (L); with a peripheral compartment, the central volume V1. */
  volumeL: number;
  /** Exchange with a peripheral compartment (K1 only); undefined for one compartment (MK-4, MK-7). */
  peripheral?: PeripheralExchange;
  /** Delay between intake and the start of absorption (h). */
  lagH: number;
  bioavailability: Bioavailability;
  /**
   * Saturable presystemic (first-pass) loss, or undefined when F does not depend on the dose. Applied per dose,
   * so each dose stays linear and the exact solver stays exact.
   */
  presystemic?: PresystemicSaturation;
  /** Multiplies F (a virtual subject's or a sensitivity run's deviation from the typical value); default 1. */
  fFactor?: number;
}

/** Central ⇄ peripheral exchange, first order in amounts: central -> peripheral at k12, back at k21. */
export interface PeripheralExchange {
  k12PerH: number;
  k21PerH: number;
}

/**
 * Fraction of a dose that escapes saturable first-pass extraction: D^h / (D50^h + D^h). Near 0 for small doses
 * (extraction almost complete), rising to 1 once the dose saturates the extracting enzymes or carriers.
 */
export interface PresystemicSaturation {
  /** Dose (µg) at which half the dose escapes first-pass extraction. */
  dose50Ug: number;
  /** Steepness h of the rise with the dose. */
  hill: number;
}

/**
 * Bioavailability F of a dose. `fat-dependent` scales a fasted value by a saturating (Hill) function of
 * the fat in the meal taken with the dose; `fixed` applies one value whatever the meal.
 */
export type Bioavailability =
  { kind: 'fixed'; f: number } | { kind: 'fat-dependent'; fFasted: number; fatEffect: FatEffect };

/**
 * F(fat) = fFasted * (b + (1 - b) * fat^n / (fat50^n + fat^n)) / b, so F(0) = fFasted and F saturates at fFasted / b.
 */
export interface FatEffect {
  /** b: fasted F as a fraction of the F reached with unlimited fat. */
  fastedFraction: number;
  /** Fat (g) at which the fat-driven rise is half complete. */
  fat50G: number;
  /** Hill coefficient n (steepness). */
  hill: number;
}

/** One effect compartment (bone or arterial wall) with an Emax readout of the carboxylated protein fraction. */
export interface TissueParameters {
  /** Equilibration rate constant between plasma and the tissue (1/h). */
  ke0PerH: number;
  /** Carboxylated fraction with no vitamin K in the tissue. */
  baselineFraction: number;
  /** Carboxylated fraction at saturating tissue vitamin K. */
  maxFraction: number;
  /** Tissue concentration (nmol/L, plasma-equivalent) giving half the possible rise. */
  ec50NmolPerL: number;
}

export interface TissueModel {
  bone: TissueParameters;
  artery: TissueParameters;
}

export const COMPOUND_IDS = ['mk4', 'mk7', 'k1'] as const;
export type CompoundId = (typeof COMPOUND_IDS)[number];
