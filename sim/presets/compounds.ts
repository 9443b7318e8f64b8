import type { CompoundId, FatEffect, PkParameters, TissueModel } from '../model/types';
import type { SourceId } from './sources';

/**
 * A preset number and where it comes from. `published` values are printed in a cited paper;
 * `estimate` values are derived here (the note says how) and the app shows them as estimates.
 */
export interface SourcedValue {
  value: number;
  unit: string;
  basis: 'published' | 'estimate';
  sources: SourceId[];
  note: string;
}

export interface CompoundPreset {
  id: CompoundId;
  label: string;
  longName: string;
  molarMassGPerMol: SourcedValue;
  kaPerH: SourcedValue;
  tHalfH: SourcedValue;
  volumeL: SourcedValue;
  lagH: SourcedValue;
  fFasted: SourcedValue;
  carrier: string;
}

/** Shared by all three compounds: the same lipid-absorption route is assumed (an assumption, labelled so). */
export const FAT_EFFECT: FatEffect & { sources: SourceId[]; note: string } = {
  fastedFraction: 0.2,
  fat50G: 36.75,
  hill: 4,
  sources: ['uematsu1996'],
  note: 'Estimate: Hill curve with n fixed at 4 (best of n = 2-6) fitted by least squares on log AUC to the three Uematsu 1996 menatetrenone AUCs (371, 485, 1024 ng·h/mL at 8.8, 20.0, 34.9 g fat); three points, three free parameters, so the fit is exact and untested beyond 35 g. Applied to MK-7 and K1 by assumption. Reproduce: npx tsx scripts/fit-fat-effect.ts',
};

const LAG_H: SourcedValue = {
  value: 2,
  unit: 'h',
  basis: 'estimate',
  sources: ['schurgers2007'],
  note: 'Estimate: time for dietary lipids to reach plasma in chylomicrons. Needed because a 4 h peak (Schurgers 2007) cannot arise without a lag when the half-life is 1.5 h.',
};

const F_FASTED: SourcedValue = {
  value: 0.1,
  unit: 'fraction',
  basis: 'estimate',
  sources: [],
  note: 'Estimate: absolute bioavailability is not identifiable from the cited data (only F/V is). Fixed at 0.1 fasted, so F is 0.13 with a 20 g-fat meal and at most 0.5.',
};

export const COMPOUND_PRESETS: Record<CompoundId, CompoundPreset> = {
  mk7: {
    id: 'mk7',
    label: 'MK-7',
    longName: 'Menaquinone-7 (vitamin K2, natto)',
    molarMassGPerMol: {
      value: 649.0,
      unit: 'g/mol',
      basis: 'published',
      sources: ['pubchem', 'sato2012'],
      note: 'C46H64O2; 420 µg = 647 nmol (Sato 2012).',
    },
    kaPerH: {
      value: 1.72,
      unit: '1/h',
      basis: 'estimate',
      sources: ['schurgers2007', 'sato2012', 'knapen2014'],
      note: 'Estimate: gives a peak 5 h after intake (with the 2 h lag), between the 4 h of Schurgers 2007 and the 6 h of Sato 2012; Knapen 2014 reports 2-6 h depending on formulation.',
    },
    tHalfH: {
      value: 68,
      unit: 'h',
      basis: 'estimate',
      sources: ['schurgers2007'],
      note: 'Schurgers 2007 reports a half-life of about 3 days; 68 h is the low end of the 68-72 h range in the science notes.',
    },
    volumeL: {
      value: 25,
      unit: 'L',
      basis: 'estimate',
      sources: [],
      note: 'Estimate: apparent volume is not identifiable from the cited data. Fixed so 420 µg with a 20 g-fat meal peaks near 2 ng/mL, the low-ng/mL range of supplement studies.',
    },
    lagH: LAG_H,
    fFasted: F_FASTED,
    carrier: 'Carried by LDL as well as triglyceride-rich lipoproteins, hence its long persistence.',
  },
  mk4: {
    id: 'mk4',
    label: 'MK-4',
    longName: 'Menatetrenone (vitamin K2 as MK-4)',
    molarMassGPerMol: {
      value: 444.7,
      unit: 'g/mol',
      basis: 'published',
      sources: ['pubchem', 'sato2012'],
      note: 'C31H40O2; 420 µg = 945 nmol (Sato 2012).',
    },
    kaPerH: {
      value: 0.54,
      unit: '1/h',
      basis: 'estimate',
      sources: ['schurgers2007'],
      note: 'Estimate: assumed equal to K1 (same triglyceride-rich lipoprotein route), peak 4 h after intake.',
    },
    tHalfH: {
      value: 1.5,
      unit: 'h',
      basis: 'estimate',
      sources: ['sato2012'],
      note: 'Estimate: rapid hepatic clearance with triglyceride-rich lipoproteins, gone within hours; consistent with MK-4 not rising in Sato 2012.',
    },
    volumeL: {
      value: 400,
      unit: 'L',
      basis: 'estimate',
      sources: ['sato2012'],
      note: 'Estimate: large apparent volume (fast hepatic and tissue uptake) fixed so a single 420 µg dose stays below a 0.1 ng/mL detection limit, as Sato 2012 observed. Pharmacological doses (Uematsu 1996, 15 mg) give higher levels than this linear model predicts: a stated limit.',
    },
    lagH: LAG_H,
    fFasted: F_FASTED,
    carrier: 'Carried by triglyceride-rich lipoproteins and cleared by the liver within hours.',
  },
  k1: {
    id: 'k1',
    label: 'K1',
    longName: 'Phylloquinone (vitamin K1, reference)',
    molarMassGPerMol: {
      value: 450.7,
      unit: 'g/mol',
      basis: 'published',
      sources: ['pubchem'],
      note: 'C31H46O2.',
    },
    kaPerH: {
      value: 0.54,
      unit: '1/h',
      basis: 'estimate',
      sources: ['schurgers2007'],
      note: 'Estimate: gives the 4 h peak of Schurgers 2007 together with the 2 h lag and 1.5 h half-life. Close to ke, which the solver handles exactly.',
    },
    tHalfH: {
      value: 1.5,
      unit: 'h',
      basis: 'estimate',
      sources: ['schurgers2007'],
      note: 'Estimate: a few hours, 1-2 h commonly cited; midpoint taken.',
    },
    volumeL: {
      value: 4.1,
      unit: 'L',
      basis: 'estimate',
      sources: ['schurgers2007'],
      note: 'Estimate: derived so equimolar daily doses give MK-7 a 7.4-fold higher average steady-state level than K1 (Schurgers 2007: 7- to 8-fold): V_K1 = V_MK7 × 7.5 × t½_K1 / t½_MK7. Close to plasma volume, fitting a vitamin confined to lipoproteins.',
    },
    lagH: LAG_H,
    fFasted: F_FASTED,
    carrier: 'Carried by triglyceride-rich lipoproteins and cleared by the liver within hours.',
  },
};

/**
 * Tissue effect compartments. Entirely illustrative: no cited data fix these numbers; they are chosen so a
 * short plasma spike barely moves the slow tissue compartments while sustained levels build up over days.
 */
export const TISSUE_PRESET: TissueModel & { illustrative: true; note: string } = {
  bone: { ke0PerH: Math.LN2 / 24, baselineFraction: 0.5, maxFraction: 0.95, ec50NmolPerL: 2 },
  artery: { ke0PerH: Math.LN2 / 48, baselineFraction: 0.4, maxFraction: 0.9, ec50NmolPerL: 3 },
  illustrative: true,
  note: 'Illustrative: equilibration half-lives of 24 h (bone) and 48 h (arterial wall) and Emax parameters are chosen to show the mechanism, not fitted to data.',
};

/** Assay detection limit used when checking "detectable"; an assumption typical of HPLC methods, not from the papers. */
export const DETECTION_LIMIT_NG_PER_ML: SourcedValue = {
  value: 0.1,
  unit: 'ng/mL',
  basis: 'estimate',
  sources: [],
  note: 'Assumed detection limit of serum menaquinone assays; the cited papers report detectability, not this number.',
};

/** The simulation parameters of a preset, optionally with some values replaced. */
export function presetParameters(id: CompoundId, overrides: PkOverrides = {}): PkParameters {
  const p = COMPOUND_PRESETS[id];
  return {
    kaPerH: overrides.kaPerH ?? p.kaPerH.value,
    tHalfH: overrides.tHalfH ?? p.tHalfH.value,
    volumeL: overrides.volumeL ?? p.volumeL.value,
    lagH: overrides.lagH ?? p.lagH.value,
    bioavailability:
      overrides.f !== undefined
        ? { kind: 'fixed', f: overrides.f }
        : {
            kind: 'fat-dependent',
            fFasted: p.fFasted.value,
            fatEffect: {
              fastedFraction: FAT_EFFECT.fastedFraction,
              fat50G: FAT_EFFECT.fat50G,
              hill: FAT_EFFECT.hill,
            },
          },
  };
}

/** User overrides of a preset's parameters (the CLI's --ka-per-h etc.). `f` fixes F, ignoring meal fat. */
export interface PkOverrides {
  kaPerH?: number;
  tHalfH?: number;
  volumeL?: number;
  lagH?: number;
  f?: number;
}
