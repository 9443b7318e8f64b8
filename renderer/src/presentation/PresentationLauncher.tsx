import { lazy, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Scenario } from '../../../sim';
import { scenarioTitle } from '../../../sim/scenario/describe';
import { getBridge } from '../bridge';
import { useLaunchedFiles } from '../bridge/useLaunchedFiles';
import { lessonFileName, parseLessonText, serializeLesson } from './lesson';
import { Loading } from './Loading';
import type { LessonActions } from './PresentationMode';
import { sceneFromScenario, storyScenes, type PresentedScene } from './scenes';
import { useLesson } from './useLesson';
import './presentation.css';
import { currentTranslator, useT } from '../i18n';
import { localizeLesson } from './builtInText';
import { useFirstPaintDone } from '../start/AfterFirstPaint';

// The presentation's chart, scenes' simulations and controls load when it first opens: the first chart of
// the app does not wait for them.
const PresentationMode = lazy(() =>
  import('./PresentationMode').then((m) => ({ default: m.PresentationMode })),
);

/** Fullscreen is a bonus: refused (headless browsers, iframes, no user gesture) the overlay still fills the window. */
function requestFullscreen(): boolean {
  const el = document.documentElement;
  if (typeof el.requestFullscreen !== 'function' || document.fullscreenElement) return false;
  el.requestFullscreen().catch(() => undefined);
  return true;
}

function leaveFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => undefined);
  }
}

/**
 * Header buttons for classroom mode ("Presentation mode", "Add current view as a scene") and the overlay itself.
 * Entered by the button, F5, or the native menu's view:presentation; left by Esc. The lesson in progress (read
 * from storage, or the built-in story's eight scenes) is made once the first chart is painted: until then the
 * buttons are drawn, the same, without it.
 */
export function PresentationLauncher({ scenario }: { scenario: Scenario }) {
  const ready = useFirstPaintDone();
  // F5 (or the menu's view:presentation) pressed before the lesson is ready is kept and acted on once it is:
  // it reloaded the page in a browser, and the desktop menu's command was lost.
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (ready) return;
    const onKey = (event: KeyboardEvent): void => {
      if (!isPresentKey(event)) return;
      event.preventDefault();
      setAsked(true);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = getBridge().onMenuCommand((command) => {
      if (command === 'view:presentation') setAsked(true);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [ready]);
  return ready ? <LessonLauncher scenario={scenario} presentAtOnce={asked} /> : <LauncherButtons />;
}

/** F5 alone, as in slide software. */
const isPresentKey = (event: KeyboardEvent): boolean =>
  event.key === 'F5' && !event.ctrlKey && !event.metaKey && !event.altKey;

/**
 * The two header buttons; without handlers until the lesson is ready (a frame after the first paint), marked
 * unavailable meanwhile (aria-disabled, which a test's click also waits for) but drawn the same.
 */
function LauncherButtons({
  launcher,
  onPresent,
  onAddScene,
}: {
  launcher?: RefObject<HTMLButtonElement | null>;
  onPresent?: () => void;
  onAddScene?: () => void;
}) {
  const tr = useT();
  return (
    <>
      <button
        ref={launcher}
        type="button"
        className="header-button"
        onClick={onPresent}
        aria-disabled={onPresent ? undefined : true}
        data-testid="present-button"
        title={tr.t('header.presentTitle')}
      >
        {tr.t('header.present')}
      </button>
      <button
        type="button"
        className="header-button"
        onClick={onAddScene}
        aria-disabled={onAddScene ? undefined : true}
        title={tr.t('header.addSceneTitle')}
      >
        {tr.t('header.addScene')}
      </button>
    </>
  );
}

function LessonLauncher({ scenario, presentAtOnce }: { scenario: Scenario; presentAtOnce: boolean }) {
  const tr = useT();
  const [presenting, setPresenting] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  // The lesson in progress: autosaved, restored on the next start (useLesson).
  const [lesson, setLesson] = useLesson(setStatus);
  const { title: lessonTitle, scenes } = lesson;
  const setScenes = useCallback(
    (update: PresentedScene[] | ((scenes: PresentedScene[]) => PresentedScene[])) =>
      setLesson((l) => ({ ...l, scenes: typeof update === 'function' ? update(l.scenes) : update })),
    [setLesson],
  );
  const setLessonTitle = (title: string) => setLesson((l) => ({ ...l, title }));
  const wantedFullscreen = useRef(false);

  const enter = useCallback(() => {
    setStatus(null);
    wantedFullscreen.current = requestFullscreen();
    setPresenting(true);
  }, []);
  const exit = useCallback(() => {
    wantedFullscreen.current = false;
    leaveFullscreen();
    setPresenting(false);
  }, []);
  // Leaving presentation mode hands keyboard focus back to its button, not to the top of the page.
  const launcher = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(false);
  useEffect(() => {
    if (wasPresenting.current && !presenting) launcher.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);

  // Asked for before the lesson was ready (PresentationLauncher): entered as soon as it is.
  const askedAtStart = useRef(presentAtOnce);
  useEffect(() => {
    if (askedAtStart.current) enter();
    askedAtStart.current = false;
  }, [enter]);

  // F5 as in slide software; the Electron menu sends view:presentation for the same key.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!isPresentKey(event)) return;
      event.preventDefault();
      if (!presenting) enter();
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = getBridge().onMenuCommand((command) => {
      if (command === 'view:presentation') enter();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [enter, presenting]);

  // Esc in browser fullscreen is taken by the browser and never reaches the page: leaving fullscreen leaves the mode.
  useEffect(() => {
    const onChange = (): void => {
      if (!document.fullscreenElement && wantedFullscreen.current) {
        wantedFullscreen.current = false;
        setPresenting(false);
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const addScenario = useCallback(
    (current: Scenario, atIndex: number): number => {
      const added = Math.min(atIndex, scenes.length);
      setScenes((list) => [...list.slice(0, added), sceneFromScenario(current), ...list.slice(added)]);
      setStatus({
        text: currentTranslator().t('pres.lesson.added', {
          title: scenarioTitle(current, currentTranslator()),
        }),
        error: false,
      });
      return added;
    },
    [scenes.length, setScenes],
  );

  const applyLesson = (text: string): boolean => {
    const parsed = parseLessonText(text);
    if (!parsed.ok) {
      setStatus({ text: tr.t('pres.lesson.notOpened', { error: parsed.error }), error: true });
      return false;
    }
    setScenes(parsed.lesson.scenes);
    setLessonTitle(parsed.lesson.title);
    setStatus({
      text: tr.t('pres.lesson.opened', {
        title: localizeLesson(parsed.lesson).title,
        n: parsed.lesson.scenes.length,
      }),
      error: false,
    });
    return true;
  };
  // A lesson file double-clicked, or given to a second launch of the desktop app: presented at once, and a
  // refused one says why inside presentation mode (where lesson messages are shown).
  useLaunchedFiles(
    () => getBridge().takeLaunchedLesson(),
    (file) => {
      if ('error' in file)
        setStatus({
          text: tr.t('pres.lesson.couldNotOpenFile', { name: file.name, error: file.error }),
          error: true,
        });
      else applyLesson(file.text);
      enter();
    },
  );

  const actions: LessonActions = {
    addScenario,
    removeScene: (index) =>
      setScenes((list) => (list.length > 1 ? list.filter((_, i) => i !== index) : list)),
    restoreStory: () => {
      setScenes(storyScenes());
      setStatus({ text: tr.t('pres.lesson.backToStory'), error: false });
    },
    save: () => {
      void getBridge()
        .saveExport({
          kind: 'json',
          suggestedName: lessonFileName(lessonTitle),
          content: serializeLesson({ title: lessonTitle, scenes }),
        })
        .then((r) => {
          if (!r.ok) setStatus({ text: tr.t('pres.lesson.couldNotSave', { error: r.error }), error: true });
          else if (!r.data.canceled)
            setStatus({ text: tr.t('pres.lesson.saved', { n: scenes.length }), error: false });
        });
    },
    open: async () => {
      const r = await getBridge().openLesson();
      if (!r.ok) {
        setStatus({ text: tr.t('pres.lesson.couldNotOpen', { error: r.error }), error: true });
        return false;
      }
      if (r.data.canceled) return false;
      return applyLesson(r.data.text);
    },
  };

  return (
    <>
      <LauncherButtons
        launcher={launcher}
        onPresent={enter}
        onAddScene={() => addScenario(scenario, scenes.length)}
      />
      {!presenting && status && (
        // Errors show here too: a lesson in progress that could not be restored is said on start.
        <span className="header-status" role={status.error ? 'alert' : 'status'}>
          {status.error ? status.text : tr.t('header.scenes', { status: status.text, n: scenes.length })}
        </span>
      )}
      {presenting &&
        createPortal(
          <Loading className="pres-loading" text={tr.t('header.opening')}>
            <PresentationMode
              scenes={scenes}
              currentScenario={scenario}
              actions={actions}
              status={status}
              onExit={exit}
              lessonTitle={lessonTitle}
              lesson={lesson}
              onLessonChange={setLesson}
            />
          </Loading>,
          document.body,
        )}
    </>
  );
}
