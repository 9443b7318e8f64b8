import { COMPOUND_PRESETS, FAT_EFFECT, SOURCES, type ScenarioView, type SourceId } from '../../../sim';
import { isUserNamed, joinWithAnd } from '../../../sim/scenario/describe';
import { currentTranslator, type AppTranslator } from '../i18n/locale';
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
 * same words) would only repeat it. A figure follows the UI's language and locale (`tr`).
 */
export function figureTitle(view: ScenarioView, tr: AppTranslator = currentTranslator()): string {
  if (isUserNamed(view.scenario)) return view.scenario.name;
  const labels = [...new Set(view.regimens.map((r) => r.label))];
  if (labels.length === 0) return tr.t('scenario.defaultTitle');
  const tissue = view.series.some((s) => s.panel === 'tissue') ? 'yes' : 'no';
  return tr.t('figure.title', { labels: joinWithAnd(labels, tr), tissue });
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

export function footerText(
  view: ScenarioView,
  appVersion: string,
  tr: AppTranslator = currentTranslator(),
): string {
  const sources = sourcesOf(view).map((id) => SOURCES[id].short);
  // K1 has a peripheral compartment: the footer must not call every figure one-compartment.
  const twoCompartment = view.regimens.some((r) => COMPOUND_PRESETS[r.compound].peripheral);
  return tr.t('figure.footer', {
    version: appVersion,
    model: twoCompartment ? 'two' : 'one',
    tissue: view.series.some((s) => s.panel === 'tissue') ? 'yes' : 'no',
    sources: sources.join('; '),
  });
}

export function figureCaption(view: ScenarioView, tr: AppTranslator = currentTranslator()): string {
  return regimenCaption(view.scenario, tr);
}
