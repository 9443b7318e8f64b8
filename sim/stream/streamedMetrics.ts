import { lastFullInterval, metricsFromScan, type RegimenMetrics } from '../metrics/regimenMetrics';
import type { Regimen } from '../regimen/regimen';
import { GridStepper, type SimulationInput } from './gridStepper';
import { PlasmaScan } from './plasmaScan';
import { blocksOf, DEFAULT_CHUNK_POINTS } from './simulateChunks';

/**
 * `regimenMetrics` from one streaming pass: the grid is produced block by block (bounded memory) and scanned
 * as it goes; peak, trough ends and AUC come from the exact model as in the full-array version, so both agree
 * to rounding. Ten years at 1-minute resolution needs one 2 MB block at a time instead of 170 MB of arrays.
 * @example streamedRegimenMetrics(makeRegimen({ compound: 'mk7', doseUg: 90 }), regimenInput(makeRegimen({ compound: 'mk7', doseUg: 90 }), 240, 1), 649).aucNgHPerMl.toFixed(1) // => '233.7'
 */
export function streamedRegimenMetrics(
  regimen: Regimen,
  input: SimulationInput,
  molarMassGPerMol: number,
  chunkPoints: number = DEFAULT_CHUNK_POINTS,
): RegimenMetrics {
  const stepper = new GridStepper(input);
  const horizonH = stepper.timeAt(stepper.pointCount - 1);
  const scan = new PlasmaScan(lastFullInterval(regimen, stepper.model.doses, horizonH));
  // Each block is scanned before the next is made, so one set of arrays serves the whole pass.
  for (const block of blocksOf(stepper, chunkPoints, true)) {
    scan.push(block.timeH, block.plasmaNgPerMl, block.boneNgPerMl, block.arteryNgPerMl, block.length);
  }
  return metricsFromScan(regimen, stepper.model, scan, molarMassGPerMol);
}
