import { useId, useState, type KeyboardEvent } from 'react';
import { limitName, unitName, type Limit } from '../../../sim';
import { currentTranslator, displayLocale, useT } from '../i18n';
import { formatTypedNumber } from '../../../sim/text/parseTypedNumber';
import { readTypedValue, type FieldBounds } from './bounds';
import './numberInput.css';

export interface NumberInputProps {
  /** The committed value; null shows an empty box ("not set"). */
  value: number | null;
  /** Called once per commit (Enter or leaving the box) with a value that passed every rule; null only when `optional`. */
  onCommit: (value: number | null) => void;
  /** The rule from the one limits table (sim/scenario/limits.ts LIMITS, or a FieldBounds built on it). */
  limit: Limit | FieldBounds;
  /** Accessible name; default "<name> (<unit>)", or none when `id` is given (a <label htmlFor={id}> names it). */
  label?: string;
  /** The input's id, for a visible <label htmlFor>. */
  id?: string;
  /** A rule that depends on the rest of the scenario (the work caps): a sentence fragment when `value` breaks it. */
  check?: (value: number) => string | null;
  /** Blank commits null ("not set"); otherwise blank is refused with a message. */
  optional?: boolean;
  /** Unit shown after the box; default the limit's unit; '' shows none. */
  unit?: string;
  /** Ids of hints that describe the box (the error and reading notes are added). */
  describedBy?: string;
  /** BCP 47 tag; default the browser's language (navigator.language). */
  locale?: string;
  disabled?: boolean;
  className?: string;
}

/**
 * The reader's locale: the UI's (the system's own tag when it is of the UI's language, renderer/src/i18n), so a
 * box writes "1,5" where the tables do; en-US in tests without a provider. Typing reads both separators anyway.
 */
export function browserLocale(): string {
  return displayLocale();
}

/** What the box holds while the user edits: the text as typed and the value it was typed over. */
interface Draft {
  text: string;
  /** The committed value when editing began: a change from outside (slider, undo, file) ends the draft. */
  over: number | null;
  error: string | null;
}

/** A box's own state: the draft being typed, and how the last commit read an ambiguous separator. */
export interface BoxState {
  draft: Draft | null;
  note: { text: string; value: number } | null;
}

export const EMPTY_BOX: BoxState = { draft: null, note: null };

/** What the box is told: typing, Enter or leaving it (commit), Escape. */
export type BoxEvent = { type: 'type'; text: string } | { type: 'commit' } | { type: 'escape' };

/** What the box knows of its props when an event comes in. */
export interface BoxContext {
  value: number | null;
  limit: Limit | FieldBounds;
  check?: (value: number) => string | null;
  locale: string;
  optional: boolean;
}

/**
 * The box's behaviour as a pure function, so node tests drive the same code as the browser: the next state,
 * and `commit` when the event commits a new value (the only time onCommit is called).
 */
export function boxEvent(
  state: BoxState,
  event: BoxEvent,
  ctx: BoxContext,
): { state: BoxState; commit?: number | null } {
  const live = liveDraft(state, ctx.value);
  switch (event.type) {
    case 'type':
      return {
        state: { ...state, draft: { text: event.text, over: ctx.value, error: live?.error ?? null } },
      };
    case 'escape':
      return { state: { ...state, draft: null } };
    case 'commit': {
      if (live === null) return { state };
      const read = readTypedValue(live.text, ctx.limit, {
        check: ctx.check,
        locale: ctx.locale,
        optional: ctx.optional,
      });
      if (!read.ok) return { state: { ...state, draft: { ...live, error: read.message } } };
      const note =
        read.value !== null && 'reading' in read && read.reading
          ? { text: read.reading, value: read.value }
          : null;
      const next: BoxState = { draft: null, note };
      return Object.is(read.value, ctx.value) ? { state: next } : { state: next, commit: read.value };
    }
  }
}

/** The draft, unless the value changed from outside since typing began (then the box shows the value). */
const liveDraft = (state: BoxState, value: number | null): Draft | null =>
  state.draft !== null && Object.is(state.draft.over, value) ? state.draft : null;

/** What the box shows: its text, the refusal (with what is kept) and the reading note. */
export function boxView(
  state: BoxState,
  ctx: Pick<BoxContext, 'value' | 'locale' | 'limit'> & { unit?: string },
): { text: string; error: string | null; note: string | null } {
  const live = liveDraft(state, ctx.value);
  const rule = 'limit' in ctx.limit ? ctx.limit.limit : ctx.limit;
  const unit = ctx.unit ?? rule.unit;
  const formatted = ctx.value === null ? '' : formatTypedNumber(ctx.value, ctx.locale);
  const tr = currentTranslator();
  const kept = ctx.value === null ? tr.t('box.notSet') : `${formatted}${unit ? ` ${unit}` : ''}`;
  return {
    text: live?.text ?? formatted,
    error: live?.error ? tr.t('box.kept', { error: live.error, kept }) : null,
    note:
      live === null && state.note !== null && Object.is(state.note.value, ctx.value) ? state.note.text : null,
  };
}

/**
 * The one number box of the app. type="text" with inputMode="decimal" (type="number" drops "1,2" silently in
 * some locales). "1,2" and "1.2" are read alike (sim/text/parseTypedNumber); the text stays as typed until
 * Enter or leaving the box commits it. A value that breaks a rule (bounds, a work cap, garbage, blank in a
 * required box) is refused with a sentence next to the box, and the committed value stays; Escape restores it.
 */
export function NumberInput({
  value,
  onCommit,
  limit,
  label,
  id,
  check,
  optional = false,
  unit,
  describedBy,
  locale,
  disabled,
  className,
}: NumberInputProps) {
  const tr = useT();
  const ownId = useId();
  const inputId = id ?? `${ownId}-box`;
  const errorId = `${inputId}-error`;
  const noteId = `${inputId}-note`;
  const rule = 'limit' in limit ? limit.limit : limit;
  const shownUnit = unitName(unit ?? rule.unit, tr);
  const [state, setState] = useState<BoxState>(EMPTY_BOX);
  const ctx: BoxContext = { value, limit, check, locale: locale ?? browserLocale(), optional };
  const view = boxView(state, { ...ctx, unit: shownUnit });
  const error = view.error;
  const shownNote = view.note;

  const send = (event: BoxEvent): void => {
    const next = boxEvent(state, event, ctx);
    setState(next.state);
    if (next.commit !== undefined) onCommit(next.commit);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') {
      e.preventDefault();
      send({ type: 'commit' });
    } else if (
      (e.ctrlKey || e.metaKey) &&
      ['z', 'y'].includes(e.key.toLowerCase()) &&
      liveDraft(state, value) === null
    ) {
      // Nothing typed since the last commit: the box's own text undo would show a value the scenario does not
      // have (Ctrl+Z: box 90, chart still 500). Declined here, so the app's undo takes the key (bridge).
      e.preventDefault();
    } else if (e.key === 'Escape' && liveDraft(state, value) !== null) {
      // Only when there is something to restore, so Escape still reaches dialogs and presentation mode.
      e.preventDefault();
      e.stopPropagation();
      send({ type: 'escape' });
    }
  };

  const described = [describedBy, error ? errorId : null, shownNote ? noteId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <span className={className ? `number-input ${className}` : 'number-input'}>
      <span className="number-box">
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="done"
          aria-label={
            label ??
            (id
              ? undefined
              : shownUnit
                ? tr.t('slider.label', { name: limitName(rule, tr), unit: shownUnit })
                : limitName(rule, tr))
          }
          aria-invalid={error !== null}
          aria-describedby={described || undefined}
          placeholder={optional ? 'not set' : undefined}
          disabled={disabled}
          value={view.text}
          onChange={(e) => send({ type: 'type', text: e.currentTarget.value })}
          onBlur={() => send({ type: 'commit' })}
          onKeyDown={onKeyDown}
        />
        {shownUnit && (
          <span className="unit" aria-hidden="true">
            {shownUnit}
          </span>
        )}
      </span>
      {error && (
        <span className="field-error number-error" id={errorId} role="alert">
          {error}
        </span>
      )}
      {shownNote && (
        <span className="field-hint number-note" id={noteId} aria-live="polite">
          {shownNote}
        </span>
      )}
    </span>
  );
}
