import { COMPOUND_PRESETS, FAT_EFFECT, SOURCES, type ScenarioView, type SourceId } from '../../../sim';
import { scenarioTitle } from '../../../sim/scenario/describe';
import { regimenCaption } from './caption';

/** Which panels an export shows, and whether it carries its title and footer. */
export interface FigureOptions {
  panels: 'plasma' | 'tissue' | 'both';
  title: boolean;
  footer: boolean;
}

export const DEFAULT_FIGURE_OPTIONS: FigureOptions = { panels: 'both', title: true, footer: true };

/** The figure's title: the scenario's name when the user gave one, else what it holds (sim/scenario/describe). */
export function figureTitle(view: ScenarioView): string {
  return scenarioTitle(view.scenario);
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
  return (
    `K2 Kinetics ${appVersion} · one-compartment model with meal-fat absorption${tissue} · ` +
    `Sources: ${sources.join('; ')} · Educational simulation, not medical advice`
  );
}

export function figureCaption(view: ScenarioView): string {
  return regimenCaption(view.scenario);
}
