import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Limit } from '../../../sim';
import { THRESHOLD_LIMIT } from '../controls/bounds';
import { NumberInput } from '../controls/NumberInput';
import { CAPTION_PLACEHOLDERS, placeholderAbout } from './captionPlaceholders';
import { useT, type MessageId } from '../i18n';
import type { Lesson } from './lesson';
import { deleteScene, duplicateScene, moveScene, renameLesson, updateScene } from './lessonEdits';
import { guessLabel } from './predict';
import {
  defaultAnnotations,
  PREDICT_GUESSES,
  sceneCaptionParts,
  sceneChart,
  sceneSimulation,
  type PredictHide,
  type PresentedScene,
  type ScenePredict,
} from './scenes';
import type { AnnotationSettings } from './story';

export interface LessonEditorProps {
  lesson: Lesson;
  onChange: (update: (lesson: Lesson) => Lesson) => void;
  /** The scene shown when the editor opened: it starts selected. */
  startIndex: number;
  /** Leaves the editor, showing the scene that was selected. */
  onClose: (index: number) => void;
}

const HIDE_OPTIONS: readonly PredictHide[] = ['curve', 'future', 'numbers'];

const ANNOTATION_LABELS: [keyof Omit<AnnotationSettings, 'thresholdNgPerMl'>, MessageId][] = [
  ['halfLife', 'pres.mode.halfLife'],
  ['steadyState', 'pres.mode.steadyState'],
  ['threshold', 'pres.mode.threshold'],
  ['doses', 'pres.mode.doses'],
];

/**
 * The lesson written in the app: its title, each scene's title and caption (with live numbers), the order of
 * scenes (drag a scene, Alt+↑/↓, or the Move buttons), copies and deletions, and each scene's annotations and
 * prediction settings. Every change is an edit of the lesson, autosaved by useLesson.
 */
export function LessonEditor({ lesson, onChange, startIndex, onClose }: LessonEditorProps) {
  const tr = useT();
  const [selected, setSelected] = useState(Math.min(startIndex, lesson.scenes.length - 1));
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  /** After a keyboard move, the moved scene's handle takes the focus again (its row was re-rendered). */
  const focusAfterMove = useRef<number | null>(null);
  useEffect(() => {
    if (focusAfterMove.current === null) return;
    listRef.current
      ?.querySelector<HTMLElement>(`[data-scene-index="${focusAfterMove.current}"] .lesson-scene-handle`)
      ?.focus();
    focusAfterMove.current = null;
  });

  const safeSelected = Math.min(selected, lesson.scenes.length - 1);
  const move = (from: number, to: number, refocus: boolean) => {
    if (to < 0 || to >= lesson.scenes.length) return;
    onChange((l) => moveScene(l, from, to));
    if (safeSelected === from) setSelected(to);
    if (refocus) focusAfterMove.current = to;
  };

  const onRowKey = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, index + (event.key === 'ArrowUp' ? -1 : 1), true);
  };

  return (
    <section className="lesson-editor" aria-label={tr.t('pres.mode.editor')} data-testid="lesson-editor">
      <div className="lesson-editor-head">
        <label className="lesson-title-field">
          <span>{tr.t('pres.edit.lessonTitle')}</span>
          <input
            type="text"
            value={lesson.title}
            maxLength={200}
            onChange={(e) => {
              const title = e.currentTarget.value;
              onChange((l) => renameLesson(l, title));
            }}
          />
        </label>
        <button
          type="button"
          className="lesson-done"
          data-testid="lesson-done"
          onClick={() => onClose(safeSelected)}
        >
          {tr.t('pres.edit.done', { n: safeSelected + 1 })}
        </button>
      </div>
      <p className="lesson-help">{tr.t('pres.edit.help')}</p>
      <div className="lesson-editor-body">
        <ol className="lesson-scenes" ref={listRef}>
          {lesson.scenes.map((scene, i) => (
            <li
              key={i}
              data-scene-index={i}
              className={[
                'lesson-scene',
                i === safeSelected ? 'lesson-scene-selected' : '',
                dragFrom !== null && dragFrom !== i ? 'lesson-scene-droppable' : '',
              ].join(' ')}
              draggable
              onDragStart={(e) => {
                setDragFrom(i);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', String(i));
              }}
              onDragOver={(e) => {
                if (dragFrom !== null) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragFrom !== null) move(dragFrom, i, false);
                setDragFrom(null);
              }}
              onDragEnd={() => setDragFrom(null)}
              onKeyDown={(e) => onRowKey(e, i)}
              onClick={() => setSelected(i)}
              onFocus={() => setSelected(i)}
            >
              <button
                type="button"
                className="lesson-scene-handle"
                // A drag handle's glyph, not a word.
                translate="no"
                aria-label={tr.t('pres.edit.handle', { n: i + 1 })}
                title={tr.t('pres.edit.handleTitle')}
              >
                ⠿ {i + 1}
              </button>
              <input
                type="text"
                className="lesson-scene-title"
                aria-label={tr.t('pres.edit.sceneTitle', { n: i + 1 })}
                value={scene.title}
                maxLength={200}
                onChange={(e) => {
                  const title = e.currentTarget.value;
                  onChange((l) => updateScene(l, i, { title }));
                }}
                onBlur={(e) => {
                  // A scene keeps a title (the file requires one).
                  if (e.currentTarget.value.trim() === '')
                    onChange((l) =>
                      updateScene(l, i, { title: tr.t('pres.edit.defaultSceneTitle', { n: i + 1 }) }),
                    );
                }}
              />
              {scene.predict && <span className="lesson-badge">{tr.t('pres.edit.predicts')}</span>}
              <span className="lesson-scene-buttons">
                <button type="button" onClick={() => move(i, i - 1, false)} disabled={i === 0}>
                  {tr.t('pres.edit.moveUp')}
                </button>
                <button
                  type="button"
                  onClick={() => move(i, i + 1, false)}
                  disabled={i === lesson.scenes.length - 1}
                >
                  {tr.t('pres.edit.moveDown')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    onChange((l) => duplicateScene(l, i));
                    setSelected(i + 1);
                  }}
                >
                  {tr.t('pres.edit.duplicate')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    onChange((l) => deleteScene(l, i));
                    setSelected(Math.max(0, Math.min(safeSelected, lesson.scenes.length - 2)));
                  }}
                  disabled={lesson.scenes.length <= 1}
                >
                  {tr.t('pres.edit.delete')}
                </button>
              </span>
            </li>
          ))}
        </ol>
        <SceneDetails
          key={safeSelected}
          index={safeSelected}
          scene={lesson.scenes[safeSelected]!}
          onChange={(change) => onChange((l) => updateScene(l, safeSelected, change))}
        />
      </div>
    </section>
  );
}

function SceneDetails({
  index,
  scene,
  onChange,
}: {
  index: number;
  scene: PresentedScene;
  onChange: (change: Partial<PresentedScene>) => void;
}) {
  const tr = useT();
  const sim = sceneSimulation(scene);
  const annotations = scene.annotations ?? defaultAnnotations(scene);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tr: the words are in the UI's language
  const parts = useMemo(() => sceneCaptionParts(scene, sim, annotations), [scene, sim, annotations, tr]);
  const predict = scene.predict;
  const horizonDays = scene.scenario.horizonDays;
  const fromDayLimit: Limit = {
    name: tr.t('pres.edit.hiddenFromDay'),
    unit: 'days',
    min: 0,
    minExclusive: false,
    max: Math.max(0, horizonDays - 0.01),
    integer: false,
  };
  const setPredict = (change: Partial<ScenePredict> | null) =>
    onChange({
      predict:
        change === null ? undefined : { ...(predict ?? { hide: 'curve', allowReveal: true }), ...change },
    });
  const tissue = sceneChart(scene) === 'tissue';

  return (
    <div
      className="lesson-scene-details"
      aria-label={tr.t('pres.edit.settings', { n: index + 1 })}
      role="group"
    >
      <label className="lesson-caption-field">
        <span>{tr.t('pres.edit.caption', { n: index + 1 })}</span>
        <textarea
          aria-label={tr.t('pres.edit.caption', { n: index + 1 })}
          value={scene.caption ?? ''}
          rows={3}
          maxLength={2000}
          placeholder={tr.t('pres.edit.captionEmpty')}
          onChange={(e) => {
            const caption = e.currentTarget.value;
            onChange({ caption: caption === '' ? undefined : caption });
          }}
        />
      </label>
      <p className="lesson-preview" data-testid="caption-preview">
        <span className="lesson-preview-label">{tr.t('pres.edit.onScreen')}</span>
        {parts.map((p, i) =>
          p.kind === 'unknown' ? (
            <mark
              key={i}
              className="lesson-unknown"
              title={tr.t('pres.mode.unknownPlaceholder', { name: `{${p.name}}` })}
            >
              {p.text}
            </mark>
          ) : (
            <span key={i} className={p.kind === 'value' ? 'lesson-value' : undefined}>
              {p.text}
            </span>
          ),
        )}
      </p>
      <p className="lesson-placeholders">
        {tr.t('pres.edit.placeholders')}{' '}
        {CAPTION_PLACEHOLDERS.map((p, i) => (
          <span key={p.name}>
            {i > 0 && ', '}
            {/* The name the teacher types, in every language. */}
            <code translate="no">{`{${p.name}}`}</code> {placeholderAbout(p.name)}
          </span>
        ))}
        {tr.t('pres.edit.placeholdersAfter', { open: '{{', close: '}}' })}
      </p>

      <fieldset className="lesson-fieldset">
        <legend>{tr.t('pres.edit.prediction')}</legend>
        <label>
          <input
            type="checkbox"
            checked={predict !== undefined}
            disabled={tissue && predict === undefined}
            onChange={(e) => setPredict(e.currentTarget.checked ? {} : null)}
          />
          {tr.t('pres.edit.predictFirst')}
        </label>
        {tissue && <p className="lesson-note">{tr.t('pres.edit.tissueNote')}</p>}
        {predict && (
          <>
            <label>
              {tr.t('pres.edit.hidden')}{' '}
              <select
                value={predict.hide}
                onChange={(e) => {
                  const hide = e.currentTarget.value as PredictHide;
                  setPredict(
                    hide === 'future'
                      ? { hide, fromDays: predict.fromDays ?? Math.min(1, horizonDays / 2) }
                      : { hide },
                  );
                }}
              >
                {HIDE_OPTIONS.map((h) => (
                  <option key={h} value={h}>
                    {tr.t(`pres.edit.hide.${h}`)}
                  </option>
                ))}
              </select>
            </label>
            {predict.hide === 'future' && (
              <span className="lesson-inline">
                <NumberInput
                  limit={fromDayLimit}
                  label={tr.t('pres.edit.hiddenFromDay')}
                  value={predict.fromDays ?? 0}
                  onCommit={(v) => v !== null && setPredict({ fromDays: v })}
                />
              </span>
            )}
            <label>
              <input
                type="checkbox"
                checked={predict.allowReveal}
                onChange={(e) => setPredict({ allowReveal: e.currentTarget.checked })}
              />
              {tr.t('pres.edit.allowReveal')}
            </label>
            <span className="lesson-guesses">
              {tr.t('pres.edit.typedGuesses')}
              {PREDICT_GUESSES.map((g) => (
                <label key={g}>
                  <input
                    type="checkbox"
                    checked={predict.guesses?.includes(g) ?? false}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      const list = (predict.guesses ?? []).filter((x) => x !== g);
                      setPredict({
                        guesses: on ? PREDICT_GUESSES.filter((x) => x === g || list.includes(x)) : list,
                      });
                    }}
                  />
                  {guessLabel(g)}
                </label>
              ))}
            </span>
          </>
        )}
      </fieldset>

      <fieldset className="lesson-fieldset">
        <legend>{tr.t('pres.edit.annotations')}</legend>
        {ANNOTATION_LABELS.map(([key, label]) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={annotations[key]}
              onChange={(e) => onChange({ annotations: { ...annotations, [key]: e.currentTarget.checked } })}
            />
            {tr.t(label)}
          </label>
        ))}
        <span className="lesson-inline">
          <span aria-hidden="true">{tr.t('pres.edit.thresholdAt')}&nbsp;</span>
          <NumberInput
            limit={THRESHOLD_LIMIT}
            label={`${tr.t('pres.edit.sceneThreshold')} (ng/mL)`}
            value={annotations.thresholdNgPerMl}
            onCommit={(v) => v !== null && onChange({ annotations: { ...annotations, thresholdNgPerMl: v } })}
          />
        </span>
      </fieldset>
    </div>
  );
}
