import { useId, useMemo, useState } from 'react';
import {
  addDose,
  deleteDose,
  duplicateDose,
  isValidTimeZone,
  MEAL_KINDS,
  moveDose,
  parseClock,
  parseDate,
  setDoseAmount,
  setDoseFat,
  setDoseMeal,
  setMissed,
  wallTimeToH,
  compoundSchedule,
  type MealKind,
  type RegimenSchedule,
  type Schedule,
  type ScheduledDose,
} from '../../../sim/schedule';
import {
  compoundLabel,
  dayLabel,
  MEAL_LABELS,
  mealForFat,
  nextDoseSlot,
  PATTERN_CHOICES,
  PATTERN_LABELS,
  patternChoice,
  scheduledRows,
  scheduleForChoice,
  addDoseBlocker,
  scheduleWithAddedDose,
  type DoseRegimen,
} from './doseList';
import { calendarReach, FIRST_CALENDAR_DATE } from '../../../sim/scenario/schema';
import { LIMITS } from '../../../sim';
import { NumberInput } from '../controls/NumberInput';
import { Pager, pageOf } from '../controls/Pager';
import './schedule.css';

export interface DosesPanelProps {
  /** Start and meal defaults; null until the user sets a start or picks a pattern. */
  calendar: Schedule | null;
  /** What a new calendar starts with (today 08:00 in the machine's zone). */
  proposedCalendar: Schedule;
  regimens: DoseRegimen[];
  horizonH: number;
  /** Time axis of every chart, export and presentation: days since the start or calendar dates. */
  timeAxis: 'days' | 'calendar';
  onTimeAxis: (axis: 'days' | 'calendar') => void;
  /** One edit: the new calendar and, when a regimen's schedule changed, that regimen's new schedule. */
  onChange: (calendar: Schedule, regimen?: { index: number; schedule: RegimenSchedule | null }) => void;
}

/**
 * Rows one regimen lists at a time; the rest are a page away and the chart shows them all. 400 rows of boxes at
 * once blocked the page 0.5-1.4 s per calendar regimen (tests/e2e/freeze.test.ts).
 */
const PAGE_ROWS = 50;

/** "Clock time", "Second clock time", "Third clock time" for a pattern's slots in order. */
function slotLabel(index: number, what: 'clock time' | 'daily meal'): string {
  if (index === 0) return what[0]!.toUpperCase() + what.slice(1);
  return `${['Second', 'Third'][index - 1] ?? `Slot ${index + 1}`} ${what}`;
}

/**
 * The dose schedule editor: start date and time, a repeating pattern per compound, and the dose list with
 * single-dose edits (time, amount, meal, fat, delete, duplicate = double dose, mark missed).
 */
export function DosesPanel({
  calendar,
  proposedCalendar,
  regimens,
  horizonH,
  timeAxis,
  onTimeAxis,
  onChange,
}: DosesPanelProps) {
  const cal = calendar ?? proposedCalendar;
  const id = useId();
  const setStart = (patch: Partial<Schedule['start']>) => {
    const start = { ...cal.start, ...patch };
    if (parseDate(start.date) === null || parseClock(start.time) === null || !isValidTimeZone(start.timeZone))
      return;
    // A start whose schedule would run past 9999-12-31 (or begins before 1900) is one no file could hold.
    if (calendarReach(start.date, horizonH / 24) !== null) return;
    onChange({ ...cal, start });
  };
  // fatG has passed LIMITS.fatG in the box.
  const setMealFat = (meal: MealKind, fatG: number) => {
    onChange({ ...cal, mealFatG: { ...cal.mealFatG, [meal]: fatG } });
  };

  return (
    <section className="card doses-panel" role="region" aria-label="Doses">
      <h2>Doses</h2>
      <div className="doses-start">
        <label>
          Start date
          <input
            type="date"
            min={FIRST_CALENDAR_DATE}
            value={cal.start.date}
            onChange={(e) => setStart({ date: e.currentTarget.value })}
          />
        </label>
        <label>
          Start time
          <input
            type="time"
            value={cal.start.time}
            onChange={(e) => setStart({ time: e.currentTarget.value })}
          />
        </label>
        <span
          className="field-hint"
          title="Doses are at these clock times in this time zone, also across a change to or from summer time."
        >
          Time zone: {cal.start.timeZone}
        </span>
      </div>
      <fieldset className="segmented time-axis-switch">
        <legend>Time axis</legend>
        {(['days', 'calendar'] as const).map((axis) => (
          <label key={axis} className={timeAxis === axis ? 'seg on' : 'seg'}>
            <input
              type="radio"
              name={`${id}-time-axis`}
              checked={timeAxis === axis}
              onChange={() => onTimeAxis(axis)}
            />
            {axis === 'days' ? 'Days since start' : 'Calendar dates'}
          </label>
        ))}
      </fieldset>
      <details className="meal-defaults">
        <summary>Fat per meal (g)</summary>
        <div className="meal-grid">
          {MEAL_KINDS.filter((m) => m !== 'none').map((meal) => (
            <label key={meal}>
              {MEAL_LABELS[meal]}
              <NumberInput
                limit={LIMITS.fatG}
                label={`${MEAL_LABELS[meal]} fat (g)`}
                unit=""
                value={cal.mealFatG[meal]}
                onCommit={(fatG) => fatG !== null && setMealFat(meal, fatG)}
              />
            </label>
          ))}
        </div>
      </details>

      {regimens.map((r) => (
        <RegimenDoses
          key={r.index}
          idPrefix={`${id}-${r.index}`}
          calendar={cal}
          regimen={r}
          horizonH={horizonH}
          onSchedule={(schedule) => onChange(cal, { index: r.index, schedule })}
        />
      ))}
      <p className="field-hint">
        Sliders set a regular schedule quickly; pick a pattern to edit single doses. Your edits stay with
        their date when you change the amount. Educational model, not dosing advice.
      </p>
    </section>
  );
}

function RegimenDoses({
  idPrefix,
  calendar,
  regimen,
  horizonH,
  onSchedule,
}: {
  idPrefix: string;
  calendar: Schedule;
  regimen: DoseRegimen;
  horizonH: number;
  onSchedule: (schedule: RegimenSchedule | null) => void;
}) {
  const choice = patternChoice(regimen.schedule);
  const schedule = regimen.schedule;
  // Expanded once per change of what it reads: re-expanding 3,660 days of slots on every render of the panel
  // blocked the page (nine calendar regimens: 0.4-0.8 s a render, freeze e2e).
  const { compound, doseUg } = regimen;
  const rows = useMemo(
    () => scheduledRows(calendar, { compound, doseUg, schedule }, horizonH),
    [calendar, compound, doseUg, schedule, horizonH],
  );
  const [pageAsked, setPage] = useState(0);
  const page = pageOf(pageAsked, rows.length, PAGE_ROWS);
  // "Add dose" works before a pattern is chosen: the sliders' doses become the pattern they amount to.
  const blocker = schedule ? null : addDoseBlocker(regimen);
  const cs = schedule && compoundSchedule(regimen, schedule);
  const edit = (f: (c: NonNullable<typeof cs>) => NonNullable<typeof cs>) => {
    if (!cs) return;
    const next = f(cs);
    onSchedule({ pattern: next.pattern, edits: next.edits, added: next.added });
  };
  const setSlot = (slotIndex: number, patch: Partial<{ time: string; meal: MealKind }>) => {
    if (!schedule) return;
    if (patch.time !== undefined && parseClock(patch.time) === null) return;
    const slots = schedule.pattern.slots.map((s, i) => (i === slotIndex ? { ...s, ...patch } : s));
    onSchedule({ ...schedule, pattern: { ...schedule.pattern, slots } });
  };

  return (
    <fieldset className="regimen-doses" data-compound={regimen.compound}>
      <legend>{regimen.label}</legend>
      <div className="pattern-row">
        <label>
          Pattern
          <select
            aria-label="Pattern"
            value={choice}
            onChange={(e) =>
              onSchedule(
                scheduleForChoice(
                  e.currentTarget.value as (typeof PATTERN_CHOICES)[number],
                  schedule,
                  calendar.start,
                  mealForFat(regimen.fatG, calendar.mealFatG),
                ),
              )
            }
          >
            {PATTERN_CHOICES.map((c) => (
              <option key={c} value={c}>
                {c === 'sliders'
                  ? `${PATTERN_LABELS.sliders} (every ${regimen.intervalH} h)`
                  : PATTERN_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        {schedule?.pattern.slots.map((slot, i) => (
          <span key={i} className="slot">
            <label>
              {slotLabel(i, 'clock time')}
              <input
                type="time"
                aria-label={slotLabel(i, 'clock time')}
                value={slot.time}
                onChange={(e) => setSlot(i, { time: e.currentTarget.value })}
              />
            </label>
            <label>
              {slotLabel(i, 'daily meal')}
              <select
                aria-label={slotLabel(i, 'daily meal')}
                value={slot.meal}
                onChange={(e) => setSlot(i, { meal: e.currentTarget.value as MealKind })}
              >
                {MEAL_KINDS.map((m) => (
                  <option key={m} value={m}>
                    {MEAL_LABELS[m]}
                  </option>
                ))}
              </select>
            </label>
          </span>
        ))}
      </div>
      {schedule && cs ? (
        <>
          <div className="table-scroll dose-table-scroll">
            <table className="dose-table" aria-label={`${regimen.label} doses`}>
              <thead>
                <tr>
                  <th scope="col">Date and time</th>
                  <th scope="col">Amount (µg)</th>
                  <th scope="col">Compound</th>
                  <th scope="col">Meal</th>
                  <th scope="col">Fat (g)</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS).map((d) => (
                  <DoseRow
                    key={d.id}
                    idPrefix={`${idPrefix}-${d.id}`}
                    dose={d}
                    onMove={(date, time) => {
                      if (parseDate(date) === null || parseClock(time) === null) return;
                      edit((c) => moveDose(c, d, wallTimeToH(calendar, date, time), { date, time }));
                    }}
                    onAmount={(amountUg) => edit((c) => setDoseAmount(c, d, amountUg))}
                    onMeal={(meal) => edit((c) => setDoseMeal(c, d, meal))}
                    onFat={(fatG) => edit((c) => setDoseFat(c, d, fatG))}
                    onDelete={() => edit((c) => deleteDose(c, d))}
                    onDuplicate={() => edit((c) => duplicateDose(c, d))}
                    onMissed={() => edit((c) => setMissed(c, d, !d.missed))}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label={`Pages of ${regimen.label} doses`}
            noun="Doses"
            total={rows.length}
            pageRows={PAGE_ROWS}
            page={page}
            onPage={setPage}
          />
          <button
            type="button"
            className="add-dose"
            onClick={() => {
              edit((c) => addDose(c, nextDoseSlot(calendar, schedule, rows, horizonH)));
              // The new dose is one of the last: show it.
              setPage(Math.floor(rows.length / PAGE_ROWS));
            }}
          >
            Add dose
          </button>
        </>
      ) : (
        <>
          <p className="field-hint">
            {compoundLabel(regimen.compound)}: {regimen.doseUg} µg every {regimen.intervalH} h from the start,
            set by the sliders. Pick a pattern to list and edit single doses, or add one.
          </p>
          <button
            type="button"
            className="add-dose"
            disabled={blocker !== null}
            aria-describedby={blocker === null ? undefined : `${idPrefix}-add-why`}
            onClick={() => {
              const next = scheduleWithAddedDose(calendar, regimen, horizonH);
              if (next) onSchedule(next);
            }}
          >
            Add dose
          </button>
          {blocker !== null && (
            <p className="field-hint" id={`${idPrefix}-add-why`}>
              Add dose: {blocker}.
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}

function DoseRow({
  idPrefix,
  dose,
  onMove,
  onAmount,
  onMeal,
  onFat,
  onDelete,
  onDuplicate,
  onMissed,
}: {
  idPrefix: string;
  dose: ScheduledDose;
  onMove: (date: string, time: string) => void;
  onAmount: (amountUg: number) => void;
  onMeal: (meal: MealKind) => void;
  onFat: (fatG: number) => void;
  onDelete: () => void;
  onDuplicate: () => void;
  onMissed: () => void;
}) {
  const moved = Math.abs(dose.timeH - dose.plannedTimeH) > 1e-9;
  const when = `${dayLabel(dose.date)} ${dose.time}`;
  return (
    <tr className={dose.missed ? 'dose-row missed' : 'dose-row'} data-dose-id={dose.id} data-date={dose.date}>
      <td>
        <span className="dose-day" id={`${idPrefix}-day`}>
          {dayLabel(dose.date)}
        </span>
        <input
          type="datetime-local"
          aria-label="Dose time"
          aria-describedby={`${idPrefix}-day`}
          value={`${dose.date}T${dose.time}`}
          onChange={(e) => {
            const [date = '', time = ''] = e.currentTarget.value.split('T');
            onMove(date, time.slice(0, 5));
          }}
        />
        {dose.missed && <span className="dose-flag">missed: drawn, not taken</span>}
        {moved && <span className="dose-flag">moved from its planned time</span>}
        {dose.copy > 0 && <span className="dose-flag">second unit (double dose)</span>}
      </td>
      <td>
        <NumberInput
          limit={LIMITS.extraAmountUg}
          label="Amount"
          unit=""
          value={dose.amountUg}
          onCommit={(amountUg) => amountUg !== null && onAmount(amountUg)}
        />
      </td>
      <td>{compoundLabel(dose.compound)}</td>
      <td>
        <select
          aria-label="Meal"
          value={dose.meal}
          onChange={(e) => onMeal(e.currentTarget.value as MealKind)}
        >
          {MEAL_KINDS.map((m) => (
            <option key={m} value={m}>
              {MEAL_LABELS[m]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <NumberInput
          limit={LIMITS.fatG}
          label="Meal fat"
          unit=""
          value={dose.fatG}
          onCommit={(fatG) => fatG !== null && onFat(fatG)}
        />
      </td>
      <td className="dose-actions">
        <button type="button" onClick={onDelete} aria-label={`Delete dose ${when}`}>
          Delete
        </button>
        <button type="button" onClick={onDuplicate} aria-label={`Duplicate dose ${when}`}>
          Duplicate
        </button>
        <button
          type="button"
          onClick={onMissed}
          aria-pressed={dose.missed}
          aria-label={`Mark missed ${when}`}
        >
          {dose.missed ? 'Missed' : 'Mark missed'}
        </button>
      </td>
    </tr>
  );
}
