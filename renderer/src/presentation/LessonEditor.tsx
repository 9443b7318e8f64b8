import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Limit } from '../../../sim';
import { THRESHOLD_LIMIT } from '../controls/bounds';
import { NumberInput } from '../controls/NumberInput';
import { CAPTION_PLACEHOLDERS } from './captionPlaceholders';
import type { Lesson } from './lesson';
import { deleteScene, duplicateScene, moveScene, renameLesson, updateScene } from './lessonEdits';
import { GUESS_LABELS } from './predict';
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

const HIDE_LABELS: Record<PredictHide, string> = {
  curve: 'the whole curve',
  future: 'the curve after a day',
  numbers: 'only the numbers',
};

const ANNOTATION_LABELS: [keyof Omit<AnnotationSettings, 'thresholdNgPerMl'>, string][] = [
  ['halfLife', 'Half-life marker'],
  ['steadyState', 'Steady-state band'],
  ['threshold', 'Threshold'],
  ['doses', 'Dose markers'],
];

/**
 * The lesson written in the app: its title, each scene's title and caption (with live numbers), the order of
 * scenes (drag a scene, Alt+↑/↓, or the Move buttons), copies and deletions, and each scene's annotations and
 * prediction settings. Every change is an edit of the lesson, autosaved by useLesson.
 */
export function LessonEditor({ lesson, onChange, startIndex, onClose }: LessonEditorProps) {
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
    <section className="lesson-editor" aria-label="Lesson editor" data-testid="lesson-editor">
      <div className="lesson-editor-head">
        <label className="lesson-title-field">
          <span>Lesson title</span>
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
        <button type="button" className="lesson-done" onClick={() => onClose(safeSelected)}>
          Done: show scene {safeSelected + 1}
        </button>
      </div>
      <p className="lesson-help">
        Drag a scene by its handle, or press Alt+↑ / Alt+↓ in it, to reorder. Click a scene to edit its
        caption, annotations and prediction.
      </p>
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
                aria-label={`Scene ${i + 1}: drag, or Alt+Up/Down, to move`}
                title="Drag to reorder (or Alt+↑/↓)"
              >
                ⠿ {i + 1}
              </button>
              <input
                type="text"
                className="lesson-scene-title"
                aria-label={`Scene ${i + 1} title`}
                value={scene.title}
                maxLength={200}
                onChange={(e) => {
                  const title = e.currentTarget.value;
                  onChange((l) => updateScene(l, i, { title }));
                }}
                onBlur={(e) => {
                  // A scene keeps a title (the file requires one).
                  if (e.currentTarget.value.trim() === '')
                    onChange((l) => updateScene(l, i, { title: `Scene ${i + 1}` }));
                }}
              />
              {scene.predict && <span className="lesson-badge">predicts</span>}
              <span className="lesson-scene-buttons">
                <button type="button" onClick={() => move(i, i - 1, false)} disabled={i === 0}>
                  Move up
                </button>
                <button
                  type="button"
                  onClick={() => move(i, i + 1, false)}
                  disabled={i === lesson.scenes.length - 1}
                >
                  Move down
                </button>
                <button
                  type="button"
                  onClick={() => {
                    onChange((l) => duplicateScene(l, i));
                    setSelected(i + 1);
                  }}
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  onClick={() => {
                    onChange((l) => deleteScene(l, i));
                    setSelected(Math.max(0, Math.min(safeSelected, lesson.scenes.length - 2)));
                  }}
                  disabled={lesson.scenes.length <= 1}
                >
                  Delete
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
  const sim = sceneSimulation(scene);
  const annotations = scene.annotations ?? defaultAnnotations(scene);
  const parts = useMemo(() => sceneCaptionParts(scene, sim, annotations), [scene, sim, annotations]);
  const predict = scene.predict;
  const horizonDays = scene.scenario.horizonDays;
  const fromDayLimit: Limit = {
    name: 'From day',
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
    <div className="lesson-scene-details" aria-label={`Scene ${index + 1} settings`} role="group">
      <label className="lesson-caption-field">
        <span>Scene {index + 1} caption</span>
        <textarea
          aria-label={`Scene ${index + 1} caption`}
          value={scene.caption ?? ''}
          rows={3}
          maxLength={2000}
          placeholder="Empty: the computed caption is shown"
          onChange={(e) => {
            const caption = e.currentTarget.value;
            onChange({ caption: caption === '' ? undefined : caption });
          }}
        />
      </label>
      <p className="lesson-preview" data-testid="caption-preview">
        <span className="lesson-preview-label">On screen: </span>
        {parts.map((p, i) =>
          p.kind === 'unknown' ? (
            <mark key={i} className="lesson-unknown" title={`No number is called {${p.name}}`}>
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
        Numbers that follow the scene:{' '}
        {CAPTION_PLACEHOLDERS.map((p, i) => (
          <span key={p.name}>
            {i > 0 && ', '}
            <code>{`{${p.name}}`}</code> {p.about}
          </span>
        ))}
        . They describe the compound with the longest half-life shown. Write {'{{'} and {'}}'} for braces.
      </p>

      <fieldset className="lesson-fieldset">
        <legend>Prediction</legend>
        <label>
          <input
            type="checkbox"
            checked={predict !== undefined}
            disabled={tissue && predict === undefined}
            onChange={(e) => setPredict(e.currentTarget.checked ? {} : null)}
          />
          The class predicts this scene first
        </label>
        {tissue && (
          <p className="lesson-note">
            The tissue chart has no curve to sketch; predictions use plasma scenes.
          </p>
        )}
        {predict && (
          <>
            <label>
              Hidden while predicting{' '}
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
                {(Object.keys(HIDE_LABELS) as PredictHide[]).map((h) => (
                  <option key={h} value={h}>
                    {HIDE_LABELS[h]}
                  </option>
                ))}
              </select>
            </label>
            {predict.hide === 'future' && (
              <span className="lesson-inline">
                <NumberInput
                  limit={fromDayLimit}
                  label="Hidden from day"
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
              Next reveals the real curve
            </label>
            <span className="lesson-guesses">
              Typed guesses:
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
                  {GUESS_LABELS[g]}
                </label>
              ))}
            </span>
          </>
        )}
      </fieldset>

      <fieldset className="lesson-fieldset">
        <legend>Annotations the scene opens with</legend>
        {ANNOTATION_LABELS.map(([key, label]) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={annotations[key]}
              onChange={(e) => onChange({ annotations: { ...annotations, [key]: e.currentTarget.checked } })}
            />
            {label}
          </label>
        ))}
        <span className="lesson-inline">
          <span aria-hidden="true">Threshold at&nbsp;</span>
          <NumberInput
            limit={THRESHOLD_LIMIT}
            label="Scene threshold (ng/mL)"
            value={annotations.thresholdNgPerMl}
            onCommit={(v) => v !== null && onChange({ annotations: { ...annotations, thresholdNgPerMl: v } })}
          />
        </span>
      </fieldset>
    </div>
  );
}
