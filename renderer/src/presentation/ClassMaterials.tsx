import { lazy, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { getBridge } from '../bridge';
import type { Lesson } from './lesson';
import type { PresentedScene } from './scenes';
import { loadLessonMaterials } from './lessonMaterials';
import { Loading } from './Loading';
import { ShareLesson } from './ShareLesson';
import './classMaterials.css';
import { useT } from '../i18n';

const Handout = lazy(() => loadLessonMaterials().then((m) => ({ default: m.Handout })));

export interface ClassMaterialsProps {
  title: string;
  scenes: readonly PresentedScene[];
  sceneIndex: number;
}

/**
 * Presentation mode's "the lesson beyond the projector": Share with the class (a link and QR code, browser version
 * only: the desktop app has no web address to share), the slides (.pptx) and the handout (PDF). The dialogs open
 * inside presentation mode's own element, so its focus trap and Esc work as for its other controls.
 */
export function ClassMaterials({ title, scenes, sceneIndex }: ClassMaterialsProps) {
  const tr = useT();
  const lesson: Lesson = useMemo(() => ({ title, scenes: [...scenes] }), [title, scenes]);
  const groupRef = useRef<HTMLDivElement>(null);
  // Where the dialog goes: presentation mode's element, found from the buttons when one is clicked.
  const [open, setOpen] = useState<{ kind: 'share' | 'handout'; host: HTMLElement } | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const browser = getBridge().kind === 'browser';
  const show = (kind: 'share' | 'handout') =>
    setOpen({ kind, host: groupRef.current?.closest<HTMLElement>('.presentation') ?? document.body });
  const close = () => {
    setOpen(null);
    groupRef.current?.querySelector('button')?.focus();
  };

  const slides = async (): Promise<void> => {
    setBusy(true);
    setStatus({ text: tr.t('pres.materials.making', { n: lesson.scenes.length }), error: false });
    try {
      const { saveLessonSlides } = await loadLessonMaterials();
      setStatus({ text: await saveLessonSlides(lesson), error: false });
    } catch (e) {
      setStatus({ text: e instanceof Error ? e.message : String(e), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="pres-group" ref={groupRef} role="group" aria-label={tr.t('pres.materials.group')}>
      {browser && (
        <button type="button" onClick={() => show('share')} data-testid="share-button">
          {tr.t('pres.materials.share')}
        </button>
      )}
      <button type="button" onClick={() => void slides()} disabled={busy}>
        {tr.t('pres.materials.slides')}
      </button>
      <button type="button" onClick={() => show('handout')} data-testid="handout-button">
        {tr.t('pres.materials.handout')}
      </button>
      {status && (
        <span
          className={status.error ? 'pres-status pres-error' : 'pres-status'}
          role="status"
          data-testid="materials-status"
        >
          {status.text}
        </span>
      )}
      {open?.kind === 'share' &&
        createPortal(<ShareLesson lesson={lesson} sceneIndex={sceneIndex} onClose={close} />, open.host)}
      {open?.kind === 'handout' &&
        createPortal(
          <Loading className="handout" text={tr.t('pres.materials.preparing')}>
            <Handout lesson={lesson} onClose={close} />
          </Loading>,
          open.host,
        )}
    </div>
  );
}
