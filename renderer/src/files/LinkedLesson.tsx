import { lazy, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../i18n';
import { Loading } from '../presentation/Loading';
import type { LessonActions } from '../presentation/PresentationMode';
import { takeLinkLesson } from './shareLink';
import '../presentation/presentation.css';
import '../presentation/classMaterials.css';

const PresentationMode = lazy(() =>
  import('../presentation/PresentationMode').then((m) => ({ default: m.PresentationMode })),
);

/** Student mode has no editing controls, so none of these is ever offered; each is a no-op for the type. */
const NO_EDITING: LessonActions = {
  addScenario: (_scenario, atIndex) => atIndex,
  removeScene: () => {},
  restoreStory: () => {},
  save: () => {},
  open: async () => false,
};

/**
 * A page opened from a teacher's `#lesson=` link: the lesson starts at once in presentation mode's student mode
 * (predictions first where the lesson asks; no editing controls), over the app, which is there after Exit. A link
 * that is damaged, changed or too large is refused in one sentence at the top of the page.
 */
export default function LinkedLesson() {
  const tr = useT();
  const [outcome, setOutcome] = useState(() => takeLinkLesson());
  if (outcome === null) return null;
  if (!outcome.ok) {
    return (
      <div className="link-refused" role="alert" data-testid="lesson-link-refused">
        <p>{outcome.message}</p>
        <button type="button" onClick={() => setOutcome(null)}>
          {tr.t('pres.link.close')}
        </button>
      </div>
    );
  }
  const { lesson } = outcome;
  return createPortal(
    <Loading className="pres-loading" text={tr.t('pres.link.opening')}>
      <PresentationMode
        scenes={lesson.scenes}
        currentScenario={lesson.scenes[0]!.scenario}
        actions={NO_EDITING}
        status={null}
        onExit={() => setOutcome(null)}
        studentMode
        lessonTitle={lesson.title}
      />
    </Loading>,
    document.body,
  );
}
