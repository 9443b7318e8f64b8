import { currentTranslator } from '../i18n/locale';
import type { Lesson } from './lesson';
import { MAX_LESSON_SCENES } from './lesson';
import type { PresentedScene } from './scenes';

/**
 * The lesson editor's edits, as pure functions of the lesson (so each is tested without a browser, and the
 * autosave sees one new lesson per edit). Indexes out of range leave the lesson as it was.
 */

export function renameLesson(lesson: Lesson, title: string): Lesson {
  return { ...lesson, title };
}

export function updateScene(lesson: Lesson, index: number, change: Partial<PresentedScene>): Lesson {
  if (!lesson.scenes[index]) return lesson;
  const scenes = lesson.scenes.map((s, i) => {
    if (i !== index) return s;
    const next: PresentedScene = { ...s, ...change };
    // An emptied caption goes back to the computed one; no key left holding undefined.
    for (const key of ['caption', 'predict', 'annotations'] as const)
      if (next[key] === undefined) delete next[key];
    return next;
  });
  return { ...lesson, scenes };
}

/** Moves the scene at `from` so it ends at `to`. */
export function moveScene(lesson: Lesson, from: number, to: number): Lesson {
  const n = lesson.scenes.length;
  if (from < 0 || from >= n || to < 0 || to >= n || from === to) return lesson;
  const scenes = [...lesson.scenes];
  const [moved] = scenes.splice(from, 1);
  scenes.splice(to, 0, moved!);
  return { ...lesson, scenes };
}

/** A copy right after the original, titled "… (copy)"; its scenario is a copy too. */
export function duplicateScene(lesson: Lesson, index: number): Lesson {
  const scene = lesson.scenes[index];
  if (!scene || lesson.scenes.length >= MAX_LESSON_SCENES) return lesson;
  const copy: PresentedScene = {
    ...structuredClone(scene),
    title: currentTranslator().t('pres.edit.copyTitle', { title: scene.title }).slice(0, 200),
  };
  const scenes = [...lesson.scenes];
  scenes.splice(index + 1, 0, copy);
  return { ...lesson, scenes };
}

/** The last scene stays: a lesson has at least one. */
export function deleteScene(lesson: Lesson, index: number): Lesson {
  if (lesson.scenes.length <= 1 || !lesson.scenes[index]) return lesson;
  return { ...lesson, scenes: lesson.scenes.filter((_, i) => i !== index) };
}
