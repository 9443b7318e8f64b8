import type { CompoundId } from '../model/types';
import type { SourceId } from './sources';

/**
 * Published observations the model is checked against (tests/sim/observations.test.ts) and the classroom mode
 * draws beside the curves. Only what the papers state is recorded (../shared/science/vitamin-k-pk.md): peak
 * times, detectability and AUC ratios, never concentrations read off a figure.
 */
export type Observation =
  | {
      kind: 'peakTime';
      source: SourceId;
      compound: CompoundId;
      doseUg: number;
      /** Reported time of the peak after intake (h), or a range. */
      timeH: number;
      rangeH?: [number, number];
      text: string;
    }
  | {
      kind: 'detectable' | 'notDetectable';
      source: SourceId;
      compound: CompoundId;
      doseUg: number;
      /** Time after a single dose (h) at which the level was (or was not) detectable. */
      timeH: number;
      text: string;
    }
  | {
      kind: 'aucByFat';
      source: SourceId;
      compound: CompoundId;
      doseUg: number;
      fatG: number;
      /** AUC(0-24 h), mean ± SD (ng·h/mL). */
      aucNgHPerMl: number;
      sdNgHPerMl: number;
      text: string;
    }
  | {
      kind: 'accumulationVersus';
      source: SourceId;
      compound: CompoundId;
      reference: CompoundId;
      ratioRange: [number, number];
      text: string;
    };

export const OBSERVATIONS: Observation[] = [
  {
    kind: 'peakTime',
    source: 'sato2012',
    compound: 'mk7',
    doseUg: 420,
    timeH: 6,
    text: 'Sato 2012: single 420 µg MK-7 with breakfast peaked at 6 h.',
  },
  {
    kind: 'detectable',
    source: 'sato2012',
    compound: 'mk7',
    doseUg: 420,
    timeH: 48,
    text: 'Sato 2012: MK-7 still detectable 48 h after a single 420 µg dose.',
  },
  {
    kind: 'notDetectable',
    source: 'sato2012',
    compound: 'mk4',
    doseUg: 420,
    timeH: 6,
    text: 'Sato 2012: a single 420 µg MK-4 was not detectable at any time point (0-72 h).',
  },
  {
    kind: 'peakTime',
    source: 'schurgers2007',
    compound: 'k1',
    doseUg: 420,
    timeH: 4,
    text: 'Schurgers 2007: K1 and MK-7 peak about 4 h after intake.',
  },
  {
    kind: 'peakTime',
    source: 'schurgers2007',
    compound: 'mk7',
    doseUg: 420,
    timeH: 4,
    text: 'Schurgers 2007: K1 and MK-7 peak about 4 h after intake.',
  },
  {
    kind: 'peakTime',
    source: 'knapen2014',
    compound: 'mk7',
    doseUg: 420,
    timeH: 6,
    rangeH: [2, 6],
    text: 'Knapen 2014: MK-7 peaks 2-4 h after oil capsules, about 6 h after tablets.',
  },
  ...(
    [
      [8.8, 371, 194],
      [20.0, 485, 150],
      [34.9, 1024, 341],
    ] as const
  ).map(([fatG, auc, sd]): Observation => ({
    kind: 'aucByFat',
    source: 'uematsu1996',
    compound: 'mk4',
    doseUg: 15_000,
    fatG,
    aucNgHPerMl: auc,
    sdNgHPerMl: sd,
    text: `Uematsu 1996: 15 mg menatetrenone with ${fatG} g fat, AUC(0-24 h) ${auc} ± ${sd} ng·h/mL.`,
  })),
  {
    kind: 'accumulationVersus',
    source: 'schurgers2007',
    compound: 'mk7',
    reference: 'k1',
    ratioRange: [7, 8],
    text: 'Schurgers 2007: during daily intake MK-7 reached 7- to 8-fold higher levels than K1.',
  },
];
