import { pseudoMessage } from '../../../sim/i18n';
import { currentTranslator } from '../i18n/locale';
import { RENDERER_MESSAGES, type RendererMessageId } from '../i18n/messages';
import type { Scenario } from '../../../sim';
import type { Lesson } from './lesson';

/**
 * A lesson stores its words as typed, and the built-in story's words as they were when it was made (a story
 * scene's title, the lesson's default title, the clinical regimen's label). While such a stored text is still
 * the built-in text of message `id` in any language the app speaks, the user has not edited it, so it is shown
 * in the UI's language now: a lesson saved in German reads English on an English screen. Anything else the
 * user typed is shown exactly as typed. (Story captions are not stored at all unless the teacher writes one:
 * the computed caption is always in the UI's language.)
 * @example followLanguage('Eine vergessene Dosis', 'pres.story.missed-dose.title') // => 'A missed dose' (UI in English)
 */
export function followLanguage(stored: string, id: RendererMessageId): string {
  return builtIn(id).has(stored) ? currentTranslator().t(id) : stored;
}

const known = new Map<RendererMessageId, ReadonlySet<string>>();
function builtIn(id: RendererMessageId): ReadonlySet<string> {
  let texts = known.get(id);
  if (!texts) {
    const all: readonly string[] = RENDERER_MESSAGES[id];
    // The test-only pseudo-locale writes its own form of the English text.
    texts = new Set([...all, pseudoMessage(all[0]!)]);
    known.set(id, texts);
  }
  return texts;
}

/**
 * The lesson as shown: its built-in words (lesson title, story titles, the clinical regimen's label) in the UI's
 * language while unedited (followLanguage); the teacher's own words as typed. A scene whose words need no change
 * keeps its scenario object, so its cached simulation is kept too.
 */
export function localizeLesson(lesson: Lesson): Lesson {
  return {
    title: followLanguage(lesson.title, 'pres.lesson.defaultTitle'),
    scenes: lesson.scenes.map((scene) => {
      const title = scene.story
        ? followLanguage(scene.title, `pres.story.${scene.story}.title`)
        : scene.title;
      const scenario = relabeled(scene.scenario);
      if (title === scene.title && scenario === scene.scenario) return scene;
      return { ...scene, title, scenario };
    }),
  };
}

/** Relabelled scenarios by original and language: the same object each time, so each is simulated once. */
const relabelledCache = new WeakMap<Scenario, Map<string, Scenario>>();

/** The scenario with its built-in regimen labels in the UI's language (the same object when none changes). */
function relabeled(scenario: Scenario): Scenario {
  const labels = scenario.regimens.map((r) =>
    r.label === undefined ? undefined : followLanguage(r.label, 'pres.story.mk4ClinicalLabel'),
  );
  if (labels.every((label, i) => label === scenario.regimens[i]!.label)) return scenario;
  const language = currentTranslator().language;
  let byLanguage = relabelledCache.get(scenario);
  if (!byLanguage) relabelledCache.set(scenario, (byLanguage = new Map()));
  let out = byLanguage.get(language);
  if (!out) {
    out = {
      ...scenario,
      regimens: scenario.regimens.map((r, i) => {
        const label = labels[i];
        return label === undefined ? r : { ...r, label };
      }),
    };
    byLanguage.set(language, out);
  }
  return out;
}
