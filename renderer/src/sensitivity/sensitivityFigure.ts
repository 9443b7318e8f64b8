import type { Scenario } from '../../../sim';
import { regimenName } from './regimenChoice';
import { formatDuration } from '../../../sim/scenario/describe';
import { currentTranslator } from '../i18n/locale';
import { runOnce } from '../workers/runOnce';
import { computeSensitivity } from './sensitivityRequest';
import { createSensitivityWorker } from './useSensitivity';
import { tornadoFigureSize, tornadoFigureSvg } from './TornadoFigure';
import { tornadoPanels } from './tornadoModel';

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
  const request = { scenario, regimenIndex };
  const outcome = await runOnce({ createWorker: createSensitivityWorker, request });
  if (outcome.kind === 'error') throw new Error(outcome.error);
  // No worker could load (file://): the same job here, after the current frame.
  if (outcome.kind !== 'done') await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const result = outcome.kind === 'done' ? outcome.result : computeSensitivity(request);
  const compound = scenario.regimens[regimenIndex]!.compound;
  // In the UI's language and locale, as the chart export.
  const tr = currentTranslator();
  const panels = tornadoPanels(result, compound, scenario.display.units, tr);
  const svg = tornadoFigureSvg({
    panels,
    compound,
    regimenText: tr.t('tornado.regimenText', {
      regimen: regimenName(scenario, regimenIndex, tr),
      duration: formatDuration(scenario.horizonDays, tr),
    }),
    tr,
  });
  return { svg, ...tornadoFigureSize(panels) };
}
