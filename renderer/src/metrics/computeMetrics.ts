import {
  DETECTION_LIMIT_NG_PER_ML,
  molarMass,
  regimenMetrics,
  timeAboveThresholdH,
  scenarioView,
  unitFactor,
  type CompoundId,
  type ConcentrationUnits,
  type MetricNote,
  type Scenario,
  type ScenarioView,
} from '../../../sim';
import { formatNumber } from '../plot/format';
import { seriesAlias, seriesStyle } from '../plot/model';
import { formatNumberIn } from '../../../sim/i18n/format';
import { ENGLISH, simTranslator, type Translator } from '../../../sim/i18n/translator';
import { currentTranslator, type AppTranslator } from '../i18n/locale';

/** One table row, already in display units. Null where a number does not exist (no full interval, no regular doses). */
export interface MetricsRow {
  key: string;
  compound: CompoundId;
  label: string;
  color: string;
  dashed: boolean;
  cmax: number;
  /** Time of the highest level after the dose that produced it (h). */
  tmaxAfterDoseH: number;
  trough: number | null;
  /** AUC over the horizon, display units × h. */
  auc: number;
  accumulationRatio: number | null;
  timeTo90PctDays: number | null;
  /** Hours per taken dose spent at or above the detection limit. */
  hoursAboveLimitPerDose: number;
  /** Fraction of the horizon spent at or above the detection limit. */
  fractionAboveLimit: number;
  intervalH: number;
  /** Caveats next to the numbers they qualify (sim's regimenMetrics.qualified). */
  notes: Record<'cmax' | 'trough' | 'auc' | 'accumulation', MetricNote[]>;
}

export interface MetricsReport {
  units: ConcentrationUnits;
  rows: MetricsRow[];
  /** One plain-language sentence computed from the rows. */
  sentence: string;
}

/**
 * The numbers under the chart, from sim's regimenMetrics and timeAboveThresholdH on full-resolution
 * simulations; the rows' labels in `tr`'s language. Slow-ish (exact peak and steady-state searches), so the app runs it in a worker.
 */
export function computeMetrics(scenario: Scenario, tr: Translator = ENGLISH): MetricsReport {
  return metricsOfView(scenarioView(scenario, { tissue: false, tr }));
}

/** The scenario, and the UI's locale the rows' labels are written in ("MK-7 (Schema 2)"). */
export interface MetricsRequest {
  scenario: Scenario;
  locale: string;
}

/** The worker's answer to a request, as it computes it (also on the page when workers are unavailable). */
export function computeMetricsFor(request: MetricsRequest): MetricsReport {
  return computeMetrics(request.scenario, simTranslator(request.locale));
}

/**
 * The same numbers from a view already computed (the heavy view's worker, which so runs no second simulation):
 * its plasma curves as the chart draws them, each with the regimen it was simulated from.
 */
export function metricsOfView(view: ScenarioView): MetricsReport {
  const scenario = view.scenario;
  const units = scenario.display.units;
  const limit = DETECTION_LIMIT_NG_PER_ML.value;
  const plasma = view.series.filter((s) => s.panel === 'plasma');
  const rows = plasma.map((series): MetricsRow => {
    const source = view.regimens.find((r) => r.index === series.regimenIndex)!;
    const curve =
      series.kind === 'plasmaWithoutFat' && source.withoutFat
        ? { regimen: source.withoutFat.regimen, result: source.withoutFat.result }
        : { regimen: source.regimen, result: source.result };
    const m = regimenMetrics(curve.regimen, curve.result, molarMass(series.compound));
    const f = unitFactor(series.compound, units);
    const taken = curve.result.intakes.length;
    const above = timeAboveThresholdH(curve.result, limit);
    const style = seriesStyle(view, series);
    return {
      key: seriesAlias(view, series),
      compound: series.compound,
      label: series.label,
      color: style.color,
      dashed: series.kind === 'plasmaWithoutFat',
      cmax: m.cmaxNgPerMl * f,
      tmaxAfterDoseH: m.tmaxH - lastIntakeBefore(curve.result.intakes, m.tmaxH),
      trough: m.troughNgPerMl === null ? null : m.troughNgPerMl * f,
      auc: m.aucNgHPerMl * f,
      accumulationRatio: m.steadyState?.accumulationRatio ?? null,
      timeTo90PctDays: m.steadyState ? m.steadyState.timeTo90PctH / 24 : null,
      hoursAboveLimitPerDose: taken > 0 ? above / taken : 0,
      fractionAboveLimit: above / (scenario.horizonDays * 24),
      intervalH: curve.regimen.intervalH,
      notes: {
        cmax: m.qualified.cmaxNgPerMl.notes,
        trough: m.qualified.troughNgPerMl.notes,
        auc: m.qualified.aucNgHPerMl.notes,
        accumulation: m.qualified.accumulationRatio.notes,
      },
    };
  });
  return { units, rows, sentence: plainSentence(rows, limit, units) };
}

/**
 * For each compound shown (with the meal's fat): how long it takes to reach 90% of steady state, and how
 * long each dose keeps it above the detection limit. Compounds that build up get the first clause.
 */
export function plainSentence(
  rows: readonly MetricsRow[],
  limitNgPerMl: number,
  units: ConcentrationUnits = 'ng/mL',
  tr: AppTranslator = currentTranslator(),
): string {
  const main = rows.filter((r) => !r.dashed);
  if (main.length === 0) return tr.t('sentence.none');
  const round1 = (x: number) =>
    formatNumberIn(tr.locale, x, { fraction: x >= 10 ? 0 : 1, minFraction: x >= 10 ? 0 : 1 });
  const clauses = main.map((r) => {
    const above = r.hoursAboveLimitPerDose;
    // The limit is quoted in ng/mL as assays report it, with the compound's nmol/L beside it when those are shown.
    const limit =
      units === 'ng/mL'
        ? tr.t('sentence.limitNg', { limit: tr.num(limitNgPerMl) })
        : tr.t('sentence.limitBoth', {
            limit: tr.num(limitNgPerMl),
            nmol: formatNumber(limitNgPerMl * unitFactor(r.compound, units)),
          });
    // Mostly above: a share of the time (hours "after each dose" would mislead when doses come closer than the
    // slider's interval, as in a twice-a-day pattern).
    const detect =
      above <= 0
        ? tr.t('sentence.never', { limit })
        : r.fractionAboveLimit < 0.9 && above < 0.9 * r.intervalH
          ? tr.t('sentence.hours', { limit, hours: round1(above) })
          : tr.t('sentence.share', { limit, pct: Math.floor(r.fractionAboveLimit * 100) });
    if (r.timeTo90PctDays !== null && r.timeTo90PctDays >= 1) {
      return tr.t('sentence.buildsUp', { label: r.label, days: round1(r.timeTo90PctDays), detect });
    }
    return tr.t('sentence.plain', { label: r.label, detect });
  });
  return tr.t('sentence.all', { clauses: joinClauses(clauses, tr) });
}

function joinClauses(parts: string[], tr: AppTranslator): string {
  if (parts.length <= 1) return parts.join('');
  const first = parts.slice(0, -1).reduce((a, b) => tr.t('sentence.join', { first: a, next: b }));
  return tr.t('sentence.joinLast', { first, last: parts[parts.length - 1]! });
}

/** Intake time of the last dose taken at or before `timeH` (0 when none). */
function lastIntakeBefore(intakes: readonly { dose: { timeH: number } }[], timeH: number): number {
  let last = 0;
  for (const i of intakes) if (i.dose.timeH <= timeH && i.dose.timeH > last) last = i.dose.timeH;
  return last;
}
