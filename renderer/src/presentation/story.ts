import {
  BETWEEN_SUBJECT_VARIABILITY,
  clinicalMk4Regimen,
  DETECTION_LIMIT_NG_PER_ML,
  makeRegimen,
  molarMass,
  regimenMetrics,
  UEMATSU_AUC_CV,
  OBSERVATIONS,
  plasmaAt,
  simulateRegimen,
  timeAboveThresholdH,
  toRegimen,
  SOURCES,
  type Observation,
  type Scenario,
  type SourceId,
} from '../../../sim';
import { MARKER_READOUT_WEEKS, markerBasis, markerReadouts, type Marker } from '../../../sim/markers';
import { disposition } from '../../../sim/model/disposition';
import { daysToPlateau } from '../../../sim/observationChecks';
import { formatConc, formatDays, formatHours, formatPercent, formatRatio } from './format';
import { findRegimen, type SceneSimulation, type SimulatedRegimen } from './sceneSimulation';
import { storyRegimen, storyScenario } from './storyScenario';
import { APP_SUBJECTS } from '../population/populationBands';
import { scenePopulation } from '../population/scenePopulation';

export const STORY_SCENE_IDS = [
  'single-dose',
  'daily-plateau',
  'fat',
  'tissue',
  'missed-dose',
  'k1-vs-mk7',
  'variation',
  'mk4-milligrams',
] as const;
export type StorySceneId = (typeof STORY_SCENE_IDS)[number];

/** Which quantity the scene's chart plots. */
export type SceneChart = 'plasma' | 'tissue';

/** The chart annotations a teacher can switch on; the threshold is in ng/mL. */
export interface AnnotationSettings {
  halfLife: boolean;
  steadyState: boolean;
  threshold: boolean;
  doses: boolean;
  thresholdNgPerMl: number;
}

export interface StoryScene {
  id: StorySceneId;
  title: string;
  scenario: Scenario;
  chart: SceneChart;
  /** Draw the median and 25-75% / 5-95% bands of 1,000 simulated people (scenePopulation). */
  population?: boolean;
  annotations: AnnotationSettings;
  /** What the class should notice, with every number taken from the simulation of `scenario`. */
  caption(sim: SceneSimulation, settings: AnnotationSettings): string;
}

/** Meal fat of the standardized breakfast used in the story (the middle Uematsu 1996 meal). */
const BREAKFAST_FAT_G = 20;

function annotations(overrides: Partial<AnnotationSettings>): AnnotationSettings {
  return {
    halfLife: false,
    steadyState: false,
    threshold: false,
    doses: true,
    thresholdNgPerMl: 1,
    ...overrides,
  };
}

function need(sim: SceneSimulation, compound: SimulatedRegimen['compound']): SimulatedRegimen {
  const found = findRegimen(sim, compound);
  if (!found) throw new Error(`This scene needs a ${compound} regimen.`);
  return found;
}

type ObservationOf<K extends Observation['kind']> = Observation & { kind: K };

/** The first recorded observation of a kind that matches; the story refuses to run without its evidence. */
export function findObservation<K extends Observation['kind']>(
  kind: K,
  match: (o: ObservationOf<K>) => boolean = () => true,
): ObservationOf<K> {
  const found = OBSERVATIONS.find(
    (o): o is ObservationOf<K> => o.kind === kind && match(o as ObservationOf<K>),
  );
  if (!found) throw new Error(`No ${kind} observation recorded in sim/presets/observations.ts.`);
  return found;
}

/** First output time after the peak at which the level is below `fraction` of the peak (h); null if never. */
export function timeBelowFractionOfPeakH(r: SimulatedRegimen, fraction: number): number | null {
  const { timeH, plasmaNgPerMl } = r.result;
  const limit = fraction * r.metrics.cmaxNgPerMl;
  for (let i = 0; i < timeH.length; i++) {
    if (timeH[i]! > r.metrics.tmaxH && plasmaNgPerMl[i]! < limit) return timeH[i]!;
  }
  return null;
}

/** Lowest plasma level on the output grid within [fromH, toH] (ng/mL). */
export function minPlasmaBetween(
  result: SimulatedRegimen['result'],
  fromH: number,
  toH: number,
): { timeH: number; conc: number } {
  let best = { timeH: fromH, conc: Infinity };
  for (let i = 0; i < result.timeH.length; i++) {
    const t = result.timeH[i]!;
    if (t >= fromH && t <= toH && result.plasmaNgPerMl[i]! < best.conc)
      best = { timeH: t, conc: result.plasmaNgPerMl[i]! };
  }
  return best;
}

const singleDose: StoryScene = {
  id: 'single-dose',
  title: 'One dose: MK-4 is gone in hours, MK-7 stays for days',
  scenario: storyScenario('One 420 µg dose with breakfast', 4, 10, [
    storyRegimen('mk4', 420, { doseCount: 1, fatG: BREAKFAST_FAT_G }),
    storyRegimen('mk7', 420, { doseCount: 1, fatG: BREAKFAST_FAT_G }),
  ]),
  chart: 'plasma',
  annotations: annotations({ halfLife: true }),
  caption(sim) {
    const mk4 = need(sim, 'mk4');
    const mk7 = need(sim, 'mk7');
    const limit = DETECTION_LIMIT_NG_PER_ML.value;
    const detectable = findObservation('detectable', (o) => o.compound === 'mk7');
    const mk4Above = timeAboveThresholdH(mk4.result, limit);
    const mk4Gone = timeBelowFractionOfPeakH(mk4, 0.01);
    const mk4Text =
      mk4Above === 0
        ? `never reaches the assumed ${limit} ng/mL detection limit`
        : `is above the assumed ${limit} ng/mL detection limit for only ${formatHours(mk4Above)}`;
    const [mk7Later] = plasmaAt(mk7.result, [detectable.timeH]) as [number];
    return (
      `One ${mk7.regimen.doseUg} µg dose with breakfast. MK-4 peaks at ${formatConc(mk4.metrics.cmaxNgPerMl)} ng/mL` +
      `${mk4Gone === null ? '' : `, is below 1% of that by ${formatHours(mk4Gone)}`} and ${mk4Text}. ` +
      `MK-7 peaks at ${formatConc(mk7.metrics.cmaxNgPerMl)} ng/mL after ${formatHours(mk7.metrics.tmaxH)} ` +
      `and is still at ${formatConc(mk7Later)} ng/mL after ${formatHours(detectable.timeH)}: ` +
      `${formatPercent(mk7Later / mk7.metrics.cmaxNgPerMl)} of its peak.`
    );
  },
};

const dailyPlateau: StoryScene = {
  id: 'daily-plateau',
  title: 'Daily MK-7 builds up to a plateau',
  scenario: storyScenario('MK-7 90 µg every day', 21, 30, [
    storyRegimen('mk7', 90, { fatG: BREAKFAST_FAT_G }),
  ]),
  chart: 'plasma',
  annotations: annotations({ halfLife: true, steadyState: true }),
  caption(sim) {
    const mk7 = need(sim, 'mk7');
    const ss = mk7.metrics.steadyState;
    if (!ss) throw new Error('The plateau scene needs regular doses.');
    const tHalfH = mk7.metrics.tHalfH;
    return (
      `Every day another ${mk7.regimen.doseUg} µg lands on what is left from the days before. ` +
      `MK-7's half-life is ${formatHours(tHalfH)} (${formatDays(tHalfH / 24)}): in that time half of what is in the blood is cleared. ` +
      `Intake and clearance balance at a plateau of ${formatConc(ss.troughNgPerMl)}–${formatConc(ss.peakNgPerMl)} ng/mL, ` +
      `90% reached after ${formatDays(ss.timeTo90PctH / 24)}; each plateau day gives ${formatRatio(ss.accumulationRatio)} the exposure of day 1.`
    );
  },
};

const fat: StoryScene = {
  id: 'fat',
  title: 'With and without fat in the meal',
  scenario: storyScenario(
    'MK-7 90 µg every day, with a 35 g-fat meal or fasted',
    21,
    30,
    [storyRegimen('mk7', 90, { fatG: 35 })],
    { compareFat: true },
  ),
  chart: 'plasma',
  annotations: annotations({}),
  caption(sim) {
    const mk7 = need(sim, 'mk7');
    const withFat = mk7.metrics.steadyState;
    const fasted = mk7.fasted?.metrics.steadyState;
    if (!withFat || !fasted) throw new Error('The fat scene needs regular doses and fat comparison on.');
    const at20 = findObservation('aucByFat', (o) => o.fatG === 20);
    const highest = OBSERVATIONS.filter((o) => o.kind === 'aucByFat').reduce((a, b) =>
      b.fatG > a.fatG ? b : a,
    );
    return (
      `The same ${mk7.regimen.doseUg} µg of MK-7 every day; only breakfast differs. ` +
      `With ${mk7.regimen.fatG} g of fat the model absorbs ${formatRatio(withFat.averageNgPerMl / fasted.averageNgPerMl)} as much as fasted: ` +
      `a plateau average of ${formatConc(withFat.averageNgPerMl)} ng/mL against ${formatConc(fasted.averageNgPerMl)} ng/mL (dashed). ` +
      `Uematsu 1996 saw MK-4 exposure rise ${formatRatio(highest.aucNgHPerMl / at20.aucNgHPerMl)} from ${at20.fatG} g to ${highest.fatG} g of fat; ` +
      `that the same holds for MK-7 is an assumption.`
    );
  },
};

const tissue: StoryScene = {
  id: 'tissue',
  title: 'Tissue reach: what stays in the blood reaches bone and arteries',
  scenario: storyScenario(
    'MK-4 and MK-7, 90 µg every day',
    28,
    60,
    [storyRegimen('mk4', 90, { fatG: BREAKFAST_FAT_G }), storyRegimen('mk7', 90, { fatG: BREAKFAST_FAT_G })],
    { showTissue: true },
  ),
  chart: 'tissue',
  annotations: annotations({ doses: false }),
  caption(sim) {
    const mk4 = need(sim, 'mk4');
    const mk7 = need(sim, 'mk7');
    const last = (r: SimulatedRegimen, marker: Marker) =>
      markerReadouts(r.result, r.compound)
        .filter((x) => x.marker === marker)
        .at(-1);
    const mgp7 = last(mk7, 'dp-ucMGP');
    const oc7 = last(mk7, 'ucOC');
    const mgp4 = last(mk4, 'dp-ucMGP');
    const oc4 = last(mk4, 'ucOC');
    const basis = (m: Marker) => markerBasis('mk7', m).words;
    // Five lines at most at 1024 x 768 (tests/e2e/projector.test.ts); the title says why the blood matters.
    const exposure =
      `${mk7.regimen.doseUg} µg a day for ${formatDays(sim.scenario.horizonDays)}: bone gets ` +
      `${boundedRatio(mk7.metrics.tissue.boneAucNgHPerMl / mk4.metrics.tissue.boneAucNgHPerMl)} more exposure from MK-7 than MK-4`;
    const illustrative = `The carboxylation curves are illustrative.`;
    if (!mgp7 || !oc7 || !mgp4 || !oc4) {
      return (
        `${exposure}. Trials measure the markers (ucOC, dp-ucMGP) after ${MARKER_READOUT_WEEKS[0]} weeks or more; this scene is too short for that. ` +
        illustrative
      );
    }
    return (
      `${exposure}. After ${mgp7.weeks} weeks MK-7 changes dp-ucMGP by about ${markerPct(mgp7.shownPct)} (${basis('dp-ucMGP')}) ` +
      `and ucOC by about ${markerPct(oc7.shownPct)} (${basis('ucOC')}); MK-4 ${markerPct(mgp4.shownPct)} and ${markerPct(oc4.shownPct)}. ` +
      illustrative
    );
  },
};

/** A rounded marker change with its sign: "−20%", "0%". */
function markerPct(shownPct: number): string {
  return `${shownPct < 0 ? '−' : shownPct > 0 ? '+' : ''}${Math.abs(shownPct)}%`;
}

const missedDose: StoryScene = {
  id: 'missed-dose',
  title: 'A missed dose',
  scenario: storyScenario('90 µg every day, dose 14 forgotten', 21, 30, [
    storyRegimen('k1', 90, { fatG: BREAKFAST_FAT_G, missedDoses: [13] }),
    storyRegimen('mk7', 90, { fatG: BREAKFAST_FAT_G, missedDoses: [13] }),
  ]),
  chart: 'plasma',
  annotations: annotations({ threshold: true, thresholdNgPerMl: 1 }),
  caption(sim, settings) {
    return missedDoseCaption(sim, need(sim, 'mk7'), need(sim, 'k1'), settings.thresholdNgPerMl);
  },
};

/** The missed-dose story for any scene with a missed MK-7 dose and a short-lived comparison compound. */
export function missedDoseCaption(
  sim: SceneSimulation,
  mk7: SimulatedRegimen,
  other: SimulatedRegimen,
  thresholdNgPerMl: number,
): string {
  const index = mk7.regimen.missedDoses[0];
  if (index === undefined) throw new Error('The missed-dose scene needs a missed dose.');
  const { intervalH, firstDoseH } = mk7.regimen;
  const missedH = firstDoseH + index * intervalH;
  const full = simulateRegimen(
    { ...toRegimen(mk7.regimen), missedDoses: [] },
    sim.horizonH,
    sim.scenario.stepMin / 60,
  );
  const dip = minPlasmaBetween(mk7.result, missedH, missedH + 2 * intervalH);
  const usual = minPlasmaBetween(full, missedH, missedH + 2 * intervalH);
  const mk7Above = timeAboveThresholdH(mk7.result, thresholdNgPerMl);
  const otherAbove = timeAboveThresholdH(other.result, thresholdNgPerMl);
  return (
    `The dose due at day ${Math.round((missedH / 24) * 10) / 10} is forgotten. ` +
    `MK-7 dips to ${formatConc(dip.conc)} ng/mL, only ${formatPercent(1 - dip.conc / usual.conc)} below its usual low point, ` +
    `and is above the ${formatConc(thresholdNgPerMl)} ng/mL line for ${formatPercent(mk7Above / sim.horizonH)} of the ${formatDays(sim.scenario.horizonDays)}. ` +
    `${other.label} is cleared between doses anyway: above the line for ${formatHours(otherAbove)} in all.`
  );
}

const k1VersusMk7: StoryScene = {
  id: 'k1-vs-mk7',
  title: 'K1 vs MK-7: similar peaks, then 7 times the level',
  scenario: storyScenario('K1 and MK-7, 100 µg every day', 21, 30, [
    storyRegimen('k1', 100, { fatG: BREAKFAST_FAT_G }),
    storyRegimen('mk7', 100, { fatG: BREAKFAST_FAT_G }),
  ]),
  chart: 'plasma',
  annotations: annotations({}),
  caption(sim) {
    const k1 = need(sim, 'k1');
    const mk7 = need(sim, 'mk7');
    const ssK1 = k1.metrics.steadyState;
    const ssMk7 = mk7.metrics.steadyState;
    if (!ssK1 || !ssMk7) throw new Error('The K1 vs MK-7 scene needs regular doses.');
    const reported = findObservation(
      'accumulationVersus',
      (o) => o.compound === 'mk7' && o.reference === 'k1',
    );
    const peaks = findObservation('peakVersus', (o) => o.compound === 'mk7' && o.reference === 'k1');
    const halfLives = findObservation('halfLife', (o) => o.compound === 'k1' && o.role === 'fitted');
    const plateau = findObservation('timeToPlateau', (o) => o.compound === 'mk7');
    // The first dose alone: both curves are single doses until the second dose is absorbed.
    const p1 = firstIntervalPeak(k1);
    const p7 = firstIntervalPeak(mk7);
    const t1 = formatHours(p1.timeH - k1.regimen.firstDoseH);
    const t7 = formatHours(p7.timeH - mk7.regimen.firstDoseH);
    const d = disposition(k1.result.input.pk);
    const k1Low = minPlasmaBetween(k1.result, p1.timeH, k1.regimen.intervalH + k1.regimen.firstDoseH);
    const plateauDays = daysToPlateau('mk7', mk7.regimen.doseUg, plateau.plateauShare);
    const peaksAt = t1 === t7 ? `after ${t1}` : `after ${t1} (K1) and ${t7} (MK-7)`;
    // Five lines at most at 1024 x 768 (tests/e2e/projector.test.ts), every fitted or predicted number labelled.
    return (
      `${mk7.regimen.doseUg} µg a day each. First peaks ${peaksAt}, MK-7's ${formatRatio(p7.conc / p1.conc)} K1's (fitted to ${shortSource(peaks.source)}). ` +
      `K1 falls to ${formatPercent(k1Low.conc / p1.conc)} of its peak by the next dose (half-lives ${(Math.LN2 / d.alphaPerH).toFixed(1)} h and ${(Math.LN2 / d.betaPerH).toFixed(1)} h, fitted to ${shortSource(halfLives.source)}); ` +
      `MK-7 piles up to a plateau average ${formatRatio(ssMk7.averageNgPerMl / ssK1.averageNgPerMl)} K1's, fitted to ${shortSource(reported.source)}'s ${reported.ratioRange[0]}-${reported.ratioRange[1]}× (band), ` +
      `${formatPercent(plateau.plateauShare)} of it after ${plateauDays} days (predicted; ${shortSource(plateau.source)} saw about ${plateau.days / 7} weeks).`
    );
  },
};

/** Highest level within the first dosing interval (the first dose alone), on the output grid. */
function firstIntervalPeak(r: SimulatedRegimen): { timeH: number; conc: number } {
  const { timeH, plasmaNgPerMl } = r.result;
  const endH = r.regimen.firstDoseH + r.regimen.intervalH;
  let best = { timeH: 0, conc: -Infinity };
  for (let i = 0; i < timeH.length && timeH[i]! <= endH; i++) {
    if (plasmaNgPerMl[i]! > best.conc) best = { timeH: timeH[i]!, conc: plasmaNgPerMl[i]! };
  }
  return best;
}

function shortSource(id: SourceId): string {
  return SOURCES[id].short;
}

const cvPercent = (cv: number) => `${Math.round(cv * 100)}%`;

const variation: StoryScene = {
  id: 'variation',
  title: "Why one person's level differs from another's",
  scenario: storyScenario('MK-7 90 µg every day, 1,000 simulated people', 21, 30, [
    storyRegimen('mk7', 90, { fatG: BREAKFAST_FAT_G }),
  ]),
  chart: 'plasma',
  population: true,
  annotations: annotations({}),
  caption(sim) {
    const mk7 = need(sim, 'mk7');
    const bands = scenePopulation(sim.scenario).find((b) => b.compound === 'mk7');
    if (!bands) throw new Error('The variation scene needs its population.');
    const end = bands.timeH.length - 1;
    const cv = BETWEEN_SUBJECT_VARIABILITY;
    const aucCv = bands.summary.auc.cv ?? 0;
    // Five lines at most at 1024 x 768 (tests/e2e/projector.test.ts).
    return (
      `${APP_SUBJECTS.toLocaleString('en')} simulated people take ${mk7.regimen.doseUg} µg of MK-7 with breakfast every day. ` +
      `On day ${sim.scenario.horizonDays} the median is ${formatConc(bands.p50[end]!)} ng/mL; the middle half lie between ` +
      `${formatConc(bands.p25[end]!)} and ${formatConc(bands.p75[end]!)} ng/mL, 9 in 10 between ${formatConc(bands.p05[end]!)} and ${formatConc(bands.p95[end]!)} ng/mL. ` +
      `They differ in bioavailability (CV ${cvPercent(cv.f.value)}), half-life (${cvPercent(cv.tHalfH.value)}), ` +
      `volume (${cvPercent(cv.volumeL.value)}) and absorption rate (${cvPercent(cv.kaPerH.value)}). ` +
      `Exposure varies ${cvPercent(aucCv)} (CV); Uematsu 1996 measured ${cvPercent(Math.min(...UEMATSU_AUC_CV))}-${cvPercent(Math.max(...UEMATSU_AUC_CV))} for MK-4.`
    );
  },
};

/** Days of the clinical MK-4 scene. */
const CLINICAL_DAYS = 7;

const mk4Milligrams: StoryScene = {
  id: 'mk4-milligrams',
  title: 'Why MK-4 needs milligrams where MK-7 needs micrograms',
  scenario: storyScenario(
    'Clinical MK-4, 15 mg three times a day after meals, and MK-7 90 µg a day',
    CLINICAL_DAYS,
    15,
    [
      { label: 'MK-4, 15 mg three times a day', ...clinicalMk4Regimen(CLINICAL_DAYS) },
      storyRegimen('mk7', 90, { fatG: BREAKFAST_FAT_G }),
    ],
    { axis: 'log' },
  ),
  chart: 'plasma',
  annotations: annotations({}),
  caption(sim) {
    const mk4 = need(sim, 'mk4');
    const mk7 = need(sim, 'mk7');
    const ss = mk7.metrics.steadyState;
    if (!ss) throw new Error('The MK-4 milligrams scene needs regular MK-7 doses.');
    const perDayUg = mk4.regimen.doseUg * 3;
    const lastDayH = (CLINICAL_DAYS - 1) * 24;
    // The night's low: from the last evening dose until the breakfast dose is absorbed (lag included).
    const nightLow = minPlasmaBetween(mk4.result, lastDayH - 13, lastDayH + 6);
    // One 15 mg dose with the 20 g-fat meal of Uematsu 1996, for the published AUC(0-24 h).
    const at20 = findObservation('aucByFat', (o) => o.fatG === 20);
    const single = makeRegimen({ compound: 'mk4', doseUg: at20.doseUg, fatG: at20.fatG, doseCount: 1 });
    const auc24 = regimenMetrics(single, simulateRegimen(single, 24, 0.25), molarMass('mk4')).aucNgHPerMl;
    // Five lines at most at 1024 x 768 (tests/e2e/projector.test.ts).
    return (
      `Japan's clinical MK-4 dose, 15 mg three times a day, is ${formatRatio(perDayUg / mk7.regimen.doseUg)} the ${mk7.regimen.doseUg} µg of MK-7. ` +
      `MK-4 peaks at ${formatConc(mk4.metrics.cmaxNgPerMl)} ng/mL but falls within hours, down to ${formatConc(nightLow.conc)} ng/mL each morning; ` +
      `MK-7 barely moves, heading for ${formatConc(ss.troughNgPerMl)}-${formatConc(ss.peakNgPerMl)} ng/mL (log axis). ` +
      `Nutritional MK-4 is barely absorbed (Sato 2012: 420 µg not detectable); 15 mg: model AUC(0-24 h) ${formatConc(auc24)} ng·h/mL, Uematsu 1996 measured ${at20.aucNgHPerMl}.`
    );
  },
};

/** The built-in classroom story, in teaching order. */
export const STORY: readonly StoryScene[] = [
  singleDose,
  dailyPlateau,
  fat,
  tissue,
  missedDose,
  k1VersusMk7,
  variation,
  mk4Milligrams,
];

export function storyScene(id: StorySceneId): StoryScene {
  const scene = STORY.find((s) => s.id === id);
  if (!scene) throw new Error(`Unknown story scene ${id}`);
  return scene;
}

/**
 * A ratio for a caption, capped in words: nutritional MK-4 barely reaches the blood (saturable first pass), so
 * the exact ratio runs to six digits, a precision the illustrative tissue model does not have.
 */
function boundedRatio(value: number): string {
  return value >= 1000 ? 'over 1,000×' : formatRatio(value);
}
