import { COMPOUND_PRESETS, FAT_EFFECT, SOURCES, type ScenarioView, type SourceId } from '../../../sim';
import { isUserNamed, joinWithAnd } from '../../../sim/scenario/describe';
import { regimenCaption } from './caption';

/** Which panels an export shows, and whether it carries its title and footer. */
export interface FigureOptions {
  panels: 'plasma' | 'tissue' | 'both';
  title: boolean;
  footer: boolean;
}

export const DEFAULT_FIGURE_OPTIONS: FigureOptions = { panels: 'both', title: true, footer: true };

/**
 * The figure's title: the scenario's name when the user gave one, else what is shown ("MK-7, MK-4 and K1 in
 * plasma and tissue"); the caption under it gives the schedule in words, so the generated scenario title (the
 * same words) would only repeat it.
 */
export function figureTitle(view: ScenarioView): string {
  if (isUserNamed(view.scenario)) return view.scenario.name;
  const labels = [...new Set(view.regimens.map((r) => r.label))];
  if (labels.length === 0) return 'Vitamin K levels over time';
  const tissue = view.series.some((s) => s.panel === 'tissue') ? ' and tissue' : '';
  return `${joinWithAnd(labels)} in plasma${tissue}`;
}

/** The sources behind the shown compounds' parameters. */
export function sourcesOf(view: ScenarioView): SourceId[] {
  const ids = new Set<SourceId>();
  for (const r of view.regimens) {
    const p = COMPOUND_PRESETS[r.compound];
    for (const v of [p.kaPerH, p.tHalfH, p.volumeL, p.lagH, p.fFasted, p.molarMassGPerMol]) {
      v.sources.forEach((id) => ids.add(id));
    }
  }
  if (view.regimens.length > 0) FAT_EFFECT.sources.forEach((id) => ids.add(id));
  return [...ids];
}

export function footerText(view: ScenarioView, appVersion: string): string {
  const sources = sourcesOf(view).map((id) => SOURCES[id].short);
  const tissue = view.series.some((s) => s.panel === 'tissue') ? '; tissue curves are illustrative' : '';
  // K1 has a peripheral compartment: the footer must not call every figure one-compartment.
  const twoCompartment = view.regimens.some((r) => COMPOUND_PRESETS[r.compound].peripheral);
  const model = twoCompartment ? 'compartment model (K1: two compartments)' : 'one-compartment model';
  return (
    `K2 Kinetics ${appVersion} · ${model} with meal-fat absorption${tissue} · ` +
    `Sources: ${sources.join('; ')} · Educational simulation, not medical advice`
  );
}

export function figureCaption(view: ScenarioView): string {
  return regimenCaption(view.scenario);
}
