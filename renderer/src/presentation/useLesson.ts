import { useCallback, useEffect, useRef, useState } from 'react';
import { parseLessonText, serializeLesson, type Lesson } from './lesson';
import { currentTranslator } from '../i18n/locale';
import { storyScenes } from './scenes';

/** Where the lesson in progress is kept between sessions (this browser profile, or the desktop app's). */
export const LESSON_STORAGE_KEY = 'k2-kinetics:lesson';
/** As the scenario's session: written once the edits pause (a title typed is one write, not one per key). */
export const LESSON_SAVE_DELAY_MS = 400;

/** The built-in lesson, in the UI's language now (shown in the next language while unedited: builtInText.ts). */
export function builtInLesson(): Lesson {
  return { title: currentTranslator().t('pres.lesson.defaultTitle'), scenes: storyScenes() };
}

export interface LessonNotice {
  text: string;
  error: boolean;
}

/** The stored lesson read as a lesson file is (validated, migrated); null when none was kept. */
export function readStoredLesson(): { lesson: Lesson } | { error: string } | null {
  let text: string | null;
  try {
    text = localStorage.getItem(LESSON_STORAGE_KEY);
  } catch (e) {
    return { error: `the browser's storage could not be read (${String(e)})` };
  }
  if (text === null) return null;
  const parsed = parseLessonText(text);
  return parsed.ok ? { lesson: parsed.lesson } : { error: parsed.error };
}

/**
 * The lesson being presented and edited, autosaved like the scenario's session: restored on start (checked and
 * migrated like a lesson file; the built-in story when there is none or it cannot be read, which is said),
 * written after each change once the edits pause. A failed write is said, not ignored.
 */
export function useLesson(onNotice: (notice: LessonNotice) => void) {
  const [initial] = useState(readStoredLesson);
  const [lesson, setLessonState] = useState<Lesson>(() =>
    initial && 'lesson' in initial ? initial.lesson : builtInLesson(),
  );
  const changed = useRef(false);
  const notice = useRef(onNotice);
  useEffect(() => {
    notice.current = onNotice;
  }, [onNotice]);

  useEffect(() => {
    if (initial && 'error' in initial)
      notice.current({
        text: currentTranslator().t('pres.lesson.notRestored', { error: initial.error }),
        error: true,
      });
  }, [initial]);

  const setLesson = useCallback((update: Lesson | ((lesson: Lesson) => Lesson)) => {
    changed.current = true;
    setLessonState(update);
  }, []);

  useEffect(() => {
    if (!changed.current) return;
    const timer = setTimeout(() => {
      try {
        localStorage.setItem(LESSON_STORAGE_KEY, serializeLesson(lesson));
      } catch (e) {
        notice.current({
          text: currentTranslator().t('pres.lesson.notKept', { error: String(e) }),
          error: true,
        });
      }
    }, LESSON_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [lesson]);

  return [lesson, setLesson] as const;
}
