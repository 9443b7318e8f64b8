import { eliminationRatePerH } from '../units';
import type { ChainCompartment } from './linearChain';
import type { PkParameters, TissueModel } from './types';

/**
 * State layout of the vitamin K model. Amounts in µg (gut, central), concentrations in ng/mL (tissues),
 * integrals in ng·h/mL. ng/mL = µg/L, so central concentration = amount (µg) / V (L).
 */
export const STATE = {
  gut: 0,
  central: 1,
  bone: 2,
  artery: 3,
  aucPlasma: 4,
  aucBone: 5,
  aucArtery: 6,
} as const;
export const STATE_SIZE = 7;
/** The first four states carry the dynamics; the rest are running integrals (used for AUC metrics). */
export const DYNAMIC_STATE_SIZE = 4;

/**
 * One-compartment model with first-order absorption and two effect compartments:
 *   dG/dt = -ka G;  dA/dt = ka G - ke A;  dCe/dt = ke0 (A / V - Ce) for bone and artery;
 * plus integrators of plasma and tissue concentrations. Gabrielsson & Weiner, Pharmacokinetic and
 * Pharmacodynamic Data Analysis, 5th ed., ch. 2-3 (one-compartment oral model, effect compartment).
 */
export function vitaminKChain(pk: PkParameters, tissue: TissueModel): ChainCompartment[] {
  const ke = eliminationRatePerH(pk.tHalfH);
  const v = pk.volumeL;
  return [
    { rate: pk.kaPerH, parent: -1, transfer: 0 },
    { rate: ke, parent: STATE.gut, transfer: pk.kaPerH },
    { rate: tissue.bone.ke0PerH, parent: STATE.central, transfer: tissue.bone.ke0PerH / v },
    { rate: tissue.artery.ke0PerH, parent: STATE.central, transfer: tissue.artery.ke0PerH / v },
    { rate: 0, parent: STATE.central, transfer: 1 / v },
    { rate: 0, parent: STATE.bone, transfer: 1 },
    { rate: 0, parent: STATE.artery, transfer: 1 },
  ];
}
