import { useId, useMemo, useState } from 'react';
import {
  COMPOUND_IDS,
  COMPOUND_PRESETS,
  MAX_MEASURED_LEVELS,
  asSentence,
  measuredOverCap,
  type CompoundId,
} from '../../../sim';
import { MEASURED_VALUE_LIMIT } from '../controls/bounds';
import { NumberInput } from '../controls/NumberInput';
import { Pager } from '../controls/Pager';
import { pageOf } from '../controls/pages';
import { describeFactorFit, describeFitUse, type FactorFit } from '../../../sim/fit/personalFactor';
import type { LevelUse } from '../../../sim/fit/levels';
import { formatFactor } from '../../../sim/fit/factorWords';
import { formatNumberIn } from '../../../sim/i18n/format';
import { useT } from '../i18n';
import { parseMeasuredCsv } from '../../../sim/measured/csv';
import { MEASURED_UNITS, type MeasuredLevel, type MeasuredUnit } from '../../../sim/measured/measured';
import { parseClock, parseDate } from '../../../sim/schedule';
import './measured.css';

const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Rows shown at once; the rest are a page away (First / Previous / Next / Last). */
export const PAGE_ROWS = 50;

/** A level's wall-clock moment as text that sorts in time order ("2026-03-23T08:00"). */
const moment = (l: Pick<MeasuredLevel, 'date' | 'time'>): string => `${l.date}T${l.time}`;

/**
 * The list's order: indices into `levels` by date and time, equal times in the order they were added. Each row
 * keeps its index, so an edit or a removal reaches the level it shows.
 * @example levelOrder([{ date: '2026-03-24', time: '08:00' }, { date: '2026-03-23', time: '20:00' }]) // => [1, 0]
 */
export function levelOrder(levels: readonly Pick<MeasuredLevel, 'date' | 'time'>[]): number[] {
  const keys = levels.map(moment);
  return keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
}

export interface MeasuredPanelProps {
  levels: MeasuredLevel[];
  /** Date a new level proposes (the schedule's start date). */
  proposedDate: string;
  /** Time zone the dates and times are read in. */
  timeZone: string;
  /** The applied personal factor (1 = the typical person) and the fit it came from. */
  factor: number;
  fit: FactorFit | null;
  onLevels: (levels: MeasuredLevel[]) => void;
  /** Fits the factor to the levels and applies it; returns a message when it cannot. */
  onFit: () => string | null;
  onReset: () => void;
  /** A sentence when the levels or doses changed after the fit (sim/fit/fitBasis), else null. */
  stale?: string | null;
  /**
   * What a fit does with each of the given levels (sim/fit/levels measuredLevelUses), if known. Asked for the
   * shown page only: each level's use depends on it alone, and 10,000 levels at once cost the page 50 ms.
   */
  levelUses?: ((levels: readonly MeasuredLevel[]) => readonly LevelUse[]) | null;
}

/**
 * The user's own lab results: typed in or imported from CSV (read here, nothing is sent anywhere), drawn
 * over the curves, and a personal factor fitted to them.
 */
export function MeasuredPanel({
  levels,
  proposedDate,
  timeZone,
  factor,
  fit,
  onLevels,
  onFit,
  onReset,
  stale = null,
  levelUses = null,
}: MeasuredPanelProps) {
  const tr = useT();
  const [message, setMessage] = useState<string | null>(null);
  const [unit, setUnit] = useState<MeasuredUnit>('ng/mL');
  const [compound, setCompound] = useState<CompoundId>('mk7');
  // One page of rows at a time: 10,000 levels (the scenario's cap) as rows of boxes took 10 s to draw.
  const [pageAsked, setPage] = useState(0);
  const idBase = useId();
  // One more would be a scenario no file can hold (MAX_MEASURED_LEVELS), so it could not be saved.
  const full = levels.length >= MAX_MEASURED_LEVELS;
  const page = pageOf(pageAsked, levels.length, PAGE_ROWS);
  const first = page * PAGE_ROWS;
  const sorted = useMemo(() => levelOrder(levels), [levels]);
  // While the keyboard is in the table, rows keep their places: a date being typed does not carry its row
  // (and the focus) away at every keystroke. It moves to its place when the focus leaves the table.
  const [frozen, setFrozen] = useState<number[] | null>(null);
  const order = frozen && frozen.length === levels.length ? frozen : sorted;
  const shown = useMemo(() => order.slice(first, first + PAGE_ROWS), [order, first]);
  const shownUses = useMemo(
    () => (levelUses ? levelUses(shown.map((i) => levels[i]!)) : null),
    [levelUses, shown, levels],
  );
  // How many levels the fit used and why it left out each other one (null for fits saved before it counted).
  const fitUse = fit && factor !== 1 ? describeFitUse(fit, tr) : null;
  const factorWithFit = tr.t('measured.factor', {
    fit: fit ? describeFactorFit(fit, tr) : `×${formatFactor(factor, tr.locale)}`,
    r2: fit && fit.r2 !== null ? formatNumberIn(tr.locale, fit.r2, { fraction: 2, minFraction: 2 }) : 'none',
  });
  const factorSentence =
    fitUse === null ? factorWithFit : tr.t('fit.withUse', { factor: factorWithFit, use: fitUse });
  const update = (i: number, patch: Partial<MeasuredLevel>) =>
    onLevels(levels.map((l, k) => (k === i ? { ...l, ...patch } : l)));

  const importFile = async (file: File) => {
    const text = await file.text();
    const parsed = parseMeasuredCsv(text, { unit, compound, existing: levels.length }, tr);
    if (!parsed.ok) {
      setMessage(tr.t('measured.importFailed', { file: file.name, error: parsed.error }));
      return;
    }
    onLevels([...levels, ...parsed.levels]);
    setMessage(tr.t('measured.imported', { n: parsed.levels.length, file: file.name }));
  };

  return (
    <section
      className="card measured-panel"
      role="region"
      aria-label={tr.t('measured.title')}
      data-panel="measured"
    >
      <h2>{tr.t('measured.title')}</h2>
      <div className="measured-defaults">
        <label>
          {tr.t('measured.compound')}
          <select value={compound} onChange={(e) => setCompound(e.currentTarget.value as CompoundId)}>
            {COMPOUND_IDS.map((c) => (
              <option key={c} value={c}>
                {COMPOUND_PRESETS[c].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr.t('measured.unit')}
          <select value={unit} onChange={(e) => setUnit(e.currentTarget.value as MeasuredUnit)}>
            {MEASURED_UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
      </div>
      {levels.length > 0 && (
        <table
          className="measured-table"
          aria-label={tr.t('measured.table')}
          aria-rowcount={levels.length + 1}
          onFocus={() => setFrozen((f) => (f && f.length === levels.length ? f : order))}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFrozen(null);
          }}
        >
          <thead>
            <tr>
              <th scope="col">{tr.t('measured.colWhen', { zone: timeZone })}</th>
              <th scope="col">{tr.t('measured.colValue')}</th>
              <th scope="col">{tr.t('measured.colUnit')}</th>
              <th scope="col">{tr.t('measured.colCompound')}</th>
              <th scope="col">
                <span className="visually-hidden">{tr.t('measured.colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i, k) => {
              const l = levels[i]!;
              const row = first + k;
              const use = shownUses?.[k];
              // A level the fit leaves out says why under its date (a column would not fit a 1024-px panel).
              const leftOut = use !== undefined && use !== 'used';
              return (
                <tr key={i} aria-rowindex={row + 2} className={leftOut ? 'measured-left-out' : undefined}>
                  <td>
                    <input
                      type="datetime-local"
                      aria-label={tr.t('measured.at')}
                      aria-describedby={leftOut ? `${idBase}-use-${i}` : undefined}
                      value={`${l.date}T${l.time}`}
                      onChange={(e) => {
                        const [date = '', time = ''] = e.currentTarget.value.split('T');
                        if (parseDate(date) !== null && parseClock(time.slice(0, 5)) !== null) {
                          update(i, { date, time: time.slice(0, 5) });
                        }
                      }}
                    />
                    {leftOut && (
                      <div className="measured-use" id={`${idBase}-use-${i}`}>
                        {tr.t('fit.row', { use })}
                      </div>
                    )}
                  </td>
                  <td>
                    <NumberInput
                      limit={MEASURED_VALUE_LIMIT}
                      label={tr.t('measured.value')}
                      unit=""
                      value={l.value}
                      onCommit={(value) => value !== null && update(i, { value })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={tr.t('measured.unitLabel')}
                      value={l.unit}
                      onChange={(e) => update(i, { unit: e.currentTarget.value as MeasuredUnit })}
                    >
                      {MEASURED_UNITS.map((u) => (
                        <option key={u} value={u}>
                          {u}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{COMPOUND_PRESETS[l.compound].label}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={tr.t('measured.removeLabel', { n: row + 1, when: `${l.date} ${l.time}` })}
                      onClick={() => onLevels(levels.filter((_, k) => k !== i))}
                    >
                      {tr.t('measured.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Pager
        label={tr.t('measured.pages')}
        noun={tr.t('measured.pagerNoun')}
        total={levels.length}
        pageRows={PAGE_ROWS}
        page={page}
        onPage={setPage}
      />
      <div className="measured-actions">
        <button
          type="button"
          disabled={full}
          aria-describedby={full ? `${idBase}-full` : undefined}
          onClick={() => {
            const added: MeasuredLevel = { date: proposedDate, time: '08:00', value: 0.5, unit, compound };
            onLevels([...levels, added]);
            // Show the new row: after every level at or before its moment (it is the last of equal ones).
            const at = levels.filter((l) => moment(l) <= moment(added)).length;
            setPage(Math.floor(at / PAGE_ROWS));
          }}
        >
          {tr.t('measured.add')}
        </button>
        <label className="file-button">
          {tr.t('measured.import')}
          <input
            type="file"
            accept=".csv,.txt,text/csv"
            aria-label={tr.t('measured.importLabel')}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <button type="button" disabled={levels.length === 0} onClick={() => setMessage(onFit())}>
          {tr.t('measured.fit')}
        </button>
        <button type="button" disabled={factor === 1} onClick={onReset}>
          {tr.t('measured.reset')}
        </button>
      </div>
      {full && (
        <p className="field-hint" id={`${idBase}-full`}>
          {capitalised(asSentence(measuredOverCap(levels.length + 1, tr)))}
        </p>
      )}
      {message && (
        <p className="field-hint" role="status">
          {message}
        </p>
      )}
      <p className="personal-factor" data-testid="personal-factor">
        {factor === 1 ? tr.t('measured.typical') : factorSentence}
      </p>
      {stale !== null && (
        <p className="fit-stale" role="status" data-testid="fit-stale">
          {stale}
        </p>
      )}
      <p className="field-hint">{tr.t('measured.hint')}</p>
    </section>
  );
}
