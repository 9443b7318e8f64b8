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
  /** Saturable first-pass extraction (MK-4 only): the fraction of a dose reaching plasma rises with the dose. */
  presystemic?: { dose50Ug: SourcedValue; hill: SourcedValue };
  /** Exchange with a peripheral compartment (K1 only): central -> peripheral at k12, back at k21. */
  peripheral?: { k12PerH: SourcedValue; k21PerH: SourcedValue };
  carrier: string;
}

/** Highest meal fat studied (Uematsu 1996, 34.9 g): charts shade the fat effect beyond it as extrapolation. */
export const FAT_EFFECT_MAX_STUDIED_G = 34.9;

/**
 * Shared by all three compounds: the same lipid-absorption route is assumed (an assumption, labelled so).
 * F(fat) = fFasted × (b + (1 - b) fat⁵ / (fat50⁵ + fat⁵)) / b: one fitted shape parameter (fat50); the Hill
 * coefficient is fixed beforehand and b follows from the level-off rule (sim/presets/fatFit.ts): mixed micelles
 * saturate, so from 36 g to 100 g of fat absorption rises at most 1.15-fold (Roodenburg 2000).
 */
export const FAT_EFFECT: FatEffect & { sources: SourceId[]; note: string } = {
  fastedFraction: 0.3074,
  fat50G: 26.9,
  hill: 5,
  sources: ['uematsu1996', 'roodenburg2000', 'dawsonHughes2015'],
  note: "Estimate: Hill curve fitted by least squares on log AUC to the only meal-fat study of a K vitamin we found, Uematsu 1996 (371, 485, 1024 ng·h/mL at 8.8, 20.0, 34.9 g fat): fat50 = 26.9 g. It levels off by rule: mixed micelles saturate, and Roodenburg 2000 saw the same vitamin E and carotene rise with 3 g and 36 g of fat (vitamin E +20% and +23%), so from 36 g to 100 g absorption may rise at most 23 / 20 = 1.15-fold; that sets the fasted fraction b = 0.3074 (a plateau 3.25 times the fasted level). The Hill coefficient n = 5 is the smallest whose leave-one-meal-out errors all lie within 31% (Uematsu's smallest relative SD). Fitted 363 / 509 / 997, each within 1 SD of the mean. Leave-one-meal-out prediction errors: -16.1% (8.8 g), +7.7% (20 g), -13.1% (34.9 g). F(fat) / F(0 g) at 0, 10, 20, 35, 50, 100 g: 1.00, 1.02, 1.42, 2.78, 3.16, 3.25. Vitamin D3 gains less (Dawson-Hughes 2015: +32% with a 30%-fat meal over a fat-free one). Beyond 34.9 g it is extrapolation. Applied to MK-7 and K1 by assumption. Reproduce: npx tsx scripts/fit-fat-effect.ts",
};

const LAG_H: SourcedValue = {
  value: 2,
  unit: 'h',
  basis: 'estimate',
  sources: ['schurgers2007'],
  note: 'Estimate: time for dietary lipids to reach plasma in chylomicrons. Needed because a 4 h peak (Schurgers 2007) cannot arise without a lag when elimination is as fast as MK-4’s (t½ 1.5 h).',
};

const F_FASTED: SourcedValue = {
  value: 0.1,
  unit: 'fraction',
  basis: 'estimate',
  sources: [],
  note: 'Estimate: absolute bioavailability is not identifiable from the cited data (only F/V is). Fixed at 0.1 fasted, so F is 0.14 with a 20 g-fat meal and at most 0.33 (the fat-effect plateau).',
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
      note: 'Estimate: apparent volume is not identifiable from the cited data. Fixed so 420 µg with a 20 g-fat meal peaks at 2.3 ng/mL, in the low-ng/mL range of supplement studies (computed by the model; tests/sim/docsNumbers.test.ts checks it).',
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
      note: 'Estimate: chosen so MK-4 peaks 4.0 h after intake (with the 2 h lag), as K1 does (Schurgers 2007: about 4 h); both ride on triglyceride-rich lipoproteins.',
    },
    tHalfH: {
      value: 1.5,
      unit: 'h',
      basis: 'estimate',
      sources: ['sato2012'],
      note: 'Estimate: rapid hepatic clearance with triglyceride-rich lipoproteins, gone within hours; consistent with MK-4 not rising in Sato 2012.',
    },
    volumeL: {
      value: 4.1,
      unit: 'L',
      basis: 'estimate',
      sources: ['sato2012'],
      note: 'Estimate: close to plasma volume (MK-4 rides on triglyceride-rich lipoproteins and is cleared by the liver within hours); it was K1’s one-compartment volume before K1 got two compartments. Not identifiable from the cited data: only F/V is, and the saturable first pass (below) carries the dose dependence.',
    },
    lagH: LAG_H,
    fFasted: F_FASTED,
    presystemic: {
      dose50Ug: {
        value: 16_400,
        unit: 'µg',
        basis: 'estimate',
        sources: ['uematsu1996', 'sato2012'],
        note: 'Estimate: the dose at which half of MK-4 escapes first-pass extraction. Derived so 15 mg with 20 g fat gives the fitted Uematsu 1996 AUC(0-24 h) of 509 ng·h/mL: that needs 45.4% of the dose to escape (509 of the 1,122 ng·h/mL the model gives without first-pass loss), so D50 = 15,000 × (0.546 / 0.454)^(1/2) = 16,444 µg, rounded to 16,400 (with it 46% of 15 mg escapes). At 420 µg only 0.07% escapes, so Sato 2012 (not detectable) holds with a wide margin. Reproduce: npx tsx scripts/fit-fat-effect.ts',
      },
      hill: {
        value: 2,
        unit: '',
        basis: 'estimate',
        sources: ['uematsu1996', 'sato2012', 'menatetrenoneLabel'],
        note: 'Estimate: how steeply the escaping fraction rises with the dose (saturable hepatic first pass, as known for other high-extraction drugs; menatetrenone exposure is far from dose-proportional: Sato 2012 vs Uematsu 1996). With h = 1 exposure can grow at most with dose² (35.7² = 1,275-fold from 420 µg to 15 mg), which leaves 420 µg peaking at 0.13 ng/mL, above the assumed detection limit; h = 2 is the smallest integer that satisfies both studies (420 µg then peaks at 0.004 ng/mL).',
      },
    },
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
      value: 0.45,
      unit: '1/h',
      basis: 'estimate',
      sources: ['schurgers2007'],
      note: 'Estimate: fitted so K1 peaks 4.0 h after intake (Schurgers 2007: about 4 h), with the 2 h lag and the two-compartment disposition below. Reproduce: npx tsx scripts/fit-k1.ts',
    },
    tHalfH: {
      value: 3.56,
      unit: 'h',
      basis: 'estimate',
      sources: ['olson2002', 'schurgers2007'],
      note: "Estimate: half-life of elimination from the central compartment (ln 2 / k10), not of the curve. K1 has two compartments: with k12 and k21 below, the plasma curve falls with the hybrid half-lives 1.0 h and 27.6 h that Olson 2002 measured after an intravenous tracer (1.0 ± 0.47 h and 27.6 ± 12.4 h). k10 = α β / k21 from those two and the fast share 0.904 (fitted: MK-7 peaks 1.2× higher than K1 after equal single doses, Schurgers 2007: MK-7 at least K1's level; 1.2 is an estimate within that). Reproduce: npx tsx scripts/fit-k1.ts",
    },
    volumeL: {
      value: 9.82,
      unit: 'L',
      basis: 'estimate',
      sources: ['schurgers2007'],
      note: 'Estimate: central volume V1, derived from clearance: CL = k10 × V1 = 7.5 × CL of MK-7 (0.255 L/h), so equimolar daily doses give MK-7 a 7.5-fold higher average level than K1 (Schurgers 2007: 7- to 8-fold). Not identifiable on its own: only F/V is.',
    },
    peripheral: {
      k12PerH: {
        value: 0.434,
        unit: '1/h',
        basis: 'estimate',
        sources: ['olson2002', 'jones2007'],
        note: "Estimate: central -> peripheral rate k12 = α + β - k10 - k21 from Olson 2002's hybrid half-lives (1.0 h, 27.6 h) and the fitted fast share 0.904. Stable-isotope studies fit K1 with two compartments (Jones 2007: exchange with a remote compartment; Novotny 2010: plasma and tissue pools). Reproduce: npx tsx scripts/fit-k1.ts",
      },
      k21PerH: {
        value: 0.0894,
        unit: '1/h',
        basis: 'estimate',
        sources: ['olson2002'],
        note: 'Estimate: peripheral -> central rate k21 = fast share × β + slow share × α (Olson 2002: α = ln 2 / 1.0 h, β = ln 2 / 27.6 h; fast share 0.904 fitted to Schurgers 2007). Reproduce: npx tsx scripts/fit-k1.ts',
      },
    },
    lagH: LAG_H,
    fFasted: F_FASTED,
    carrier: 'Carried by triglyceride-rich lipoproteins and cleared by the liver within hours.',
  },
};

/**
 * Tissue effect compartments. The equilibration half-lives and baselines are illustrative; the Emax curves are
 * calibrated to published marker changes, read as trials report them (sim/markers.ts: percent change of the
 * uncarboxylated protein from baseline at the end of the trial):
 * - artery (dp-ucMGP): EC50 fitted by least squares on log change to Caluwé 2014 (360, 720, 1,080 µg MK-7 three
 *   times a week, 8 weeks: -17, -33, -46%);
 * - bone (ucOC): EC50 set so menatetrenone 45 mg/day for a year lowers ucOC by 82.3% (Jiang 2014).
 * maxFraction = 1 (an estimate: saturating vitamin K carboxylates all of the protein). Reproduce:
 * npx tsx scripts/fit-tissue.ts
 */
export const TISSUE_PRESET: TissueModel & { illustrative: true; note: string } = {
  bone: { ke0PerH: Math.LN2 / 24, baselineFraction: 0.5, maxFraction: 1, ec50NmolPerL: 31 },
  artery: { ke0PerH: Math.LN2 / 48, baselineFraction: 0.4, maxFraction: 1, ec50NmolPerL: 23.6 },
  illustrative: true,
  note: 'Partly calibrated: the Emax EC50s are fitted to published marker changes (arterial wall: dp-ucMGP fell 17, 33 and 46% with 360, 720 and 1,080 µg MK-7 three times a week for 8 weeks, Caluwé 2014, haemodialysis patients; bone: ucOC fell 82.3% with menatetrenone 45 mg/day for a year, Jiang 2014). The equilibration half-lives (24 h bone, 48 h arterial wall) and the baseline carboxylated fractions (50%, 40%) are illustrative, not fitted, so the absolute carboxylated % is illustrative; the change from baseline is what the data support, to about 2-fold. Reproduce: npx tsx scripts/fit-tissue.ts',
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
    ...(p.peripheral
      ? { peripheral: { k12PerH: p.peripheral.k12PerH.value, k21PerH: p.peripheral.k21PerH.value } }
      : {}),
    lagH: overrides.lagH ?? p.lagH.value,
    ...(p.presystemic && overrides.f === undefined
      ? { presystemic: { dose50Ug: p.presystemic.dose50Ug.value, hill: p.presystemic.hill.value } }
      : {}),
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

/** Molar mass of a compound (g/mol), from its preset. */
export function molarMass(compound: CompoundId): number {
  return COMPOUND_PRESETS[compound].molarMassGPerMol.value;
}
