import { useId, useRef, useState } from 'react';
import { type FieldBounds } from './bounds';
import { NumberInput } from './NumberInput';
import { limitName, rangeText, unitName } from '../../../sim';
import { useT } from '../i18n';

export interface SliderFieldProps {
  bounds: FieldBounds;
  value: number;
  /** `gesture` is the same for every step of one drag, so undo can treat a drag as one edit. */
  onChange: (value: number, gesture: string | undefined) => void;
  hint?: string;
  /** A rule that depends on the rest of the scenario (the work caps): a sentence when `value` breaks it. */
  check?: (value: number) => string | null;
}

/**
 * A range slider with a typed number box beside it. Both carry accessible names starting with the field
 * name. The box is the app's NumberInput: a typed value is applied on Enter or leaving the box, only when it
 * is a number within bounds and the work caps; otherwise a message next to it says why.
 */
export function SliderField({ bounds, value, onChange, hint, check }: SliderFieldProps) {
  const id = useId();
  // The slider's own message: a drag position over a work cap (the typed box says its own).
  const [error, setError] = useState<string | null>(null);
  const gesture = useRef(0);
  const dragging = useRef(false);
  const tr = useT();
  const name = limitName(bounds, tr);
  const unit = unitName(bounds.unit, tr);
  const label = tr.t('slider.label', { name, unit });
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  return (
    <div className="slider-field">
      <div className="slider-head">
        <label htmlFor={`${id}-range`}>{name}</label>
        {/* The slider's range is a usability choice; the number box takes the whole range a file may hold. */}
        <span
          className="slider-unit-hint"
          title={tr.t('slider.title', {
            min: tr.num(bounds.min),
            max: tr.num(bounds.max),
            unit,
            range: rangeText(bounds.limit, tr),
          })}
        >
          {tr.t('slider.range', { min: tr.num(bounds.min), max: tr.num(bounds.max), unit })}
        </span>
      </div>
      <div className="slider-row">
        <input
          id={`${id}-range`}
          type="range"
          aria-label={label}
          aria-describedby={
            [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
          }
          min={bounds.min}
          max={bounds.max}
          step={bounds.step}
          value={Math.min(bounds.max, Math.max(bounds.min, value))}
          onPointerDown={() => {
            gesture.current += 1;
            dragging.current = true;
          }}
          onPointerUp={() => {
            dragging.current = false;
          }}
          onChange={(e) => {
            const over = check?.(Number(e.currentTarget.value)) ?? null;
            setError(
              over === null
                ? null
                : tr.t('box.over', { name, value: `${tr.num(Number(e.currentTarget.value))} ${unit}`, over }),
            );
            if (over !== null) return;
            onChange(
              Number(e.currentTarget.value),
              dragging.current ? `${bounds.name}#${gesture.current}` : undefined,
            );
          }}
        />
        <NumberInput
          limit={bounds}
          value={value}
          label={tr.t('slider.valueLabel', { label })}
          describedBy={hint ? hintId : undefined}
          check={check}
          onCommit={(typed) => {
            setError(null);
            if (typed !== null) onChange(typed, undefined);
          }}
        />
      </div>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
