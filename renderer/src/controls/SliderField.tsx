import { useId, useRef, useState } from 'react';
import { readTypedValue, type FieldBounds } from './bounds';
import { rangeText } from '../../../sim';

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
 * name. A typed value is applied only when it is a number within bounds; otherwise an inline message says why.
 */
export function SliderField({ bounds, value, onChange, hint, check }: SliderFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const gesture = useRef(0);
  const dragging = useRef(false);
  const label = `${bounds.name} (${bounds.unit})`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  // A valid draft that no longer matches the value (slider moved, undo) gives way to the value.
  const draftRead = draft === null ? null : readTypedValue(draft, bounds, check);
  const shown =
    draft !== null && draftRead !== null && (!draftRead.ok || draftRead.value === value)
      ? draft
      : String(value);

  const onType = (text: string): void => {
    setDraft(text);
    const read = readTypedValue(text, bounds, check);
    if (read.ok) {
      setError(null);
      if (read.value !== value) onChange(read.value, undefined);
    } else {
      setError(read.message);
    }
  };

  return (
    <div className="slider-field">
      <div className="slider-head">
        <label htmlFor={`${id}-range`}>{bounds.name}</label>
        {/* The slider's range is a usability choice; the number box takes the whole range a file may hold. */}
        <span
          className="slider-unit-hint"
          title={`The slider covers ${bounds.min}–${bounds.max} ${bounds.unit}; type any value ${rangeText(bounds.limit)}.`}
        >
          slider {bounds.min}–{bounds.max} {bounds.unit}
        </span>
      </div>
      <div className="slider-row">
        <input
          id={`${id}-range`}
          type="range"
          aria-label={label}
          aria-describedby={hint ? hintId : undefined}
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
            setDraft(null);
            const over = check?.(Number(e.currentTarget.value)) ?? null;
            setError(
              over === null ? null : `${bounds.name} ${e.currentTarget.value} ${bounds.unit}: ${over}.`,
            );
            if (over !== null) return;
            onChange(
              Number(e.currentTarget.value),
              dragging.current ? `${bounds.name}#${gesture.current}` : undefined,
            );
          }}
        />
        <span className="number-box">
          <input
            type="text"
            inputMode="decimal"
            aria-label={`${label} value`}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            value={shown}
            onChange={(e) => onType(e.currentTarget.value)}
            onBlur={() => {
              if (error === null) setDraft(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setDraft(null);
                setError(null);
              }
            }}
          />
          <span className="unit" aria-hidden="true">
            {bounds.unit}
          </span>
        </span>
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
