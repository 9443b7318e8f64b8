import { scaleLinear } from 'd3-scale';
import {
  COMPOUND_PRESETS,
  SENSITIVITY_RANGES,
  SOURCES,
  unitFactor,
  type CompoundId,
  type ConcentrationUnits,
  type SensitivityResult,
  type TornadoBar,
} from '../../../sim';
import { formatNumberIn } from '../../../sim/i18n/format';
import { unitName } from '../../../sim/i18n/translator';
import { currentTranslator, displayLocale, type AppTranslator } from '../i18n/locale';

export type TornadoMetric = 'cmax' | 'auc' | 'trough';

/** One bar as drawn: the metric with the parameter at each end of its range, in display units. */
export interface TornadoRow {
  parameter: TornadoBar['parameter'];
  label: string;
  /** "0.44-2.3 × typical", "1-3 h". */
  rangeText: string;
  atLow: number;
  atHigh: number;
  sources: string[];
  note: string;
}

/** One tornado panel: a metric's bars around its typical value, with a nice axis. */
export interface TornadoPanel {
  metric: TornadoMetric;
  title: string;
  /** Axis title with unit, e.g. "Cmax (ng/mL)". */
  axisTitle: string;
  unit: string;
  baseline: number;
  rows: TornadoRow[];
  domain: [number, number];
  ticks: number[];
  /** Why the panel has no bars (no trough inside the horizon), or null. */
  empty: string | null;
}

/** Input numbers: at most 3 significant digits, thousands grouped ("17,000", "0.442"). */
export function formatInput(value: number): string {
  return formatNumberIn(displayLocale(), Number(value.toPrecision(3)), { fraction: 3 });
}

/** "0.442-2.26 × typical" or "26.2-58 g", the unit in the UI's language. */
export function rangeText(
  bar: Pick<TornadoBar, 'lowInput' | 'highInput' | 'unit'>,
  tr: AppTranslator = currentTranslator(),
): string {
  const unit = bar.unit === '× typical' ? tr.t('tornado.timesTypical') : unitName(bar.unit, tr);
  return `${formatInput(bar.lowInput)}-${formatInput(bar.highInput)} ${unit}`;
}

/**
 * The three panels of a tornado chart from sim's `sensitivity` result, in the scenario's units
 * (ng/mL → nmol/L by the compound's molar mass; AUC likewise in nmol·h/L). Axis: d3's nice linear domain
 * around the baseline and every bar end.
 */
export function tornadoPanels(
  result: SensitivityResult,
  compound: CompoundId,
  units: ConcentrationUnits,
  tr: AppTranslator = currentTranslator(),
): TornadoPanel[] {
  const factor = unitFactor(compound, units);
  const aucUnit = units === 'ng/mL' ? 'ng·h/mL' : 'nmol·h/L';
  const baselines: Record<TornadoMetric, number | null> = {
    cmax: result.baseline.cmaxNgPerMl,
    auc: result.baseline.aucNgHPerMl,
    trough: result.baseline.troughNgPerMl,
  };
  return (['cmax', 'auc', 'trough'] as const).map((metric) => {
    const unit = metric === 'auc' ? aucUnit : units;
    const baseline = (baselines[metric] ?? 0) * factor;
    const rows = result[metric].map((bar): TornadoRow => {
      const range = SENSITIVITY_RANGES.find((r) => r.parameter === bar.parameter);
      return {
        parameter: bar.parameter,
        label: tr.t('tornado.param', { p: bar.parameter, label: bar.label }),
        rangeText: rangeText(bar, tr),
        atLow: bar.atLow * factor,
        atHigh: bar.atHigh * factor,
        sources: (range?.sources ?? []).map((id) => SOURCES[id].short),
        note: bar.note,
      };
    });
    const values = [baseline, ...rows.flatMap((r) => [r.atLow, r.atHigh])];
    const scale = scaleLinear()
      .domain([Math.min(...values), Math.max(...values)])
      .nice(5);
    const [lo, hi] = scale.domain() as [number, number];
    const domain: [number, number] =
      lo === hi ? [lo === 0 ? 0 : lo * 0.9, hi === 0 ? 1 : hi * 1.1] : [lo, hi];
    return {
      metric,
      title: tr.t('tornado.title', { metric }),
      axisTitle: tr.t('tornado.short', { metric, unit }),
      unit,
      baseline,
      rows,
      domain,
      ticks: scaleLinear().domain(domain).ticks(5),
      empty:
        rows.length > 0 ? null : metric === 'trough' ? tr.t('tornado.noTrough') : tr.t('tornado.nothing'),
    };
  });
}

/** "How sensitive is MK-7 to each parameter" heading text for a compound. */
export function tornadoHeading(compound: CompoundId, tr: AppTranslator = currentTranslator()): string {
  return tr.t('tornado.heading', { label: COMPOUND_PRESETS[compound].label });
}
