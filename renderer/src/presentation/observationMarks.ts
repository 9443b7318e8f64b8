import {
  DETECTION_LIMIT_NG_PER_ML,
  FAT_EFFECT,
  OBSERVATIONS,
  SOURCES,
  fatMultiplier,
  plasmaAt,
  type CompoundId,
  type ObservationRole,
  type SourceId,
} from '../../../sim';
import { unitFactor } from '../../../sim';
import { currentTranslator } from '../i18n/locale';
import { formatConc } from './format';
import type { SceneSimulation, SimulatedRegimen } from './sceneSimulation';

/**
 * Published observations placed beside the model. Only what the papers state is drawn (peak times, detectability,
 * AUC ratios, the 7-8 fold accumulation); never a concentration the papers do not give. A marker's height is the
 * model's own value at the reported time, and its label names the study.
 */

/** A point on a model curve at a reported time, labelled with the study ("Sato 2012: peak 6 h"). */
export interface ObservationPoint {
  key: string;
  source: SourceId;
  compound: CompoundId;
  label: string;
  role: ObservationRole;
  tDays: number;
  value: number;
  /** Reported range of times (days), drawn as a bar through the point. */
  rangeDays?: [number, number];
}

/** A horizontal line with its caveat (the assumed detection limit). */
export interface ObservationLine {
  label: string;
  value: number;
}

/** A band of values (the Schurgers 2007 7-8 fold range, as multiples of the model's K1 average). */
export interface ObservationBand {
  source: SourceId;
  label: string;
  role: ObservationRole;
  low: number;
  high: number;
}

/** The fat inset: Uematsu's AUCs relative to the 20 g meal beside the model's fat multiplier, same normalisation. */
export interface FatInset {
  source: SourceId;
  title: string;
  role: ObservationRole;
  referenceFatG: number;
  points: { fatG: number; relativeAuc: number; relativeSd: number }[];
  model: { fatG: number; relative: number }[];
  /** The scene's own meal, marked on the model curve. */
  sceneFatG: number | null;
}

export interface ObservationMarks {
  points: ObservationPoint[];
  lines: ObservationLine[];
  bands: ObservationBand[];
  fatInset: FatInset | null;
}

function short(source: SourceId): string {
  return SOURCES[source].short;
}

/**
 * Every marker says whether the model was fitted to it or predicts it (issue 15), in a word so the labels fit a
 * projector's large type off the curves: agreement with a fitted
 * observation is by construction, not confirmation.
 */
export function roleTag(role: ObservationRole): string {
  return currentTranslator().t(role === 'fitted' ? 'pres.obs.fitted' : 'pres.obs.predicted');
}

/** A number of a label in the UI's locale. */
const num = (value: number): string => currentTranslator().num(value);
/** "6 h", "6-10 h" ("6時間"). */
const hoursText = (n: string): string => currentTranslator().t('duration.h', { n });

/** A single-dose regimen of a compound that is shown, if the scene has one. */
function singleDose(sim: SceneSimulation, compound: CompoundId): SimulatedRegimen | undefined {
  const visible = new Set(sim.scenario.display.visible);
  return sim.regimens.find(
    (r) => r.compound === compound && visible.has(compound) && r.result.intakes.length === 1,
  );
}

function valueAt(
  sim: SceneSimulation,
  r: SimulatedRegimen,
  afterDoseH: number,
): { tH: number; value: number } {
  const tH = r.result.intakes[0]!.dose.timeH + afterDoseH;
  const [c] = plasmaAt(r.result, [tH]) as [number];
  return { tH, value: c * unitFactor(r.compound, sim.scenario.display.units) };
}

/**
 * Which observations fit a scene: peak times and detectability where the scene shows a single dose of that
 * compound (detectability only at the studied dose), the fat inset where the scene compares meal fat, and the
 * Schurgers band where MK-7 and K1 are both taken regularly.
 */
export function observationMarks(sim: SceneSimulation, chart: 'plasma' | 'tissue'): ObservationMarks {
  const marks: ObservationMarks = { points: [], lines: [], bands: [], fatInset: null };
  if (chart !== 'plasma') return marks;
  const units = sim.scenario.display.units;
  const seenPeak = new Set<string>();
  let detectionLine = false;
  OBSERVATIONS.forEach((o, i) => {
    if (o.kind === 'peakTime') {
      const r = singleDose(sim, o.compound);
      const key = `${o.source}-${o.compound}`;
      if (!r || r.result.intakes[0]!.dose.timeH + o.timeH > sim.horizonH || seenPeak.has(key)) return;
      seenPeak.add(key);
      const { tH, value } = valueAt(sim, r, o.timeH);
      const when = hoursText(o.rangeH ? `${num(o.rangeH[0])}-${num(o.rangeH[1])}` : num(o.timeH));
      const start = r.result.intakes[0]!.dose.timeH;
      marks.points.push({
        key: `obs-${i}`,
        source: o.source,
        compound: o.compound,
        label: currentTranslator().t('pres.obs.peak', {
          source: short(o.source),
          label: r.label,
          when,
          role: roleTag(o.role),
        }),
        role: o.role,
        tDays: tH / 24,
        value,
        ...(o.rangeH
          ? { rangeDays: [(start + o.rangeH[0]) / 24, (start + o.rangeH[1]) / 24] as [number, number] }
          : {}),
      });
    } else if (o.kind === 'detectable' || o.kind === 'notDetectable') {
      const r = singleDose(sim, o.compound);
      if (!r || r.regimen.doseUg !== o.doseUg || r.result.intakes[0]!.dose.timeH + o.timeH > sim.horizonH)
        return;
      const { tH, value } = valueAt(sim, r, o.timeH);
      marks.points.push({
        key: `obs-${i}`,
        source: o.source,
        compound: o.compound,
        label:
          o.kind === 'detectable'
            ? currentTranslator().t('pres.obs.stillDetectable', {
                source: short(o.source),
                label: r.label,
                time: hoursText(num(o.timeH)),
                role: roleTag(o.role),
              })
            : currentTranslator().t('pres.obs.notDetectable', {
                source: short(o.source),
                label: r.label,
                role: roleTag(o.role),
              }),
        role: o.role,
        tDays: tH / 24,
        value,
      });
      detectionLine = true;
    }
  });
  if (detectionLine) {
    const limit = DETECTION_LIMIT_NG_PER_ML.value;
    // Per compound in nmol/L; in ng/mL one line serves all.
    const factor = units === 'ng/mL' ? 1 : unitFactor('mk7', units);
    marks.lines.push({
      label: currentTranslator().t('pres.obs.detectionLimit', { level: formatConc(limit * factor), units }),
      value: limit * factor,
    });
  }
  const inset = fatInset(sim);
  if (inset) marks.fatInset = inset;
  const band = accumulationBand(sim);
  if (band) marks.bands.push(band);
  return marks;
}

/** Uematsu 1996 AUC(0-24 h) by meal fat, relative to the 20 g meal, beside the model's fatMultiplier. */
export function fatInset(sim: SceneSimulation): FatInset | null {
  if (!sim.scenario.display.compareFat) return null;
  const auc = OBSERVATIONS.flatMap((o) => (o.kind === 'aucByFat' ? [o] : []));
  const reference = auc.find((o) => o.fatG === 20) ?? auc[0];
  if (!reference) return null;
  const modelAtReference = fatMultiplier(FAT_EFFECT, reference.fatG);
  const model: { fatG: number; relative: number }[] = [];
  for (let fatG = 0; fatG <= 50; fatG += 1) {
    model.push({ fatG, relative: fatMultiplier(FAT_EFFECT, fatG) / modelAtReference });
  }
  const withFat = sim.regimens.find((r) => r.regimen.fatG > 0);
  return {
    source: reference.source,
    title: currentTranslator().t('pres.obs.fatTitle', {
      source: short(reference.source),
      fatG: num(reference.fatG),
      role: roleTag(reference.role),
    }),
    role: reference.role,
    referenceFatG: reference.fatG,
    points: auc.map((o) => ({
      fatG: o.fatG,
      relativeAuc: o.aucNgHPerMl / reference.aucNgHPerMl,
      relativeSd: o.sdNgHPerMl / reference.aucNgHPerMl,
    })),
    model,
    sceneFatG: withFat ? withFat.regimen.fatG : null,
  };
}

/**
 * Schurgers 2007: during daily intake MK-7 reached 7-8 times K1; drawn as that multiple of the model's K1 average,
 * where both are taken on a regular schedule with no missed dose at comparable daily doses (the comparison the
 * paper made).
 */
export function accumulationBand(sim: SceneSimulation): ObservationBand | null {
  const o = OBSERVATIONS.find((x) => x.kind === 'accumulationVersus');
  if (!o || o.kind !== 'accumulationVersus') return null;
  const visible = new Set(sim.scenario.display.visible);
  const regular = (c: CompoundId) =>
    sim.regimens.find(
      (r) =>
        r.compound === c &&
        visible.has(c) &&
        r.result.intakes.length > 1 &&
        r.regimen.missedDoses.length === 0 &&
        r.metrics.steadyState,
    );
  const reference = regular(o.reference);
  const compared = regular(o.compound);
  if (!compared || !reference?.metrics.steadyState) return null;
  // "At comparable doses": the same µg a day within 10%. Otherwise the paper's ratio says nothing here.
  const perDay = (r: NonNullable<typeof compared>) => (r.regimen.doseUg * 24) / r.regimen.intervalH;
  if (Math.abs(perDay(compared) / perDay(reference) - 1) > 0.1) return null;
  // A ratio of ng/mL levels, and the band marks an MK-7 level: in nmol/L it takes MK-7's molar mass, not K1's.
  const referenceAverage =
    reference.metrics.steadyState.averageNgPerMl * unitFactor(o.compound, sim.scenario.display.units);
  return {
    source: o.source,
    label: currentTranslator().t('pres.obs.versus', {
      source: short(o.source),
      low: num(o.ratioRange[0]),
      high: num(o.ratioRange[1]),
      role: roleTag(o.role),
    }),
    role: o.role,
    low: o.ratioRange[0] * referenceAverage,
    high: o.ratioRange[1] * referenceAverage,
  };
}
