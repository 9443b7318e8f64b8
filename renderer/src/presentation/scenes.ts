import { unitFactor, type Scenario } from '../../../sim';
import { scenarioTitle } from '../../../sim/scenario/describe';
import { captionText, parseCaption, placeholderValues, type CaptionPart } from './captionPlaceholders';
import { currentTranslator } from '../i18n/locale';
import { formatConc, formatDays, formatHours } from './format';
import { simulateScene, type SceneSimulation } from './sceneSimulation';
import { STORY, storyScene, type AnnotationSettings, type SceneChart, type StorySceneId } from './story';

/** One step of a presentation: a built-in story scene or one the teacher added. */
export interface PresentedScene {
  title: string;
  scenario: Scenario;
  /** Set for the built-in story scenes: brings back their computed caption and published observations. */
  story?: StorySceneId;
  /**
   * The teacher's own words; replaces the computed caption. May hold live numbers as placeholders ({peak},
   * {trough}, {halfLife}...: see captionPlaceholders.ts); `{{` and `}}` are literal braces.
   */
  caption?: string;
  /** Set when the class predicts this scene before it is revealed (lesson version 2). */
  predict?: ScenePredict;
  /** The annotation switches the scene opens with; the scene's defaults when absent (lesson version 2). */
  annotations?: AnnotationSettings;
}

/** What stays hidden while the class predicts. Numbers (caption, annotations, observations) always are. */
export type PredictHide = 'curve' | 'future' | 'numbers';
export const PREDICT_HIDE_OPTIONS: readonly PredictHide[] = ['curve', 'future', 'numbers'];
/** Typed guesses a prediction scene can ask for. */
export type PredictGuess = 'peakTime' | 'peakLevel' | 'daysToPlateau';
export const PREDICT_GUESSES: readonly PredictGuess[] = ['peakTime', 'peakLevel', 'daysToPlateau'];

/** A scene's prediction settings. */
export interface ScenePredict {
  /** 'curve': every curve hidden; 'future': hidden after `fromDays`; 'numbers': the curve shows, its numbers do not. */
  hide: PredictHide;
  /** For 'future': the curves show up to this day (from the start of the run). */
  fromDays?: number;
  /** Whether Next reveals the real curve; when false the scene stays a prediction (discussed, not shown). */
  allowReveal: boolean;
  /** The typed guesses asked for, besides the sketch. */
  guesses?: PredictGuess[];
}

/** The hidden span of a prediction scene in hours, within the run. */
export function hiddenSpanH(predict: ScenePredict, horizonH: number): { fromH: number; toH: number } {
  const fromH = predict.hide === 'future' ? Math.min(horizonH, Math.max(0, (predict.fromDays ?? 0) * 24)) : 0;
  return { fromH, toH: horizonH };
}

/** The six built-in scenes as a presentation. */
export function storyScenes(): PresentedScene[] {
  return STORY.map((s) => ({ title: s.title, scenario: structuredClone(s.scenario), story: s.id }));
}

/** Annotation switches a scene opens with: the lesson's, else the story's own, else dose markers only. */
export function defaultAnnotations(scene: PresentedScene): AnnotationSettings {
  if (scene.annotations) return { ...scene.annotations };
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
  return captionText(sceneCaptionParts(scene, sim, settings));
}

/** The caption in parts: a teacher's placeholders filled with the scene's numbers, unknown ones marked. */
export function sceneCaptionParts(
  scene: PresentedScene,
  sim: SceneSimulation,
  settings: AnnotationSettings,
): CaptionPart[] {
  const teacher = scene.caption?.trim();
  if (teacher) return parseCaption(teacher, placeholderValues(sim));
  const text = scene.story ? storyScene(scene.story).caption(sim, settings) : summaryCaption(sim);
  return [{ kind: 'text', text }];
}

/**
 * "MK-7: peak 2.2 ng/mL after 5 h, plateau 1.7–2.1 ng/mL (90% after 9.4 days)." for each visible regimen, in
 * the scene's units (a scene added from an nmol/L view speaks nmol/L).
 */
export function summaryCaption(sim: SceneSimulation): string {
  const visible = new Set(sim.scenario.display.visible);
  const units = sim.scenario.display.units;
  const tr = currentTranslator();
  const parts = sim.regimens
    .filter((r) => visible.has(r.compound))
    .map((r) => {
      const f = unitFactor(r.compound, units);
      const ss = r.metrics.steadyState;
      const doses = r.result.doses.filter((d) => !d.missed).length;
      const plateau =
        ss && doses > 1
          ? tr.t('pres.summary.plateau', {
              low: formatConc(ss.troughNgPerMl * f),
              high: formatConc(ss.peakNgPerMl * f),
              units,
              days: formatDays(ss.timeTo90PctH / 24),
            })
          : '';
      return tr.t('pres.summary.regimen', {
        label: r.label,
        peak: formatConc(r.metrics.cmaxNgPerMl * f),
        units,
        time: formatHours(r.metrics.tmaxH),
        plateau,
      });
    });
  // Japanese joins sentences without a space.
  return parts.length > 0 ? parts.join(tr.locale.startsWith('ja') ? '' : ' ') : tr.t('pres.summary.none');
}

/** A scene from whatever the main window shows now. */
export function sceneFromScenario(scenario: Scenario, title?: string): PresentedScene {
  return { title: title ?? scenarioTitle(scenario), scenario: structuredClone(scenario) };
}

/**
 * Simulation of a scene, cached by scenario identity (scenes are immutable once built) and the UI's language
 * its labels are written in.
 */
const cache = new WeakMap<Scenario, SceneSimulation>();
export function sceneSimulation(scene: PresentedScene): SceneSimulation {
  const tr = currentTranslator();
  let sim = cache.get(scene.scenario);
  if (!sim || sim.locale !== tr.locale) {
    sim = simulateScene(scene.scenario, tr);
    cache.set(scene.scenario, sim);
  }
  return sim;
}
