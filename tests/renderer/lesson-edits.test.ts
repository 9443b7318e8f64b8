/** The lesson editor's edits (presentation/lessonEdits.ts): order, copies and deletions of scenes, by title. */
import { describe, expect, it } from 'vitest';
import { parseLessonText, serializeLesson, type Lesson } from '../../renderer/src/presentation/lesson';
import {
  deleteScene,
  duplicateScene,
  moveScene,
  renameLesson,
  updateScene,
} from '../../renderer/src/presentation/lessonEdits';
import { storyScenes } from '../../renderer/src/presentation/scenes';

const lesson = (): Lesson => ({ title: 'L', scenes: storyScenes().slice(0, 4) });
const titles = (l: Lesson) => l.scenes.map((s) => s.story);

describe('lesson edits', () => {
  it('moves a scene up, down, to the ends, and ignores moves off the list', () => {
    const l = lesson();
    expect(titles(moveScene(l, 2, 1))).toEqual(['single-dose', 'fat', 'daily-plateau', 'tissue']);
    expect(titles(moveScene(l, 0, 3))).toEqual(['daily-plateau', 'fat', 'tissue', 'single-dose']);
    expect(titles(moveScene(l, 3, 0))).toEqual(['tissue', 'single-dose', 'daily-plateau', 'fat']);
    expect(moveScene(l, 0, -1)).toBe(l);
    expect(moveScene(l, 3, 4)).toBe(l);
    // Moving and moving back is the same lesson.
    expect(moveScene(moveScene(l, 1, 3), 3, 1)).toEqual(l);
  });

  it('duplicates a scene right after itself, as an independent copy', () => {
    const l = lesson();
    const d = duplicateScene(l, 1);
    expect(d.scenes.map((s) => s.title)).toEqual([
      l.scenes[0]!.title,
      l.scenes[1]!.title,
      `${l.scenes[1]!.title} (copy)`,
      l.scenes[2]!.title,
      l.scenes[3]!.title,
    ]);
    expect(d.scenes[2]!.scenario).toEqual(l.scenes[1]!.scenario);
    expect(d.scenes[2]!.scenario).not.toBe(l.scenes[1]!.scenario);
  });

  it('deletes a scene but never the last one', () => {
    const l = lesson();
    expect(titles(deleteScene(l, 0))).toEqual(['daily-plateau', 'fat', 'tissue']);
    const one: Lesson = { title: 'x', scenes: [l.scenes[0]!] };
    expect(deleteScene(one, 0)).toBe(one);
  });

  it('renames, sets a caption and a prediction, and clears them; the result saves and opens', () => {
    let l = renameLesson(lesson(), 'Class 9B');
    l = updateScene(l, 1, {
      title: 'Guess first',
      caption: 'Peak {peak}',
      predict: { hide: 'curve', allowReveal: true },
    });
    expect(l.title).toBe('Class 9B');
    expect(l.scenes[1]).toMatchObject({
      title: 'Guess first',
      caption: 'Peak {peak}',
      predict: { hide: 'curve' },
    });
    const cleared = updateScene(l, 1, { caption: undefined, predict: undefined });
    expect('caption' in cleared.scenes[1]!).toBe(false);
    expect('predict' in cleared.scenes[1]!).toBe(false);
    const back = parseLessonText(serializeLesson(l));
    if (!back.ok) throw new Error(back.error);
    expect(back.lesson.title).toBe('Class 9B');
    expect(back.lesson.scenes[1]).toMatchObject({
      title: 'Guess first',
      caption: 'Peak {peak}',
      predict: { hide: 'curve', allowReveal: true },
    });
  });
});
