import type { Scenario } from '../../../sim';
import { APP_SEED, APP_SUBJECTS, computeBands, type DrawnBands } from './populationBands';

// Scenes are fixed objects: the caption and the chart ask for the same scenario, so compute it once.
const cache = new WeakMap<Scenario, DrawnBands[]>();

/**
 * The bands of a presentation scene (1,000 seeded people, as in the app), computed on the main thread once
 * per scene scenario: scenes are short (weeks at a 30-60 min step), a few tens of ms.
 */
export function scenePopulation(scenario: Scenario): DrawnBands[] {
  let bands = cache.get(scenario);
  if (!bands) {
    bands = computeBands({ scenario, subjects: APP_SUBJECTS, seed: APP_SEED });
    cache.set(scenario, bands);
  }
  return bands;
}
