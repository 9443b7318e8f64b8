/**
 * K2 Kinetics simulation core: pure TypeScript, no DOM, Node or Electron. Shared by the app, web workers,
 * the command line and the tests.
 */
export * from './model/types';
export {
  bioavailabilityFor,
  doseBioavailability,
  fatMultiplier,
  presystemicFraction,
} from './model/bioavailability';
export { expDividedDifference } from './math/dividedDifference';
export { transitionMatrix, applyTransition, type ChainCompartment } from './model/linearChain';
export { vitaminKChain, STATE } from './model/vitaminKModel';
export { statesAt } from './model/propagate';
export * from './presets/compounds';
export * from './presets/sources';
export * from './presets/observations';
export * from './regimen/regimen';
export { simulate, outputGrid, type SimulationInput, type SimulationResult, type Intake } from './simulate';
export * from './readouts';
export * from './units';
export * from './metrics/exact';
export * from './metrics/steadyState';
export * from './metrics/regimenMetrics';
export * from './scenario/schema';
export * from './scenario/parse';
export { MIGRATIONS } from './scenario/migrations';
export * from './regimen/simulateRegimen';
export { toRegimen } from './scenario/toRegimen';
export { defaultScenario } from './scenario/defaultScenario';
export * from './downsample';
export * from './view/scenarioView';
export * from './view/viewBlocks';
export { formatSignificant } from './significant';
export * from './scenario/limits';
export * from './scenario/work';
export * from './scenario/savedText';
export * from './presets/regimens';
export * from './presets/variability';
export { FAT_FIT_SETTINGS } from './presets/fatFit';
export * from './model/fatEffectFit';
export * from './random/mulberry32';
export * from './population/percentiles';
export * from './population/simulatePopulation';
export * from './population/populationView';
export * from './presets/sensitivity';
export * from './sensitivity/sensitivity';
export * from './presets/anticoagulant';
export * from './text/sentence';
export * from './text/jsonSyntax';
export * from './text/boundedJson';
export * from './text/megabytes';
export * from './i18n';
