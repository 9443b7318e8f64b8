import { COMPOUND_PRESETS, type Scenario } from '../../../sim';
import { labelWithFactor } from '../../../sim/fit/factorWords';
import { scheduleInWords } from '../export/caption';
import { formatNumber } from '../plot/format';
import { runOnceInWorker } from '../population/workerProtocol';
import { computeSensitivity } from './sensitivityRequest';
import { createSensitivityWorker } from './useSensitivity';
import { tornadoFigureSize, tornadoFigureSvg } from './TornadoFigure';
import { tornadoPanels } from './tornadoModel';

/**
 * "MK-7 90 µg every 24 h with a 15 g-fat meal" or, on a pattern, "MK-7 90 µg twice a day at 08:00 and 20:00
 * (breakfast, dinner)", for the regimen picker and the figure's subtitle (the export caption's words), with
 * the personal factor when there is one.
 */
export function regimenName(scenario: Scenario, index: number): string {
  const r = scenario.regimens[index]!;
  const label = r.label ? `${r.label}: ` : '';
  // The bars move around the person's own curve: a personal factor is named ("…, fitted ×0.35").
  return labelWithFactor(
    `${label}${COMPOUND_PRESETS[r.compound].label} ${scheduleInWords(r, scenario.calendar)}`,
    scenario.personal,
  );
}

/** The regimen shown first: the first visible MK-7 one (the supplement most people ask about), else the first visible. */
export function defaultRegimenIndex(scenario: Scenario): number {
  const visible = (i: number) => scenario.display.visible.includes(scenario.regimens[i]!.compound);
  const indices = scenario.regimens.map((_, i) => i).filter(visible);
  return indices.find((i) => scenario.regimens[i]!.compound === 'mk7') ?? indices[0] ?? 0;
}

/** The regimen the sensitivity chart is about: the one chosen, if it still exists, else the default. */
export function sensitivityRegimen(scenario: Scenario, chosen: number | null | undefined): number {
  return chosen != null && chosen >= 0 && chosen < scenario.regimens.length
    ? chosen
    : defaultRegimenIndex(scenario);
}

/**
 * The tornado chart of one regimen as an exportable SVG figure and its size in CSS pixels: the same sensitivity
 * (sim), panels and figure the Sensitivity section draws, computed here (in a worker of its own: the section's runs only while it is
 * open). Used by the Export menu and the section's own save buttons.
 */
export async function sensitivityFigure(
  scenario: Scenario,
  regimenIndex: number,
): Promise<{ svg: string; widthPx: number; heightPx: number }> {
  // About 17 simulations: seconds for a 10-year minute-step scenario, so in a worker, not on the page.
  const result = await runOnceInWorker(
    createSensitivityWorker,
    { scenario, regimenIndex },
    computeSensitivity,
  );
  const compound = scenario.regimens[regimenIndex]!.compound;
  const panels = tornadoPanels(result, compound, scenario.display.units);
  const svg = tornadoFigureSvg({
    panels,
    compound,
    regimenText: `${regimenName(scenario, regimenIndex)}, ${formatNumber(scenario.horizonDays)} days`,
  });
  return { svg, ...tornadoFigureSize(panels) };
}
