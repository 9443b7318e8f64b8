/**
 * A lesson as pages: per scene the figure as the export draws it, the title, the caption the screen shows, the
 * sources, the caution, the scene's computed numbers and its teaching point. The slides (lessonSlides.ts) and
 * the handout (Handout.tsx) are two layouts of these pages, so they never say different things.
 */
import { SOURCES, unitFactor, type Citation } from '../../../sim';
import { cautionsFor, compoundsOnScreen } from '../caution/cautions';
import type { Lesson } from '../presentation/lesson';
import {
  defaultAnnotations,
  sceneCaption,
  sceneChart,
  sceneSimulation,
  type PresentedScene,
} from '../presentation/scenes';
import type { SceneSimulation } from '../presentation/sceneSimulation';
import { formatConc, formatDays, formatHours } from '../presentation/format';
import { storyScene } from '../presentation/story';
import { visibleView } from '../plot/model';
import { currentTranslator } from '../i18n/locale';
import { regimenCaption } from './caption';
import { sourcesOf } from './figureSpec';
import { SIZE_PRESETS } from './presets';
import { exportSvg } from './runExport';

export interface LessonPage {
  /** 1-based, as the presenter counts scenes. */
  number: number;
  title: string;
  /** The caption presentation mode shows for the scene (the teacher's words, else the computed one). */
  caption: string;
  /** What the class should take away: the story's computed caption, else the numbers in one sentence. */
  teachingPoint: string;
  /** One line per shown regimen: peak, trough, AUC and plateau, computed from the scene's scenario. */
  numbers: string[];
  /** The schedule in words ("MK-7: 90 µg every 24 h with a 20 g-fat meal, 14 days"). */
  schedule: string;
  sources: Citation[];
  /** The anticoagulant caution for each MK-7 or K1 regimen shown, word for word as the app shows it. */
  cautions: string[];
  /** The lesson asks the class to predict this scene before it is revealed. */
  predicts: boolean;
  figure: { svg: string; widthPx: number; heightPx: number; alt: string };
}

/** Whether the class predicts the scene before it is revealed (the lesson's per-scene predict settings). */
export function scenePredicts(scene: PresentedScene): boolean {
  return scene.predict !== undefined;
}

/** Peak, trough, AUC and plateau of each shown regimen, in the scene's units. */
export function sceneNumbers(sim: SceneSimulation): string[] {
  const visible = new Set(sim.scenario.display.visible);
  const units = sim.scenario.display.units;
  const days = formatDays(sim.horizonH / 24);
  return sim.regimens
    .filter((r) => visible.has(r.compound))
    .map((r) => {
      const f = unitFactor(r.compound, units);
      const m = r.metrics;
      const tr = currentTranslator();
      const parts = [
        tr.t('pres.export.numbers.peak', {
          level: formatConc(m.cmaxNgPerMl * f),
          units,
          time: formatHours(m.tmaxH),
        }),
      ];
      if (m.troughNgPerMl !== null) {
        parts.push(tr.t('pres.export.numbers.trough', { level: formatConc(m.troughNgPerMl * f), units }));
      }
      parts.push(tr.t('pres.export.numbers.auc', { auc: formatConc(m.aucNgHPerMl * f), units, days }));
      const taken = r.result.doses.filter((d) => !d.missed).length;
      const ss = m.steadyState;
      if (ss && taken > 1) {
        parts.push(
          tr.t('pres.export.numbers.plateau', {
            low: formatConc(ss.troughNgPerMl * f),
            high: formatConc(ss.peakNgPerMl * f),
            units,
            days: formatDays(ss.timeTo90PctH / 24),
          }),
        );
      }
      return tr.t('pres.export.numbers.line', { label: r.label, parts: parts.join('; ') });
    });
}

/** The story's own computed caption, or for a teacher's scene its numbers in one sentence. */
function teachingPoint(scene: PresentedScene, sim: SceneSimulation, numbers: string[]): string {
  if (scene.story) return storyScene(scene.story).caption(sim, defaultAnnotations(scene));
  return numbers.length > 0 ? numbers.join(' ') : currentTranslator().t('pres.summary.none');
}

/** One page per scene, in the lesson's order. */
export function lessonPages(lesson: Lesson): LessonPage[] {
  return lesson.scenes.map((scene, i) => {
    const sim = sceneSimulation(scene);
    const numbers = sceneNumbers(sim);
    const chart = sceneChart(scene);
    const preset = SIZE_PRESETS.slide;
    const population = scene.story !== undefined && storyScene(scene.story).population === true;
    const svg = exportSvg(scene.scenario, {
      preset: 'slide',
      density: 2,
      // The page carries its own title, caption and sources: the figure shows only its chart.
      figure: { panels: chart, title: false, footer: false },
      population,
    });
    // In the UI's language, as the handout and the slides around it are.
    const schedule = regimenCaption(scene.scenario, currentTranslator());
    return {
      number: i + 1,
      title: scene.title,
      caption: sceneCaption(scene, sim, defaultAnnotations(scene)),
      teachingPoint: teachingPoint(scene, sim, numbers),
      numbers,
      schedule,
      sources: sourcesOf(visibleView(sim.view)).map((id) => SOURCES[id]),
      cautions: cautionsFor(compoundsOnScreen(scene.scenario)).map((c) => `${c.label}: ${c.text}`),
      predicts: scenePredicts(scene),
      figure: {
        svg,
        widthPx: preset.widthPx,
        heightPx: preset.heightPx,
        alt: currentTranslator().t('pres.export.alt', { kind: chart, schedule }),
      },
    };
  });
}
