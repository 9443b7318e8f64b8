import { currentTranslator } from '../i18n/locale';
import type { ComponentType } from 'react';
import type { Lesson } from './lesson';

/** The slides and the handout, built by the export code (renderer/src/export/lessonMaterials.ts). */
export interface LessonMaterials {
  /** Builds the .pptx and saves it (native dialog, or a download); resolves to a sentence for the status line. */
  saveLessonSlides(lesson: Lesson): Promise<string>;
  Handout: ComponentType<{ lesson: Lesson; onClose: () => void }>;
}

let load: (() => Promise<LessonMaterials>) | null = null;

/**
 * The export code sits above presentation mode in the renderer's layers (scripts/lint/importLayers.js), so the
 * app hands presentation mode a loader for it once at start (main.tsx); it is fetched on first use only.
 */
export function provideLessonMaterials(loader: () => Promise<LessonMaterials>): void {
  load = loader;
}

export function loadLessonMaterials(): Promise<LessonMaterials> {
  if (!load) return Promise.reject(new Error(currentTranslator().t('pres.materials.unavailable')));
  return load();
}
