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
import { currentTranslator } from '../i18n/locale';
import { formatConc, formatCount, formatDays, formatHours, formatPercent, formatRatio } from './format';
import { formatNumberIn } from '../../../sim/i18n/format';
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
  /** In the UI's language now (storyTitle). */
  readonly title: string;
  scenario: Scenario;
  chart: SceneChart;
  /** Draw the median and 25-75% / 5-95% bands of 1,000 simulated people (scenePopulation). */
  population?: boolean;
  annotations: AnnotationSettings;
  /** What the class should notice, with every number taken from the simulation of `scenario`. */
  caption(sim: SceneSimulation, settings: AnnotationSettings): string;
}

/**
 * The clinical MK-4 regimen's label as the built-in scene stores it (English, as scenario files are); shown in
 * the UI's language while a lesson keeps it unedited (sceneSimulation.ts).
 */
export const MK4_CLINICAL_LABEL = 'MK-4, 15 mg three times a day';

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
  get title() {
    return storyTitle('single-dose');
  },
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
    const tr = currentTranslator();
    const mk4Text =
      mk4Above === 0
        ? tr.t('pres.story.single-dose.mk4Never', { limit: formatConc(limit) })
        : tr.t('pres.story.single-dose.mk4Above', { limit: formatConc(limit), time: formatHours(mk4Above) });
    const [mk7Later] = plasmaAt(mk7.result, [detectable.timeH]) as [number];
    return tr.t('pres.story.single-dose.caption', {
      dose: formatCount(mk7.regimen.doseUg),
      mk4Peak: formatConc(mk4.metrics.cmaxNgPerMl),
      gone: mk4Gone === null ? '' : tr.t('pres.story.single-dose.mk4Gone', { time: formatHours(mk4Gone) }),
      mk4Text,
      mk7Peak: formatConc(mk7.metrics.cmaxNgPerMl),
      mk7Time: formatHours(mk7.metrics.tmaxH),
      mk7Later: formatConc(mk7Later),
      laterTime: formatHours(detectable.timeH),
      share: formatPercent(mk7Later / mk7.metrics.cmaxNgPerMl),
    });
  },
};

const dailyPlateau: StoryScene = {
  id: 'daily-plateau',
  get title() {
    return storyTitle('daily-plateau');
  },
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
    return currentTranslator().t('pres.story.daily-plateau.caption', {
      dose: formatCount(mk7.regimen.doseUg),
      tHalf: formatHours(tHalfH),
      tHalfDays: formatDays(tHalfH / 24),
      low: formatConc(ss.troughNgPerMl),
      high: formatConc(ss.peakNgPerMl),
      days90: formatDays(ss.timeTo90PctH / 24),
      ratio: formatRatio(ss.accumulationRatio),
    });
  },
};

const fat: StoryScene = {
  id: 'fat',
  get title() {
    return storyTitle('fat');
  },
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
    return currentTranslator().t('pres.story.fat.caption', {
      dose: formatCount(mk7.regimen.doseUg),
      fatG: formatCount(mk7.regimen.fatG),
      ratio: formatRatio(withFat.averageNgPerMl / fasted.averageNgPerMl),
      withFat: formatConc(withFat.averageNgPerMl),
      fasted: formatConc(fasted.averageNgPerMl),
      obsRatio: formatRatio(highest.aucNgHPerMl / at20.aucNgHPerMl),
      fromG: formatCount(at20.fatG),
      toG: formatCount(highest.fatG),
    });
  },
};

const tissue: StoryScene = {
  id: 'tissue',
  get title() {
    return storyTitle('tissue');
  },
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
    const tr = currentTranslator();
    const basis = (m: Marker) => markerBasis('mk7', m, tr).words;
    // Five lines at most at 1024 x 768 (tests/e2e/projector.test.ts); the title says why the blood matters.
    const exposure = tr.t('pres.story.tissue.exposure', {
      dose: formatCount(mk7.regimen.doseUg),
      days: formatDays(sim.scenario.horizonDays),
      ratio: boundedRatio(mk7.metrics.tissue.boneAucNgHPerMl / mk4.metrics.tissue.boneAucNgHPerMl),
    });
    const illustrative = tr.t('pres.story.tissue.illustrative');
    if (!mgp7 || !oc7 || !mgp4 || !oc4) {
      return tr.t('pres.story.tissue.tooShort', {
        exposure,
        weeks: formatCount(MARKER_READOUT_WEEKS[0]),
        illustrative,
      });
    }
    return tr.t('pres.story.tissue.caption', {
      exposure,
      weeks: formatCount(mgp7.weeks),
      mgp7: markerPct(mgp7.shownPct),
      mgpBasis: basis('dp-ucMGP'),
      oc7: markerPct(oc7.shownPct),
      ocBasis: basis('ucOC'),
      mgp4: markerPct(mgp4.shownPct),
      oc4: markerPct(oc4.shownPct),
      illustrative,
    });
  },
};

/** A rounded marker change with its sign: "−20%", "0%" ("−20 %" in German). */
function markerPct(shownPct: number): string {
  return `${shownPct < 0 ? '−' : shownPct > 0 ? '+' : ''}${formatPercent(Math.abs(shownPct) / 100)}`;
}

const missedDose: StoryScene = {
  id: 'missed-dose',
  get title() {
    return storyTitle('missed-dose');
  },
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
  return currentTranslator().t('pres.story.missed-dose.caption', {
    day: formatCount(Math.round((missedH / 24) * 10) / 10),
    dip: formatConc(dip.conc),
    below: formatPercent(1 - dip.conc / usual.conc),
    threshold: formatConc(thresholdNgPerMl),
    share: formatPercent(mk7Above / sim.horizonH),
    days: formatDays(sim.scenario.horizonDays),
    other: other.label,
    otherTime: formatHours(otherAbove),
  });
}

const k1VersusMk7: StoryScene = {
  id: 'k1-vs-mk7',
  get title() {
    return storyTitle('k1-vs-mk7');
  },
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
    const tr = currentTranslator();
    const peaksAt =
      t1 === t7
        ? tr.t('pres.story.k1-vs-mk7.peaksAt', { time: t1 })
        : tr.t('pres.story.k1-vs-mk7.peaksAtBoth', { k1Time: t1, mk7Time: t7 });
    const oneDecimal = (x: number) => formatNumberIn(tr.locale, x, { fraction: 1, minFraction: 1 });
    // Five lines at most at 1024 x 768 (tests/e2e/projector.test.ts), every fitted or predicted number labelled.
    return tr.t('pres.story.k1-vs-mk7.caption', {
      dose: formatCount(mk7.regimen.doseUg),
      peaksAt,
      peakRatio: formatRatio(p7.conc / p1.conc),
      peaksSource: shortSource(peaks.source),
      k1Low: formatPercent(k1Low.conc / p1.conc),
      alpha: oneDecimal(Math.LN2 / d.alphaPerH),
      beta: oneDecimal(Math.LN2 / d.betaPerH),
      halfSource: shortSource(halfLives.source),
      averageRatio: formatRatio(ssMk7.averageNgPerMl / ssK1.averageNgPerMl),
      ratioSource: shortSource(reported.source),
      low: formatCount(reported.ratioRange[0]),
      high: formatCount(reported.ratioRange[1]),
      share: formatPercent(plateau.plateauShare),
      plateauDays: formatCount(plateauDays),
      plateauSource: shortSource(plateau.source),
      weeks: formatCount(plateau.days / 7),
    });
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

const cvPercent = (cv: number) => formatPercent(cv);

const variation: StoryScene = {
  id: 'variation',
  get title() {
    return storyTitle('variation');
  },
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
    return currentTranslator().t('pres.story.variation.caption', {
      people: formatCount(APP_SUBJECTS),
      dose: formatCount(mk7.regimen.doseUg),
      day: formatCount(sim.scenario.horizonDays),
      median: formatConc(bands.p50[end]!),
      p25: formatConc(bands.p25[end]!),
      p75: formatConc(bands.p75[end]!),
      p05: formatConc(bands.p05[end]!),
      p95: formatConc(bands.p95[end]!),
      cvF: cvPercent(cv.f.value),
      cvHalfLife: cvPercent(cv.tHalfH.value),
      cvVolume: cvPercent(cv.volumeL.value),
      cvKa: cvPercent(cv.kaPerH.value),
      cvAuc: cvPercent(aucCv),
      measuredLow: cvPercent(Math.min(...UEMATSU_AUC_CV)),
      measuredHigh: cvPercent(Math.max(...UEMATSU_AUC_CV)),
    });
  },
};

/** Days of the clinical MK-4 scene. */
const CLINICAL_DAYS = 7;

const mk4Milligrams: StoryScene = {
  id: 'mk4-milligrams',
  get title() {
    return storyTitle('mk4-milligrams');
  },
  scenario: storyScenario(
    'Clinical MK-4, 15 mg three times a day after meals, and MK-7 90 µg a day',
    CLINICAL_DAYS,
    15,
    [
      { label: MK4_CLINICAL_LABEL, ...clinicalMk4Regimen(CLINICAL_DAYS) },
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
    return currentTranslator().t('pres.story.mk4-milligrams.caption', {
      ratio: formatRatio(perDayUg / mk7.regimen.doseUg),
      dose: formatCount(mk7.regimen.doseUg),
      peak: formatConc(mk4.metrics.cmaxNgPerMl),
      nightLow: formatConc(nightLow.conc),
      low: formatConc(ss.troughNgPerMl),
      high: formatConc(ss.peakNgPerMl),
      auc: formatConc(auc24),
      measured: formatCount(at20.aucNgHPerMl),
    });
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
  return value >= 1000
    ? currentTranslator().t('pres.fmt.overRatio', { n: formatCount(1000) })
    : formatRatio(value);
}

/** A story scene's title in the UI's language now. */
export function storyTitle(id: StorySceneId): string {
  return currentTranslator().t(`pres.story.${id}.title`);
}
