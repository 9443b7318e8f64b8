import { useEffect, useId, useState } from 'react';
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
  doseListPages,
  listedRows,
  listPage,
  rowsEstimate,
  mealLabel,
  mealForFat,
  nextDoseSlot,
  PATTERN_CHOICES,
  patternLabel,
  patternChoice,
  scheduledRows,
  scheduleForChoice,
  addDoseBlocker,
  scheduleWithAddedDose,
  type DoseListPage,
  type DoseListsRequest,
  type DoseRegimen,
} from './doseList';
import { useWorkerResult } from '../workers/useWorkerResult';
import { calendarReach, FIRST_CALENDAR_DATE } from '../../../sim/scenario/schema';
import { LIMITS } from '../../../sim';
import { NumberInput } from '../controls/NumberInput';
import { Pager } from '../controls/Pager';
import { useT } from '../i18n';
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
/**
 * Rows the whole panel lists at a time: with several calendar regimens each lists fewer a page (nine regimens'
 * 450 rows of boxes were 11,000 elements whose layout blocked the page for seconds).
 */
const PANEL_ROWS = 100;

/**
 * Rows the panel lists on the page in the render that shows them; when the regimens not listed yet hold more (a
 * ten-year daily regimen: 3,661 rows, 50 ms; nine ten-year schedules: 99,000 rows, 0.2-1 s), the panel's worker
 * lists them and sends the pages shown, and each list says it is being made until then. A list's own edits and
 * page turns are listed at once (the user is at that list).
 */
const SYNC_ROWS = 2_000;

const createWorker = () => new Worker(new URL('./doseList.worker.ts', import.meta.url), { type: 'module' });

/** The same request object while what it asks is the same (the worker kit takes a new object as a new request). */
let lastRequest: { key: string; request: DoseListsRequest } | null = null;
const ids = new WeakMap<object, number>();
let nextId = 1;
const idOf = (o: object) => {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
};
/**
 * The pages the worker sent, per schedule object with what they were asked with: kept while unchanged, so an
 * edit of one list does not send the others to the worker again (they would say "Listing" meanwhile).
 */
const workerPages = new WeakMap<
  RegimenSchedule,
  {
    calendar: Schedule;
    horizonH: number;
    pageRows: number;
    asked: DoseListsRequest['lists'][number];
    list: DoseListPage;
  }
>();
function knownPage(
  calendar: Schedule,
  horizonH: number,
  pageRows: number,
  asked: DoseListsRequest['lists'][number],
) {
  const hit = workerPages.get(asked.schedule);
  return hit &&
    hit.calendar === calendar &&
    hit.horizonH === horizonH &&
    hit.pageRows === pageRows &&
    hit.asked.compound === asked.compound &&
    hit.asked.doseUg === asked.doseUg &&
    hit.asked.page === asked.page
    ? hit.list
    : null;
}

function stableRequest(request: DoseListsRequest): DoseListsRequest {
  const key = [
    idOf(request.calendar),
    request.horizonH,
    request.pageRows,
    ...request.lists.map((l) => `${l.index}:${l.compound}:${l.doseUg}:${idOf(l.schedule)}:${l.page}`),
  ].join('|');
  if (lastRequest?.key !== key) lastRequest = { key, request };
  return lastRequest.request;
}

/** Rows a page of one regimen's list, with `regimens` lists in the panel: 50 for one or two, at least 10. */
function pageRowsFor(regimens: number): number {
  return Math.max(10, Math.min(PAGE_ROWS, Math.floor(PANEL_ROWS / Math.max(1, regimens))));
}

/**
 * Rows drawn in turn, a few per task: nine regimens' first pages at once (99 rows of date, number and meal
 * boxes) were one block of 0.6-1 s in Chromium, one regimen's 50 rows 0.25-0.35 s (creating the boxes, then
 * their style and layout). A list draws ROWS_PER_TASK rows at once when it is alone (or the panel's first), and
 * the rest, like every list that appears beside others, in turns; lists take turns. What a list has drawn it
 * draws at once from then on (an edit or a page turn is not drawn in turns).
 */
const ROWS_PER_TASK = 10;
const drawQueue: (() => void)[] = [];
let drawTimer: ReturnType<typeof setTimeout> | null = null;
function drawNext(): void {
  drawTimer = null;
  drawQueue.shift()?.();
  // The next turn after React has rendered this one (its render is a task of its own, queued before this timer).
  if (drawQueue.length > 0) drawTimer = setTimeout(drawNext, 0);
}
function drawInTurn(draw: () => void): () => void {
  drawQueue.push(draw);
  if (drawTimer === null) drawTimer = setTimeout(drawNext, 0);
  return () => {
    const at = drawQueue.indexOf(draw);
    if (at >= 0) drawQueue.splice(at, 1);
  };
}

/** How many of a list's `rows` (0 while it is not listed) may be drawn now. */
function useRowsDrawn(alone: boolean, rows: number): number {
  const [drawn, setDrawn] = useState(alone ? ROWS_PER_TASK : 0);
  useEffect(
    () => (drawn >= rows ? undefined : drawInTurn(() => setDrawn((d) => d + ROWS_PER_TASK))),
    [drawn, rows],
  );
  return drawn;
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
  const tr = useT();
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

  const pageRows = pageRowsFor(regimens.length);
  // Page asked per regimen index; the schedule a list's own boxes made (listed at once: the edited row stays).
  const [pages, setPages] = useState<Readonly<Record<number, number>>>({});
  const [editedHere, setEditedHere] = useState<RegimenSchedule | null>(null);
  // An estimate, so that nothing is listed to find out what listing costs.
  const unlisted = regimens.reduce(
    (n, r) => n + (listedRows(cal, r, horizonH) === null ? rowsEstimate(r, horizonH) : 0),
    0,
  );
  const listHere = (r: DoseRegimen) =>
    unlisted <= SYNC_ROWS || (r.schedule !== null && r.schedule === editedHere);
  const listed = new Map<number, DoseListPage>();
  const toWorker: DoseListsRequest['lists'] = [];
  for (const r of regimens) {
    if (!r.schedule) continue;
    const rows = listedRows(cal, r, horizonH) ?? (listHere(r) ? scheduledRows(cal, r, horizonH) : null);
    const asked = {
      index: r.index,
      compound: r.compound,
      doseUg: r.doseUg,
      schedule: r.schedule,
      page: pages[r.index] ?? 0,
    };
    const known = rows ? listPage(rows, asked.page, pageRows) : knownPage(cal, horizonH, pageRows, asked);
    if (known) listed.set(r.index, known);
    else toWorker.push(asked);
  }
  const request = stableRequest({ calendar: cal, horizonH, pageRows, lists: toWorker });
  const withSchedule = regimens.filter((r) => r.schedule !== null);
  const listsShown = withSchedule.length;
  const firstListed = withSchedule[0]?.index;
  const fromWorker = useWorkerResult({
    enabled: toWorker.length > 0,
    request,
    createWorker,
    computeHere: doseListPages,
  });
  if (fromWorker.resultFor === request && fromWorker.result) {
    for (const asked of request.lists) {
      const list = fromWorker.result[asked.index];
      if (!list) continue;
      listed.set(asked.index, list);
      workerPages.set(asked.schedule, { calendar: cal, horizonH, pageRows, asked, list });
    }
  }

  return (
    <section className="card doses-panel" role="region" aria-label={tr.t('doses.title')} data-panel="doses">
      <h2>{tr.t('doses.title')}</h2>
      <div className="doses-start">
        <label>
          {tr.t('doses.startDate')}
          <input
            type="date"
            min={FIRST_CALENDAR_DATE}
            value={cal.start.date}
            onChange={(e) => setStart({ date: e.currentTarget.value })}
          />
        </label>
        <label>
          {tr.t('doses.startTime')}
          <input
            type="time"
            value={cal.start.time}
            onChange={(e) => setStart({ time: e.currentTarget.value })}
          />
        </label>
        <span className="field-hint" title={tr.t('doses.zoneHint')}>
          {tr.t('doses.zone', { zone: cal.start.timeZone })}
        </span>
      </div>
      <fieldset className="segmented time-axis-switch">
        <legend>{tr.t('doses.timeAxis')}</legend>
        {(['days', 'calendar'] as const).map((axis) => (
          <label key={axis} className={timeAxis === axis ? 'seg on' : 'seg'}>
            <input
              type="radio"
              name={`${id}-time-axis`}
              checked={timeAxis === axis}
              onChange={() => onTimeAxis(axis)}
            />
            {tr.t(axis === 'days' ? 'doses.axisDays' : 'doses.axisCalendar')}
          </label>
        ))}
      </fieldset>
      <details className="meal-defaults">
        <summary>{tr.t('doses.fatPerMeal')}</summary>
        <div className="meal-grid">
          {MEAL_KINDS.filter((m) => m !== 'none').map((meal) => (
            <label key={meal}>
              {mealLabel(meal, tr)}
              <NumberInput
                limit={LIMITS.fatG}
                label={tr.t('doses.mealFatLabel', { meal: mealLabel(meal, tr) })}
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
          pageRows={pageRows}
          list={listed.get(r.index) ?? null}
          alone={listsShown <= 1 || r.index === firstListed}
          onPage={(page, turned) => {
            // A page turn lists the whole regimen here (the user is at this list; it stays listed after).
            if (turned) scheduledRows(cal, r, horizonH);
            setPages((p) => ({ ...p, [r.index]: page }));
          }}
          onSchedule={(schedule) => {
            setEditedHere(schedule);
            onChange(cal, { index: r.index, schedule });
          }}
        />
      ))}
      <p className="field-hint">{tr.t('doses.footer')}</p>
    </section>
  );
}

function RegimenDoses({
  idPrefix,
  calendar,
  regimen,
  horizonH,
  pageRows,
  list: listed,
  alone,
  onPage,
  onSchedule,
}: {
  idPrefix: string;
  calendar: Schedule;
  regimen: DoseRegimen;
  horizonH: number;
  pageRows: number;
  /** The page of the list shown; null while it is being listed (or for the sliders' doses). */
  list: DoseListPage | null;
  /** The panel's only list, or its first: its first rows are drawn in the render that lists them (else in turn). */
  alone: boolean;
  /** `turned`: by the pager (the list is made here at once), not by an edit that made a new list. */
  onPage: (page: number, turned: boolean) => void;
  onSchedule: (schedule: RegimenSchedule | null) => void;
}) {
  const tr = useT();
  const drawn = useRowsDrawn(alone, listed?.rows.length ?? 0);
  // Until its first turn, the list says it is being listed, like a list the worker is making.
  const list = drawn > 0 ? listed : null;
  const slotLabel = (index: number, what: 'clock' | 'meal') =>
    tr.t(what === 'clock' ? 'doses.slotClock' : 'doses.slotMeal', { index: String(index), slot: index + 1 });
  const choice = patternChoice(regimen.schedule);
  const schedule = regimen.schedule;
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
          {tr.t('doses.pattern')}
          <select
            aria-label={tr.t('doses.pattern')}
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
                  ? tr.t('doses.slidersEvery', {
                      label: patternLabel(c, tr),
                      interval: tr.num(regimen.intervalH),
                    })
                  : patternLabel(c, tr)}
              </option>
            ))}
          </select>
        </label>
        {schedule?.pattern.slots.map((slot, i) => (
          <span key={i} className="slot">
            <label>
              {slotLabel(i, 'clock')}
              <input
                type="time"
                aria-label={slotLabel(i, 'clock')}
                value={slot.time}
                onChange={(e) => setSlot(i, { time: e.currentTarget.value })}
              />
            </label>
            <label>
              {slotLabel(i, 'meal')}
              <select
                aria-label={slotLabel(i, 'meal')}
                value={slot.meal}
                onChange={(e) => setSlot(i, { meal: e.currentTarget.value as MealKind })}
              >
                {MEAL_KINDS.map((m) => (
                  <option key={m} value={m}>
                    {mealLabel(m, tr)}
                  </option>
                ))}
              </select>
            </label>
          </span>
        ))}
      </div>
      {schedule && cs && list === null ? (
        <p className="field-hint" role="status">
          {tr.t('doses.listing', { label: regimen.label })}
        </p>
      ) : schedule && cs && list ? (
        <>
          <div className="table-scroll dose-table-scroll">
            <table className="dose-table" aria-label={tr.t('doses.tableLabel', { label: regimen.label })}>
              <thead>
                <tr>
                  <th scope="col">{tr.t('doses.colWhen')}</th>
                  <th scope="col">{tr.t('doses.colAmount')}</th>
                  <th scope="col">{tr.t('doses.colCompound')}</th>
                  <th scope="col">{tr.t('doses.colMeal')}</th>
                  <th scope="col">{tr.t('doses.colFat')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{tr.t('doses.colActions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.rows.slice(0, drawn).map((d) => (
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
            label={tr.t('doses.pages', { label: regimen.label })}
            noun={tr.t('doses.pagerNoun')}
            total={list.total}
            pageRows={pageRows}
            page={list.page}
            onPage={(page) => onPage(page, true)}
          />
          <button
            type="button"
            className="add-dose"
            onClick={() => {
              // Only the last dose is read.
              const last = list.last ? [list.last] : [];
              edit((c) => addDose(c, nextDoseSlot(calendar, schedule, last, horizonH)));
              // The new dose is one of the last: show it.
              onPage(Math.floor(list.total / pageRows), false);
            }}
          >
            {tr.t('doses.add')}
          </button>
        </>
      ) : (
        <>
          <p className="field-hint">
            {tr.t('doses.fromSliders', {
              label: compoundLabel(regimen.compound),
              dose: tr.num(regimen.doseUg),
              interval: tr.num(regimen.intervalH),
            })}
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
            {tr.t('doses.add')}
          </button>
          {blocker !== null && (
            <p className="field-hint" id={`${idPrefix}-add-why`}>
              {tr.t('doses.addWhy', { why: blocker })}
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
  const tr = useT();
  const moved = Math.abs(dose.timeH - dose.plannedTimeH) > 1e-9;
  const when = `${dayLabel(dose.date)} ${dose.time}`;
  return (
    <tr className={dose.missed ? 'dose-row missed' : 'dose-row'} data-dose-id={dose.id} data-date={dose.date}>
      <td className="dose-when">
        <span className="dose-day" id={`${idPrefix}-day`}>
          {dayLabel(dose.date)}
        </span>
        <input
          type="datetime-local"
          aria-label={tr.t('doses.doseTime')}
          aria-describedby={`${idPrefix}-day`}
          value={`${dose.date}T${dose.time}`}
          onChange={(e) => {
            const [date = '', time = ''] = e.currentTarget.value.split('T');
            onMove(date, time.slice(0, 5));
          }}
        />
        {dose.missed && <span className="dose-flag">{tr.t('doses.flagMissed')}</span>}
        {moved && <span className="dose-flag">{tr.t('doses.flagMoved')}</span>}
        {dose.copy > 0 && <span className="dose-flag">{tr.t('doses.flagDouble')}</span>}
      </td>
      <td className="dose-amount">
        <CellLabel text={tr.t('doses.colAmount')} />
        <NumberInput
          limit={LIMITS.extraAmountUg}
          label={tr.t('doses.amount')}
          unit=""
          value={dose.amountUg}
          onCommit={(amountUg) => amountUg !== null && onAmount(amountUg)}
        />
      </td>
      <td className="dose-compound">{compoundLabel(dose.compound)}</td>
      <td className="dose-meal">
        <CellLabel text={tr.t('doses.colMeal')} />
        <select
          aria-label={tr.t('doses.meal')}
          value={dose.meal}
          onChange={(e) => onMeal(e.currentTarget.value as MealKind)}
        >
          {MEAL_KINDS.map((m) => (
            <option key={m} value={m}>
              {mealLabel(m, tr)}
            </option>
          ))}
        </select>
      </td>
      <td className="dose-fat">
        <CellLabel text={tr.t('doses.colFat')} />
        <NumberInput
          limit={LIMITS.fatG}
          label={tr.t('doses.mealFat')}
          unit=""
          value={dose.fatG}
          onCommit={(fatG) => fatG !== null && onFat(fatG)}
        />
      </td>
      <td className="dose-actions">
        <button type="button" onClick={onDelete} aria-label={tr.t('doses.deleteLabel', { when })}>
          {tr.t('doses.delete')}
        </button>
        <button type="button" onClick={onDuplicate} aria-label={tr.t('doses.duplicateLabel', { when })}>
          {tr.t('doses.duplicate')}
        </button>
        <button
          type="button"
          onClick={onMissed}
          aria-pressed={dose.missed}
          aria-label={tr.t('doses.markMissedLabel', { when })}
        >
          {tr.t(dose.missed ? 'doses.missed' : 'doses.markMissed')}
        </button>
      </td>
    </tr>
  );
}

/**
 * The column's name over a box, shown only where the row is a block of its own (a phone, schedule.css) and the
 * header row is hidden. Hidden from screen readers, which name the box by its label and the column's header.
 */
function CellLabel({ text }: { text: string }) {
  return (
    <span className="dose-cell-label" aria-hidden="true">
      {text}
    </span>
  );
}
