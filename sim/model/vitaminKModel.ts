import type { ChainCompartment } from './linearChain';
import { disposition } from './disposition';
import type { PkParameters, TissueModel } from './types';

/**
 * State layout of the vitamin K model. Amounts in µg (gut, central modes), concentrations in ng/mL (tissues),
 * integrals in ng·h/mL. ng/mL = µg/L, so central concentration = (centralFast + centralSlow) (µg) / V (L).
 * The central amount is split into its two modes (model/disposition.ts): with one compartment the slow mode
 * stays empty. Read the central amount with `centralAmount`, never one mode alone.
 */
export const STATE = {
  gut: 0,
  centralFast: 1,
  centralSlow: 2,
  bone: 3,
  artery: 4,
  aucPlasma: 5,
  aucBone: 6,
  aucArtery: 7,
} as const;
export const STATE_SIZE = 8;
/** The first five states carry the dynamics; the rest are running integrals (used for AUC metrics). */
export const DYNAMIC_STATE_SIZE = 5;

/** Central (plasma) amount (µg): the sum of the two modes. */
export function centralAmount(state: ArrayLike<number>): number {
  return state[STATE.centralFast]! + state[STATE.centralSlow]!;
}

/**
 * First-order absorption into a central compartment (with, for K1, exchange with a peripheral compartment) and
 * two effect compartments:
 *   dG/dt = -ka G;  central and peripheral as in model/disposition.ts, fed at ka G;
 *   dCe/dt = ke0 (A / V - Ce) for bone and artery;
 * plus integrators of plasma and tissue concentrations. The central amount A is carried as its two modes, each
 * fed from the gut with its share of ka and decaying at its own hybrid rate, so every compartment has constant
 * coefficients and parents before children (a directed acyclic graph, exact with model/linearChain.ts).
 * Gabrielsson & Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed., ch. 2-3 (oral one- and
 * two-compartment models, effect compartment).
 */
export function vitaminKChain(pk: PkParameters, tissue: TissueModel): ChainCompartment[] {
  const d = disposition(pk);
  const v = pk.volumeL;
  const fromCentral = (transfer: number): Pick<ChainCompartment, 'parent' | 'transfer' | 'moreParents'> => ({
    parent: STATE.centralFast,
    transfer,
    moreParents: [{ parent: STATE.centralSlow, transfer }],
  });
  return [
    { rate: pk.kaPerH, parent: -1, transfer: 0 },
    { rate: d.alphaPerH, parent: STATE.gut, transfer: pk.kaPerH * d.fastFraction },
    { rate: d.betaPerH, parent: STATE.gut, transfer: pk.kaPerH * d.slowFraction },
    { rate: tissue.bone.ke0PerH, ...fromCentral(tissue.bone.ke0PerH / v) },
    { rate: tissue.artery.ke0PerH, ...fromCentral(tissue.artery.ke0PerH / v) },
    { rate: 0, ...fromCentral(1 / v) },
    { rate: 0, parent: STATE.bone, transfer: 1 },
    { rate: 0, parent: STATE.artery, transfer: 1 },
  ];
}
