import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { THRESHOLD_LIMIT } from '../controls/bounds';
import { NumberInput } from '../controls/NumberInput';
import type { Scenario } from '../../../sim';
import { halfLifeMarker, steadyStateBand, thresholdAnnotation } from './annotations';
import { FatInset } from './FatInset';
import { observationMarks } from './observationMarks';
import {
  advancePlayback,
  formatPlaybackTime,
  playbackStart,
  playbackStepAfter,
  SCRUBBER_STEPS,
} from './playback';
import { useReducedMotion } from '../theme/motion';
import { PresentationChart } from './PresentationChart';
import {
  defaultAnnotations,
  sceneCaptionParts,
  sceneChart,
  sceneSimulation,
  type PresentedScene,
} from './scenes';
import { storyScene, type AnnotationSettings } from './story';
import { scenePopulation } from '../population/scenePopulation';
import { CautionLine } from '../caution/AnticoagulantCaution';
import { compoundsOnScreen } from '../caution/cautions';
import { useElementSize } from '../plot/useElementSize';
import { useScrollsVertically } from './useScrollsVertically';
import { MIN_CHART_PX } from './theme';
import type { ReactNode } from 'react';
import { ClassMaterials } from './ClassMaterials';
import { useIdleControls } from './useIdleControls';
import { ProfileSwitch } from '../theme/ProfileSwitch';
import type { PredictPoint, TypedGuesses } from '../../../sim/predict';
import type { Lesson } from './lesson';
import { LessonEditor } from './LessonEditor';
import { NO_MARKS, predictPrompt, predictTarget, revealWords, visibleUntilDays } from './predict';
import { PredictPanel } from './PredictPanel';
import { SketchLayer } from './SketchLayer';
import './predict.css';
import { useT } from '../i18n';
import { followLanguage, localizeLesson } from './builtInText';

export interface LessonActions {
  addScenario: (scenario: Scenario, atIndex: number) => number;
  removeScene: (index: number) => void;
  restoreStory: () => void;
  save: () => void;
  open: () => Promise<boolean>;
}

export interface PresentationModeProps {
  scenes: readonly PresentedScene[];
  /** What the main window shows now ("Add current view as a scene"). */
  currentScenario: Scenario;
  actions: LessonActions;
  /** Result of the last save/open, shown in the control bar. */
  status: { text: string; error: boolean } | null;
  onExit: () => void;
  /** A student's screen (a #lesson= link): no editing controls, no sharing or export. */
  studentMode?: boolean;
  lessonTitle?: string;
  /** The lesson being presented, for the lesson editor; edits go through `onLessonChange` (autosaved). */
  lesson?: Lesson;
  onLessonChange?: (update: (lesson: Lesson) => Lesson) => void;
}

const NAV_NEXT = new Set(['ArrowRight', 'ArrowDown']);
const NAV_PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);
/** A clicker's keys: they change scenes wherever the focus is (a clicker has no Tab key to leave a slider). */
const CLICKER_STEP: Readonly<Record<string, 1 | -1>> = { PageDown: 1, PageUp: -1 };
/** B or "." blanks the screen and brings it back, as in slide software. */
const BLANK_KEYS = new Set(['b', 'B', '.']);

/** Inputs keep their own keys (the Time slider uses the arrows, the threshold box types numbers). */
/** A box the user types text or numbers into (B and "." are then characters, not commands). */
function isTextBox(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && ['text', 'number', 'search', ''].includes(target.type))
  );
}

function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // The caption is a keyboard stop when it scrolls: Up and Down scroll it; Left and Right still step scenes.
  if (target.classList.contains('pres-caption')) return key === 'ArrowUp' || key === 'ArrowDown';
  return (
    (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') &&
    !(target instanceof HTMLInputElement && target.type === 'checkbox')
  );
}

/** The stage's size before it is measured: the first frame is redrawn at the real size before it is painted. */
const STAGE_ESTIMATE = () => ({ width: window.innerWidth, height: Math.round(window.innerHeight * 0.75) });

/** The narrowest fat inset that keeps its text whole (FatInset.tsx). */
const MIN_INSET_WIDTH_PX = 260;

/** Full-window classroom view: one scene at a time, stepped through with arrows, Page Up/Down or a clicker. */
export function PresentationMode({
  currentScenario,
  actions,
  status,
  onExit,
  studentMode = false,
  lessonTitle: storedLessonTitle,
  lesson: storedLesson,
  onLessonChange,
  scenes: storedScenes,
}: PresentationModeProps) {
  const tr = useT();
  // The built-in words in the UI's language while unedited; the teacher's words as typed (builtInText.ts).
  const { scenes, lessonTitle } = useMemo(() => {
    const shown = localizeLesson({ title: storedLessonTitle ?? '', scenes: [...storedScenes] });
    return {
      scenes: shown.scenes,
      lessonTitle:
        storedLessonTitle === undefined
          ? tr.t('pres.lesson.defaultTitle')
          : followLanguage(storedLessonTitle, 'pres.lesson.defaultTitle'),
    };
  }, [storedScenes, storedLessonTitle, tr]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tr: the words are in the UI's language
  const lesson = useMemo(() => (storedLesson ? localizeLesson(storedLesson) : undefined), [storedLesson, tr]);
  const [index, setIndexState] = useState(0);
  const safeIndex = Math.min(index, scenes.length - 1);
  const rootRef = useRef<HTMLDivElement>(null);
  const idle = useIdleControls(rootRef);
  // A prediction scene is revealed by Next, once; any scene change starts the next one hidden again.
  const [revealedAt, setRevealedAt] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  // Each close of the editor shows the scene afresh, with the annotations and prediction just set.
  const [edits, setEdits] = useState(0);
  // Any scene change starts a prediction scene hidden again (a new visit, a new sketch).
  const setIndex = useCallback((next: number | ((i: number) => number)) => {
    setRevealedAt(null);
    setIndexState(next);
  }, []);
  const scenePredict = scenes[safeIndex]?.predict;
  const awaitingReveal = !!scenePredict?.allowReveal && revealedAt !== safeIndex;
  const reveal = useCallback(() => {
    // A guess still being typed counts: leaving its box commits it before the reveal reads it.
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest('.pres-guesses')) {
      active.blur();
      rootRef.current?.focus();
    }
    setRevealedAt(safeIndex);
  }, [safeIndex]);

  const step = useCallback(
    (delta: number) => setIndex((i) => Math.max(0, Math.min(scenes.length - 1, i + delta))),
    [scenes.length, setIndex],
  );
  // Next on a prediction scene reveals it first; Next again moves on (a clicker needs nothing else).
  const go = useCallback(
    (delta: number) => {
      if (delta > 0 && awaitingReveal) reveal();
      else step(delta);
    },
    [awaitingReveal, reveal, step],
  );

  useEffect(() => {
    rootRef.current?.focus();
    // The page behind is out of reach while presenting: no focus, no clicks, hidden from assistive technology.
    const page = document.getElementById('root');
    if (page) page.inert = true;
    return () => {
      if (page) page.inert = false;
    };
  }, []);

  // A scene change can take the focused control away (a scene's own checkbox, or Next going disabled on the
  // last scene): focus then falls to the page behind. Catch it after the change and keep it in the dialog.
  useEffect(() => {
    const timer = setTimeout(() => {
      const root = rootRef.current;
      const active = document.activeElement;
      const lost =
        !(active instanceof HTMLElement) ||
        !root?.contains(active) ||
        active.matches(':disabled') ||
        active.getClientRects().length === 0;
      if (root && lost) root.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [safeIndex]);

  // Tab and Shift+Tab cycle through the presentation's own controls and never leave it.
  useEffect(() => {
    const onTab = (event: KeyboardEvent): void => {
      const root = rootRef.current;
      if (event.key !== 'Tab' || !root) return;
      const focusable = Array.from(
        root.querySelectorAll<HTMLElement>(
          'button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
        ),
      ).filter((el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0);
      if (focusable.length === 0) return;
      const first = focusable[0]!;
      const last = focusable[focusable.length - 1]!;
      const active = document.activeElement;
      const inside = active instanceof HTMLElement && root.contains(active) && active !== root;
      if (!inside || (event.shiftKey ? active === first : active === last)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      }
    };
    window.addEventListener('keydown', onTab, true);
    return () => window.removeEventListener('keydown', onTab, true);
  }, []);

  const [blanked, setBlanked] = useState(false);
  useEffect(() => {
    // Capture phase: before a focused slider or box takes Page Up/Down (or B) for itself.
    const onClicker = (event: KeyboardEvent): void => {
      // The lesson editor's boxes keep every key (Page Down scrolls its list, B is a letter).
      if (editing || event.altKey || event.ctrlKey || event.metaKey) return;
      const step = CLICKER_STEP[event.key];
      if (step !== undefined) {
        event.preventDefault();
        event.stopPropagation();
        setBlanked(false);
        go(step);
      } else if (BLANK_KEYS.has(event.key) && !isTextBox(event.target)) {
        event.preventDefault();
        event.stopPropagation();
        setBlanked((b) => !b);
      }
    };
    window.addEventListener('keydown', onClicker, true);
    return () => window.removeEventListener('keydown', onClicker, true);
  }, [go, editing]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        // Esc in the editor closes the editor, not the presentation.
        if (editing) {
          setEditing(false);
          setEdits((n) => n + 1);
        } else onExit();
        return;
      }
      if (editing) return;
      if (event.altKey || event.ctrlKey || event.metaKey || ownsKeys(event.target, event.key)) return;
      if (NAV_NEXT.has(event.key) || NAV_PREVIOUS.has(event.key)) setBlanked(false);
      if (NAV_NEXT.has(event.key)) go(1);
      else if (NAV_PREVIOUS.has(event.key)) go(-1);
      else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(scenes.length - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, onExit, scenes.length, editing, setIndex]);

  const scene = scenes[safeIndex]!;
  return (
    <div
      ref={rootRef}
      className={idle ? 'presentation pres-idle' : 'presentation'}
      role="dialog"
      aria-modal="true"
      aria-label={tr.t('pres.mode.label')}
      tabIndex={-1}
      data-testid="presentation"
      data-student={studentMode ? 'true' : undefined}
    >
      {blanked && (
        <div className="pres-blank" role="status" onClick={() => setBlanked(false)}>
          <span className="visually-hidden">{tr.t('pres.mode.blanked')}</span>
        </div>
      )}
      <header className="pres-head">
        <h2 className="pres-title">{editing ? tr.t('pres.mode.editor') : scene.title}</h2>
        <p className="pres-counter" aria-live="polite" data-testid="scene-counter">
          {editing
            ? tr.t('pres.mode.sceneCount', { n: scenes.length })
            : tr.t('pres.mode.sceneOf', { n: safeIndex + 1, count: scenes.length })}
        </p>
      </header>
      {editing && lesson && onLessonChange ? (
        <LessonEditor
          lesson={lesson}
          onChange={onLessonChange}
          startIndex={safeIndex}
          onClose={(i) => {
            setEditing(false);
            setEdits((n) => n + 1);
            setIndex(i);
            rootRef.current?.focus();
          }}
        />
      ) : (
        <SceneStage
          // A new scene starts with its own annotation defaults and the full curves.
          key={`${safeIndex}:${scenes.length}:${edits}`}
          scene={scene}
          index={safeIndex}
          count={scenes.length}
          revealed={revealedAt === safeIndex}
          onReveal={reveal}
          onEdit={lesson && onLessonChange ? () => setEditing(true) : null}
          onPrevious={() => go(-1)}
          onNext={() => go(1)}
          onAdd={() => setIndex(actions.addScenario(currentScenario, safeIndex + 1))}
          onRemove={() => {
            actions.removeScene(safeIndex);
            setIndex(Math.max(0, safeIndex - 1));
          }}
          onRestore={() => {
            actions.restoreStory();
            setIndex(0);
          }}
          onSave={actions.save}
          onOpen={() => {
            void actions.open().then((opened) => {
              if (opened) setIndex(0);
            });
          }}
          materials={
            studentMode ? null : <ClassMaterials title={lessonTitle} scenes={scenes} sceneIndex={safeIndex} />
          }
          status={status}
          onExit={onExit}
          onDragEnd={() => rootRef.current?.focus()}
        />
      )}
    </div>
  );
}

interface SceneStageProps {
  scene: PresentedScene;
  index: number;
  count: number;
  /** A prediction scene after Next revealed it. */
  revealed: boolean;
  onReveal: () => void;
  /** Opens the lesson editor; null when the lesson cannot be edited here. */
  onEdit: (() => void) | null;
  /** A mouse or touch drag on a control ended: the scene takes the keys again (arrows change scenes). */
  onDragEnd: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onAdd: () => void;
  onRemove: () => void;
  onRestore: () => void;
  onSave: () => void;
  onOpen: () => void;
  status: PresentationModeProps['status'];
  /** Share with the class, slides and handout (ClassMaterials). */
  materials: ReactNode;
  onExit: () => void;
}

function SceneStage(props: SceneStageProps) {
  const { scene, index, count, onReveal } = props;
  const tr = useT();
  const sim = sceneSimulation(scene);
  const horizonDays = scene.scenario.horizonDays;
  const chart = sceneChart(scene);
  const [settings, setSettings] = useState<AnnotationSettings>(() => defaultAnnotations(scene));
  const [timeDays, setTimeDays] = useState(horizonDays);
  const [playing, setPlaying] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const timeRef = useRef(timeDays);
  useEffect(() => {
    timeRef.current = timeDays;
  }, [timeDays]);

  // Predict, then reveal: until Next reveals it, the curve (or its future part) and the numbers are hidden and
  // the class sketches on the chart. The sketch stays after the reveal, under the real curve.
  const predict = scene.predict;
  const predicting = !!predict && !props.revealed;
  const hidesCurve = predicting && predict.hide !== 'numbers';
  const [strokes, setStrokes] = useState<PredictPoint[][]>([]);
  const strokeOpen = useRef(false);
  const onStroke = useCallback((stroke: PredictPoint[], done: boolean) => {
    const first = !strokeOpen.current;
    strokeOpen.current = !done;
    setStrokes((list) => (first ? [...list, stroke] : [...list.slice(0, -1), stroke]));
  }, []);
  const [guesses, setGuesses] = useState<TypedGuesses>({});
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tr: the words are in the UI's language
  const target = useMemo(() => (predict ? predictTarget(sim, predict) : null), [sim, predict, tr]);

  // Playback: advance with the frame clock; stop at the end.
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = 0;
    let t = timeRef.current;
    const step = (now: number): void => {
      t = advancePlayback(t, (now - last) / 1000, horizonDays);
      last = now;
      setTimeDays(t);
      if (t >= horizonDays) setPlaying(false);
      else frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [playing, horizonDays]);

  const reduceMotion = useReducedMotion();
  // The reveal draws the hidden part of the real curve over the sketch (shown whole with reduced motion).
  const wasRevealed = useRef(props.revealed);
  useEffect(() => {
    if (props.revealed && !wasRevealed.current && predict && predict.hide !== 'numbers' && !reduceMotion) {
      const start = visibleUntilDays(predict, horizonDays);
      timeRef.current = start;
      setTimeDays(start);
      setPlaying(true);
    }
    wasRevealed.current = props.revealed;
  }, [props.revealed, predict, horizonDays, reduceMotion]);
  const revealResult = useMemo(
    () => (props.revealed && target ? revealWords(target, strokes.flat(), guesses) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- tr: the words are in the UI's language
    [props.revealed, target, strokes, guesses, tr],
  );
  const togglePlay = useCallback(() => {
    // Reduced motion: each press shows the next step of the curves, without animation (issue 18 §4).
    if (reduceMotion) {
      timeRef.current = playbackStepAfter(timeRef.current, horizonDays);
      setTimeDays(timeRef.current);
      return;
    }
    if (!playing) {
      const start = playbackStart(timeRef.current, horizonDays);
      timeRef.current = start;
      setTimeDays(start);
    }
    setPlaying(!playing);
  }, [playing, horizonDays, reduceMotion]);

  // Space / K play and pause, as in video players, unless a control has focus.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const t = event.target;
      if (t instanceof HTMLElement && (t.tagName === 'BUTTON' || t.tagName === 'INPUT')) return;
      if (event.key === ' ' || event.key === 'k') {
        event.preventDefault();
        // Space is Next's reveal on a prediction scene, as slide software's Space is Next.
        if (predicting && predict.allowReveal && event.key === ' ') onReveal();
        else if (!hidesCurve) togglePlay();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [togglePlay, predicting, predict, hidesCurve, onReveal]);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- tr: the words are in the UI's language
  const marks = useMemo(() => observationMarks(sim, chart), [sim, chart, tr]);
  // The variation scene draws 1,000 simulated people (cached per scene scenario, as its caption uses).
  const bands = useMemo(
    () => (scene.story && storyScene(scene.story).population ? scenePopulation(scene.scenario) : null),
    [scene],
  );
  // Labels and captions are in the UI's language (tr): a language switch redraws them.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tr: the words are in the UI's language
  const halfLife = useMemo(() => (chart === 'plasma' ? halfLifeMarker(sim) : null), [sim, chart, tr]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tr: the words are in the UI's language
  const band = useMemo(() => (chart === 'plasma' ? steadyStateBand(sim) : null), [sim, chart, tr]);
  const threshold = useMemo(
    () => (chart === 'plasma' ? thresholdAnnotation(sim, settings.thresholdNgPerMl) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- tr: the words are in the UI's language
    [sim, chart, settings.thresholdNgPerMl, tr],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tr: the words are in the UI's language
  const captionParts = useMemo(() => sceneCaptionParts(scene, sim, settings), [scene, sim, settings, tr]);
  // Stable between playback frames, so the chart's panel model is built once per scene and setting.
  const revealedShown = useMemo(
    () => ({
      halfLife: settings.halfLife ? halfLife : null,
      steadyState: settings.steadyState ? band : null,
      threshold: settings.threshold ? threshold : null,
      doses: settings.doses,
    }),
    [settings, halfLife, band, threshold],
  );
  const shown = useMemo(
    () =>
      // While predicting, no annotation gives the answer away (their labels are numbers).
      predicting
        ? { halfLife: null, steadyState: null, threshold: null, doses: settings.doses }
        : revealedShown,
    [settings.doses, revealedShown, predicting],
  );
  const chartMarks = predicting ? NO_MARKS : marks;
  // While predicting, the value axis already has the revealed chart's room: the reveal does not move the sketch.
  const revealedScale = useMemo(
    () => (predicting ? { annotations: revealedShown, marks } : undefined),
    [predicting, revealedShown, marks],
  );
  const chartTimeDays = hidesCurve ? Math.min(timeDays, visibleUntilDays(predict, horizonDays)) : timeDays;

  const { ref: stageRef, size } = useElementSize<HTMLDivElement>(STAGE_ESTIMATE, MIN_CHART_PX);
  const { ref: captionRef, scrolls: captionScrolls } = useScrollsVertically<HTMLParagraphElement>();
  // Type grows with the screen up to 4K (2x at 3840 px), never below 0.8 (22 px ticks at 1024 px).
  const fontScale = Math.min(2, Math.max(0.8, size.width / 1800));
  // The fat inset needs about 260 px for its heading, legend and axis (334 px at 1024 x 768); on a phone it was a
  // sliver of clipped text over its own ticks, so there the chart keeps the width and the caption quotes the study.
  const insetRoom = Math.round(Math.min(640 * fontScale, size.width * 0.34));
  // Its room is kept while the class predicts (the inset shows at the reveal), so the time axis stays put too.
  const insetShown = insetRoom >= MIN_INSET_WIDTH_PX ? marks.fatInset : null;
  const inset = predicting ? null : insetShown;
  const insetWidth = insetShown ? insetRoom : 0;
  const chartWidth = size.width - (insetShown ? insetWidth + 24 : 0);

  const setSetting = <K extends keyof AnnotationSettings>(key: K, value: AnnotationSettings[K]) =>
    setSettings((s) => ({ ...s, [key]: value }));
  const toggles: [keyof Omit<AnnotationSettings, 'thresholdNgPerMl'>, string, boolean][] = [
    ['halfLife', tr.t('pres.mode.halfLife'), halfLife !== null],
    ['steadyState', tr.t('pres.mode.steadyState'), band !== null],
    ['threshold', tr.t('pres.mode.threshold'), threshold !== null],
    ['doses', tr.t('pres.mode.doses'), true],
  ];

  return (
    <>
      {
        // The guesses sit above the chart: the controls that show under a moving pointer never cover them.
        predicting && target && (predict.guesses ?? []).length > 0 && (
          <PredictPanel
            asked={predict.guesses ?? []}
            units={target.units}
            guesses={guesses}
            onGuess={setGuesses}
            result={null}
          />
        )
      }
      <div className="pres-stage" ref={stageRef}>
        <div
          className={predicting && predict.hide === 'numbers' ? 'pres-chart pres-hide-values' : 'pres-chart'}
          data-predicting={predicting ? predict.hide : undefined}
          role="img"
          aria-label={tr.t('pres.mode.chart', {
            kind: chart,
            labels: tr.list(
              sim.view.regimens
                .filter((r) => scene.scenario.display.visible.includes(r.compound))
                .map((r) => r.label),
            ),
          })}
          data-testid="presentation-chart"
          data-time-days={timeDays}
        >
          <PresentationChart
            width={chartWidth}
            height={size.height}
            chart={chart}
            sim={sim}
            timeDays={chartTimeDays}
            fontScale={fontScale}
            marks={chartMarks}
            annotations={shown}
            bands={bands}
            scaleFor={revealedScale}
            underCurves={
              predict
                ? (ctx, model, layout) => (
                    <SketchLayer
                      ctx={ctx}
                      model={model}
                      layout={layout}
                      strokes={strokes}
                      drawing={predicting}
                      onStroke={onStroke}
                      hiddenFromDays={hidesCurve ? visibleUntilDays(predict, horizonDays) : null}
                    />
                  )
                : undefined
            }
          />
        </div>
        {insetShown && !inset && <div className="pres-inset" style={{ width: insetWidth }} />}
        {inset && (
          <div className="pres-inset" style={{ width: insetWidth }}>
            <FatInset
              data={inset}
              width={insetWidth}
              height={Math.min(size.height - 12, Math.round(insetWidth * 0.9))}
              fontScale={fontScale}
            />
          </div>
        )}
      </div>
      {/* A keyboard stop only while it scrolls (past five lines): a box that scrolls must be reachable by keys. */}
      <p
        ref={captionRef}
        className="pres-caption"
        aria-live="polite"
        data-testid="scene-caption"
        tabIndex={captionScrolls ? 0 : undefined}
      >
        {predicting
          ? predictPrompt(predict, target?.label ?? '–')
          : captionParts.map((p, i) =>
              p.kind === 'unknown' ? (
                <mark
                  key={i}
                  className="pres-unknown-placeholder"
                  title={tr.t('pres.mode.unknownPlaceholder', { name: `{${p.name}}` })}
                >
                  {p.text}
                </mark>
              ) : (
                p.text
              ),
            )}
      </p>
      {predict && target && revealResult && (
        <PredictPanel
          asked={[]}
          units={target.units}
          guesses={guesses}
          onGuess={setGuesses}
          result={revealResult}
        />
      )}
      <CautionLine compounds={compoundsOnScreen(scene.scenario)} />
      <div className="pres-controls" role="toolbar" aria-label={tr.t('pres.mode.controls')}>
        <div className="pres-group">
          <button type="button" onClick={props.onPrevious} disabled={index === 0}>
            {tr.t('pres.mode.previous')}
          </button>
          <button
            type="button"
            onClick={props.onNext}
            disabled={index === count - 1 && !(predicting && predict.allowReveal)}
          >
            {predicting && predict.allowReveal ? tr.t('pres.mode.reveal') : tr.t('pres.mode.next')}
          </button>
          {predicting && (
            <button type="button" onClick={() => setStrokes([])} disabled={strokes.length === 0}>
              {tr.t('pres.mode.clearSketch')}
            </button>
          )}
        </div>
        <div className="pres-group pres-playback">
          <button type="button" onClick={togglePlay} aria-pressed={playing} disabled={hidesCurve}>
            {playing
              ? tr.t('pres.mode.pause')
              : reduceMotion
                ? tr.t('pres.mode.playStep')
                : tr.t('pres.mode.play')}
          </button>
          <label className="pres-scrubber">
            <span>{tr.t('pres.mode.time')}</span>
            <input
              type="range"
              aria-label={tr.t('pres.mode.time')}
              min={0}
              max={horizonDays}
              step={horizonDays / SCRUBBER_STEPS}
              value={timeDays}
              disabled={hidesCurve}
              aria-valuetext={formatPlaybackTime(timeDays)}
              onPointerUp={props.onDragEnd}
              onChange={(e) => {
                setPlaying(false);
                setTimeDays(Number(e.currentTarget.value));
              }}
            />
          </label>
          <output className="pres-time" aria-live="off">
            {formatPlaybackTime(timeDays)}
          </output>
        </div>
        {/* The class materials (share, slides, handout), the view toggles and the lesson's buttons: below 1500 px
            behind one disclosure button, a panel over the chart while open, so the bar stays one row with every
            control on screen in every language (a row scrolling sideways hid them past the right edge). */}
        <button
          type="button"
          className="pres-more-button"
          aria-expanded={moreOpen}
          aria-controls="pres-more"
          onClick={() => setMoreOpen((o) => !o)}
        >
          {tr.t('pres.mode.more')}
        </button>
        <div className="pres-more" id="pres-more" data-open={moreOpen ? 'true' : undefined}>
          {props.materials}
          <div className="pres-group">
            {toggles.map(([key, label, available]) => (
              <label key={key} className={available ? '' : 'pres-unavailable'}>
                <input
                  type="checkbox"
                  checked={settings[key] && available}
                  disabled={!available}
                  onChange={(e) => setSetting(key, e.currentTarget.checked)}
                />
                {label}
              </label>
            ))}
            <ProfileSwitch />
            <span className="pres-threshold">
              <NumberInput
                limit={THRESHOLD_LIMIT}
                label={`${tr.t('pres.mode.thresholdLevel')} (ng/mL)`}
                value={settings.thresholdNgPerMl}
                disabled={threshold === null}
                onCommit={(v) => v !== null && setSetting('thresholdNgPerMl', v)}
              />
            </span>
          </div>
          <div className="pres-group pres-edit">
            {props.onEdit && (
              <button type="button" onClick={props.onEdit} data-testid="edit-lesson">
                {tr.t('pres.mode.editLesson')}
              </button>
            )}
            <button type="button" onClick={props.onAdd}>
              {tr.t('pres.mode.addView')}
            </button>
            <button type="button" onClick={props.onRemove} disabled={count <= 1}>
              {tr.t('pres.mode.removeScene')}
            </button>
            <button type="button" onClick={props.onSave}>
              {tr.t('pres.mode.saveLesson')}
            </button>
            <button type="button" onClick={props.onOpen}>
              {tr.t('pres.mode.openLesson')}
            </button>
            <button type="button" onClick={props.onRestore}>
              {tr.t('pres.mode.builtInStory')}
            </button>
          </div>
        </div>
        <div className="pres-group pres-exit-group">
          <button type="button" className="pres-exit" onClick={props.onExit}>
            {tr.t('pres.mode.exit')}
          </button>
        </div>
        {props.status && (
          <p
            className={props.status.error ? 'pres-status pres-error' : 'pres-status'}
            role={props.status.error ? 'alert' : 'status'}
          >
            {props.status.text}
          </p>
        )}
        <p className="pres-keys">
          {predicting && predict.allowReveal ? tr.t('pres.mode.keysPredict') : tr.t('pres.mode.keys')}
        </p>
      </div>
    </>
  );
}
