import { unitFactor, type Scenario } from '../../../sim';
import { scenarioTitle } from '../../../sim/scenario/describe';
import { formatConc, formatDays, formatHours } from './format';
import { simulateScene, type SceneSimulation } from './sceneSimulation';
import { STORY, storyScene, type AnnotationSettings, type SceneChart, type StorySceneId } from './story';

/** One step of a presentation: a built-in story scene or one the teacher added. */
export interface PresentedScene {
  title: string;
  scenario: Scenario;
  /** Set for the built-in story scenes: brings back their computed caption and published observations. */
  story?: StorySceneId;
  /** The teacher's own words; replaces the computed caption. */
  caption?: string;
}

/** The six built-in scenes as a presentation. */
export function storyScenes(): PresentedScene[] {
  return STORY.map((s) => ({ title: s.title, scenario: structuredClone(s.scenario), story: s.id }));
}

/** Default annotation switches for a scene: the story's own, else dose markers only. */
export function defaultAnnotations(scene: PresentedScene): AnnotationSettings {
  if (scene.story) return { ...storyScene(scene.story).annotations };
  return { halfLife: false, steadyState: false, threshold: false, doses: true, thresholdNgPerMl: 1 };
}

/** Tissue chart for the tissue story; plasma otherwise. */
export function sceneChart(scene: PresentedScene): SceneChart {
  return scene.story ? storyScene(scene.story).chart : 'plasma';
}

/** The caption on screen: the teacher's text, else the story's, else a summary computed for any scenario. */
export function sceneCaption(
  scene: PresentedScene,
  sim: SceneSimulation,
  settings: AnnotationSettings,
): string {
  const teacher = scene.caption?.trim();
  if (teacher) return teacher;
  if (scene.story) return storyScene(scene.story).caption(sim, settings);
  return summaryCaption(sim);
}

/**
 * "MK-7: peak 2.2 ng/mL after 5 h, plateau 1.7–2.1 ng/mL (90% after 9.4 days)." for each visible regimen, in
 * the scene's units (a scene added from an nmol/L view speaks nmol/L).
 */
export function summaryCaption(sim: SceneSimulation): string {
  const visible = new Set(sim.scenario.display.visible);
  const units = sim.scenario.display.units;
  const parts = sim.regimens
    .filter((r) => visible.has(r.compound))
    .map((r) => {
      const f = unitFactor(r.compound, units);
      const ss = r.metrics.steadyState;
      const doses = r.result.doses.filter((d) => !d.missed).length;
      const plateau =
        ss && doses > 1
          ? `, plateau ${formatConc(ss.troughNgPerMl * f)}–${formatConc(ss.peakNgPerMl * f)} ${units} (90% after ${formatDays(ss.timeTo90PctH / 24)})`
          : '';
      return `${r.label}: peak ${formatConc(r.metrics.cmaxNgPerMl * f)} ${units} after ${formatHours(r.metrics.tmaxH)}${plateau}.`;
    });
  return parts.length > 0 ? parts.join(' ') : 'No compound is shown in this scene.';
}

/** A scene from whatever the main window shows now. */
export function sceneFromScenario(scenario: Scenario, title?: string): PresentedScene {
  return { title: title ?? scenarioTitle(scenario), scenario: structuredClone(scenario) };
}

/** Simulation of a scene, cached by scenario identity (scenes are immutable once built). */
const cache = new WeakMap<Scenario, SceneSimulation>();
export function sceneSimulation(scene: PresentedScene): SceneSimulation {
  let sim = cache.get(scene.scenario);
  if (!sim) {
    sim = simulateScene(scene.scenario);
    cache.set(scene.scenario, sim);
  }
  return sim;
}
