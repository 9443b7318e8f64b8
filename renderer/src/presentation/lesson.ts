import { z } from 'zod';
import { builtOnFirstUse } from '../../../sim/builtOnFirstUse';
import { MAX_LESSON_BYTES } from '../../../sim/ipc/contract';
import {
  COMPOUND_PRESETS,
  describeScenarioIssues,
  MAX_SCENARIO_DEPTH,
  parseBoundedJson,
  parseScenario,
  serializeScenario,
  type CompoundId,
  type Scenario,
  type ScenarioRegimen,
} from '../../../sim';
import { escapeCaption } from './captionPlaceholders';
import { PREDICT_GUESSES, PREDICT_HIDE_OPTIONS, type PresentedScene } from './scenes';
import { STORY_SCENE_IDS, type StorySceneId } from './story';
import { THRESHOLD_LIMIT } from '../controls/bounds';
import { formatNumberIn } from '../../../sim/i18n/format';
import { currentTranslator, type AppTranslator } from '../i18n/locale';

/** A teacher's sequence of scenes, saved as JSON. Older versions are migrated here, as scenarios are in sim/. */
export const LESSON_FORMAT = 'k2-kinetics-lesson';
/**
 * 1: title, caption, story, scenario per scene.
 * 2: per scene `predict` (prediction settings) and `annotations`; captions are templates with `{placeholder}`
 *    numbers, so version 1 captions have their braces doubled when read (they meant literal braces).
 */
export const LESSON_VERSION = 2;
/** A lesson holds a few dozen scenarios of a few kB each; the limit lives in the contract, main checks it too. */
export { MAX_LESSON_BYTES };
export const MAX_LESSON_SCENES = 100;

/** The file's shape; each scene's scenario is checked (and migrated) by the simulation's own scenario parser. */
export const lessonSchema = builtOnFirstUse(() =>
  z
    .object({
      format: z.literal(LESSON_FORMAT),
      version: z.literal(LESSON_VERSION),
      title: z.string().max(200).default('Untitled lesson'),
      scenes: z
        .array(
          z
            .object({
              title: z.string().min(1).max(200),
              caption: z.string().max(2000).optional(),
              story: z.enum(STORY_SCENE_IDS).optional(),
              predict: z
                .object({
                  hide: z.enum(PREDICT_HIDE_OPTIONS as [PredictHideName, ...PredictHideName[]]),
                  fromDays: z.number().finite().min(0).optional(),
                  allowReveal: z.boolean(),
                  guesses: z
                    .array(z.enum(PREDICT_GUESSES as [PredictGuessName, ...PredictGuessName[]]))
                    .max(PREDICT_GUESSES.length)
                    .optional(),
                })
                .strict()
                .optional(),
              annotations: z
                .object({
                  halfLife: z.boolean(),
                  steadyState: z.boolean(),
                  threshold: z.boolean(),
                  doses: z.boolean(),
                  thresholdNgPerMl: z.number().finite().positive().max(THRESHOLD_LIMIT.max),
                })
                .strict()
                .optional(),
              scenario: z.unknown(),
            })
            .strict(),
        )
        .min(1)
        .max(MAX_LESSON_SCENES),
    })
    .strict(),
);

type PredictHideName = (typeof PREDICT_HIDE_OPTIONS)[number];
type PredictGuessName = (typeof PREDICT_GUESSES)[number];

/**
 * Lesson migrations, from version n to n + 1 (index n − 1), on the raw document before the schema check.
 * 1 -> 2: captions became templates; a version 1 caption's braces were literal, so they are doubled.
 */
export const LESSON_MIGRATIONS: readonly ((doc: Record<string, unknown>) => Record<string, unknown>)[] = [
  (doc) => ({
    ...doc,
    version: 2,
    scenes: Array.isArray(doc['scenes'])
      ? doc['scenes'].map((scene: unknown) => {
          if (typeof scene !== 'object' || scene === null) return scene;
          const caption = (scene as { caption?: unknown }).caption;
          return typeof caption === 'string' ? { ...scene, caption: escapeCaption(caption) } : scene;
        })
      : doc['scenes'],
  }),
];

export interface Lesson {
  title: string;
  scenes: PresentedScene[];
}

export type LessonParseResult = { ok: true; lesson: Lesson } | { ok: false; error: string };

/** Reads a lesson file's text: size, JSON, format, version, then every scene's scenario. Errors name the field. */
export function parseLessonText(text: string, tr: AppTranslator = currentTranslator()): LessonParseResult {
  if (text.length > MAX_LESSON_BYTES) {
    return {
      ok: false,
      error: tr.t('pres.lessonFile.tooLarge', { count: formatNumberIn(tr.locale, text.length) }),
    };
  }
  if (text.trim() === '') return { ok: false, error: tr.t('pres.lessonFile.empty') };
  // A lesson nests each scene's scenario three levels down (lesson, scenes, scene).
  const json = parseBoundedJson(text, 'lesson', MAX_SCENARIO_DEPTH + 3, tr);
  if (!json.ok) return json;
  const data = json.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: tr.t('pres.lessonFile.notObject') };
  }
  const doc = data as Record<string, unknown>;
  if (doc['format'] !== LESSON_FORMAT) {
    const scenario = String(doc['format'] === 'k2-kinetics-scenario');
    return { ok: false, error: tr.t('pres.lessonFile.format', { format: LESSON_FORMAT, scenario }) };
  }
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: tr.t('pres.lessonFile.version') };
  }
  if (version > LESSON_VERSION) {
    return { ok: false, error: tr.t('pres.lessonFile.newer', { version, max: LESSON_VERSION }) };
  }
  let current = doc;
  for (let v = version; v < LESSON_VERSION; v++) current = LESSON_MIGRATIONS[v - 1]!(current);
  const parsed = lessonSchema.safeParse(current);
  if (!parsed.success) return { ok: false, error: describeScenarioIssues(parsed.error, current, tr) };
  const scenes: PresentedScene[] = [];
  for (const [i, scene] of parsed.data.scenes.entries()) {
    const scenario = parseScenario(scene.scenario, tr);
    if (!scenario.ok) {
      return { ok: false, error: tr.t('pres.lessonFile.sceneScenario', { n: i + 1, error: scenario.error }) };
    }
    if (scene.story !== undefined) {
      const problem = storySceneProblem(scene.story, scenario.scenario, i + 1, tr);
      if (problem !== null) return { ok: false, error: problem };
    }
    const predict = scene.predict;
    if (predict && scene.story === 'tissue') {
      return {
        ok: false,
        error: tr.t('pres.lessonFile.tissuePredict', { scene: sceneName('tissue', i + 1, tr) }),
      };
    }
    if (predict?.hide === 'future') {
      const horizon = scenario.scenario.horizonDays;
      if (predict.fromDays === undefined || !(predict.fromDays < horizon)) {
        return {
          ok: false,
          error: tr.t('pres.lessonFile.futureFrom', {
            n: i + 1,
            horizon: formatNumberIn(tr.locale, horizon),
          }),
        };
      }
    }
    scenes.push({
      title: scene.title,
      scenario: scenario.scenario,
      ...(scene.caption !== undefined ? { caption: scene.caption } : {}),
      ...(scene.story !== undefined ? { story: scene.story } : {}),
      ...(predict !== undefined
        ? {
            predict: {
              hide: predict.hide,
              allowReveal: predict.allowReveal,
              ...(predict.fromDays !== undefined ? { fromDays: predict.fromDays } : {}),
              ...(predict.guesses ? { guesses: [...new Set(predict.guesses)] } : {}),
            },
          }
        : {}),
      ...(scene.annotations !== undefined ? { annotations: { ...scene.annotations } } : {}),
    });
  }
  return { ok: true, lesson: { title: parsed.data.title, scenes } };
}

/**
 * What each built-in story scene reads from its scenario (renderer/src/presentation/story.ts): the first
 * regimen of each compound it names, whether that regimen must have regular doses (a plateau), meal fat
 * with the fat comparison on, or a missed dose. A lesson may pair a story with any scenario, so these are
 * checked when the lesson is opened: a scene that cannot be drawn is refused by name, instead of throwing
 * while the projector shows it.
 */
interface StoryNeeds {
  compounds: CompoundId[];
  regularDoses?: CompoundId[];
  fatComparison?: CompoundId;
  missedDose?: CompoundId;
}

export const STORY_NEEDS: Record<StorySceneId, StoryNeeds> = {
  'single-dose': { compounds: ['mk4', 'mk7'] },
  'daily-plateau': { compounds: ['mk7'], regularDoses: ['mk7'] },
  fat: { compounds: ['mk7'], regularDoses: ['mk7'], fatComparison: 'mk7' },
  tissue: { compounds: ['mk4', 'mk7'] },
  'missed-dose': { compounds: ['mk7', 'k1'], missedDose: 'mk7' },
  'k1-vs-mk7': { compounds: ['k1', 'mk7'], regularDoses: ['k1', 'mk7'] },
  variation: { compounds: ['mk7'] },
  'mk4-milligrams': { compounds: ['mk4', 'mk7'], regularDoses: ['mk7'] },
};

const label = (compound: CompoundId) => COMPOUND_PRESETS[compound].label;

/** "Scene 1 (one dose of MK-4 vs MK-7)": the scene by number and, in the user's words, what it shows. */
function sceneName(story: StorySceneId, sceneNumber: number, tr: AppTranslator): string {
  const about = tr.t('pres.lessonFile.about', { story: story.replace(/-/g, '_') });
  return tr.t('pres.lessonFile.scene', { n: sceneNumber, about });
}

/**
 * Null when the scenario gives the story scene everything it reads, else a sentence naming the scene and
 * what is missing, in `tr`'s language. `sceneNumber` is 1-based, as the presenter counts scenes.
 * @example storySceneProblem('single-dose', k1Only, 1)
 * // 'Scene 1 (one dose of MK-4 vs MK-7) needs an MK-4 regimen; this lesson's scene has only K1.'
 */
export function storySceneProblem(
  story: StorySceneId,
  scenario: Scenario,
  sceneNumber: number,
  tr: AppTranslator = currentTranslator(),
): string | null {
  const needs = STORY_NEEDS[story];
  const scene = sceneName(story, sceneNumber, tr);
  const first = (compound: CompoundId): ScenarioRegimen | undefined =>
    scenario.regimens.find((r) => r.compound === compound);
  const present = tr.list([...new Set(scenario.regimens.map((r) => label(r.compound)))]);
  for (const compound of needs.compounds) {
    if (!first(compound)) {
      return tr.t('pres.lessonFile.needsRegimen', { scene, compound, label: label(compound), present });
    }
  }
  for (const compound of needs.regularDoses ?? []) {
    const regimen = first(compound)!;
    // Mirrors regimenMetrics: a steady state exists only for repeated doses of a positive amount (not one dose).
    if (regimen.doseCount === 0 || regimen.doseCount === 1 || regimen.doseUg <= 0) {
      const has = regimen.doseCount === 1 && regimen.doseUg > 0 ? 'one' : 'none';
      return tr.t('pres.lessonFile.needsRegular', { scene, label: label(compound), has });
    }
  }
  if (needs.fatComparison !== undefined) {
    const regimen = first(needs.fatComparison)!;
    if (!scenario.display.compareFat || regimen.fatG <= 0) {
      return tr.t('pres.lessonFile.needsFat', { scene, label: label(needs.fatComparison) });
    }
  }
  if (needs.missedDose !== undefined && first(needs.missedDose)!.missedDoses.length === 0) {
    return tr.t('pres.lessonFile.needsMissed', { scene, label: label(needs.missedDose) });
  }
  return null;
}

/** Pretty-printed JSON with a trailing newline; scenarios written exactly as scenario files are. */
export function serializeLesson(lesson: Lesson): string {
  const doc = {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    title: lesson.title,
    scenes: lesson.scenes.map((s) => ({
      title: s.title,
      ...(s.caption ? { caption: s.caption } : {}),
      ...(s.story ? { story: s.story } : {}),
      ...(s.predict ? { predict: s.predict } : {}),
      ...(s.annotations ? { annotations: s.annotations } : {}),
      scenario: JSON.parse(serializeScenario(s.scenario)) as unknown,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A file name from the lesson title: "Vitamin K in class" -> "vitamin-k-in-class.k2lesson.json". */
export function lessonFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'lesson'}.k2lesson.json`;
}
