import type { Marker, StudyDesign } from '../markers';
import type { CompoundId } from '../model/types';
import type { SourceId } from './sources';

/**
 * Whether a preset number was chosen to reproduce this observation (`fitted`: agreement is by construction, not
 * confirmation) or the observation was left out of every choice (`predicted`: the honest test).
 */
export type ObservationRole = 'fitted' | 'predicted';

/** What each role means, in the words every marker and table uses. */
export const ROLE_WORDS: Record<ObservationRole, string> = {
  fitted: 'the model was fitted to it',
  predicted: 'the model predicts it (not used in fitting)',
};

/**
 * Published observations the model is checked against (tests/sim/observations.test.ts) and the classroom mode
 * draws beside the curves. Only what the papers state is recorded (../shared/science/vitamin-k-pk.md): peak
 * times, detectability and AUC ratios, never concentrations read off a figure.
 */
export type Observation =
  | {
      kind: 'peakTime';
      source: SourceId;
      role: ObservationRole;
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
      role: ObservationRole;
      compound: CompoundId;
      doseUg: number;
      /** Time after a single dose (h) at which the level was (or was not) detectable. */
      timeH: number;
      text: string;
    }
  | {
      kind: 'aucByFat';
      source: SourceId;
      role: ObservationRole;
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
      role: ObservationRole;
      compound: CompoundId;
      reference: CompoundId;
      ratioRange: [number, number];
      text: string;
    }
  | {
      /** A trial's change of a circulating marker from baseline (percent; negative = fell). */
      kind: 'markerChange';
      source: SourceId;
      role: ObservationRole;
      compound: CompoundId;
      marker: Marker;
      doseUg: number;
      weeklyDoseTimesH: readonly number[];
      weeks: number;
      changePct: number;
      /** Who was studied, where it matters (haemodialysis patients have far more dp-ucMGP to lose). */
      population: string;
      /** The model misses it by more than the 2-fold teaching tolerance; kept visible, not hidden. */
      knownMiss?: string;
      text: string;
    };

export const OBSERVATIONS: Observation[] = [
  {
    kind: 'peakTime',
    source: 'sato2012',
    role: 'fitted',
    compound: 'mk7',
    doseUg: 420,
    timeH: 6,
    text: 'Sato 2012: single 420 µg MK-7 with breakfast peaked at 6 h.',
  },
  {
    kind: 'detectable',
    source: 'sato2012',
    role: 'predicted',
    compound: 'mk7',
    doseUg: 420,
    timeH: 48,
    text: 'Sato 2012: MK-7 still detectable 48 h after a single 420 µg dose.',
  },
  {
    kind: 'notDetectable',
    source: 'sato2012',
    role: 'fitted',
    compound: 'mk4',
    doseUg: 420,
    timeH: 6,
    text: 'Sato 2012: a single 420 µg MK-4 was not detectable at any time point (0-72 h).',
  },
  {
    kind: 'peakTime',
    source: 'schurgers2007',
    role: 'fitted',
    compound: 'k1',
    doseUg: 420,
    timeH: 4,
    text: 'Schurgers 2007: K1 and MK-7 peak about 4 h after intake.',
  },
  {
    kind: 'peakTime',
    source: 'schurgers2007',
    role: 'fitted',
    compound: 'mk7',
    doseUg: 420,
    timeH: 4,
    text: 'Schurgers 2007: K1 and MK-7 peak about 4 h after intake.',
  },
  {
    kind: 'peakTime',
    source: 'knapen2014',
    role: 'fitted',
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
    role: 'fitted',
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
    role: 'fitted',
    compound: 'mk7',
    reference: 'k1',
    ratioRange: [7, 8],
    text: 'Schurgers 2007: during daily intake MK-7 reached 7- to 8-fold higher levels than K1.',
  },
  ...markerChanges(),
];

/** The marker-change observations alone (tests, scripts/fit-tissue.ts). */
export const MARKER_OBSERVATIONS = OBSERVATIONS.flatMap((o) => (o.kind === 'markerChange' ? [o] : []));

/** A marker observation's trial as the simulator runs it (a standard 20 g-fat breakfast, as elsewhere). */
export function markerObservationDesign(o: Extract<Observation, { kind: 'markerChange' }>): StudyDesign {
  return {
    compound: o.compound,
    doseUg: o.doseUg,
    weeklyDoseTimesH: o.weeklyDoseTimesH,
    weeks: o.weeks,
    fatG: 20,
  };
}

function markerChanges(): Observation[] {
  const threeTimesAWeek = [0, 48, 96];
  const daily = [0, 24, 48, 72, 96, 120, 144];
  // 15 mg after each meal: 08:00, 13:00, 19:00 every day (the label's 45 mg/day).
  const afterMeals = daily.flatMap((d) => [d + 8, d + 13, d + 19]);
  return [
    ...(
      [
        [360, -17],
        [720, -33],
        [1080, -46],
      ] as const
    ).map(([doseUg, changePct]): Observation => ({
      kind: 'markerChange',
      source: 'caluwe2014',
      role: 'fitted',
      compound: 'mk7',
      marker: 'dp-ucMGP',
      doseUg,
      weeklyDoseTimesH: threeTimesAWeek,
      weeks: 8,
      changePct,
      population: 'haemodialysis patients',
      text: `Caluwé 2014: ${doseUg.toLocaleString('en-US')} µg MK-7 three times a week for 8 weeks, dp-ucMGP ${changePct}%.`,
    })),
    {
      kind: 'markerChange',
      source: 'jiang2014',
      role: 'fitted',
      compound: 'mk4',
      marker: 'ucOC',
      doseUg: 15_000,
      weeklyDoseTimesH: afterMeals,
      weeks: 52,
      changePct: -82.3,
      population: 'postmenopausal women with osteoporosis',
      text: 'Jiang 2014: menatetrenone 45 mg/day (15 mg three times a day) for 1 year, ucOC -82.3%.',
    },
    {
      kind: 'markerChange',
      source: 'aoun2017',
      role: 'predicted',
      compound: 'mk7',
      marker: 'dp-ucMGP',
      doseUg: 360,
      weeklyDoseTimesH: daily,
      weeks: 4,
      changePct: -86,
      population: 'haemodialysis patients',
      knownMiss:
        'The model predicts a fall of about a third; Aoun 2017 saw 86% (the authors note European trials saw at most 61%). Populations differ in how much dp-ucMGP they have to lose.',
      text: 'Aoun 2017: 360 µg MK-7 daily for 4 weeks, dp-ucMGP -86% on average.',
    },
  ];
}
