/**
 * The Doses panel's lists, made on the page or in the panel's worker (doseList.worker.ts). This module imports
 * only the pure schedule code and page arithmetic: a module that injects styles or reads the page (the Pager,
 * the i18n hooks) stops a worker at load (`document is not defined`), and the worker kit then made every list
 * on the page instead (nine ten-year regimens: 0.9-1.3 s blocks).
 */
import type { CompoundId } from '../../../sim';
import {
  compoundSchedule,
  expandSchedule,
  type RegimenSchedule,
  type Schedule,
  type ScheduledDose,
} from '../../../sim/schedule';
import { pageOf } from '../controls/pages';
import type { DoseRegimen } from './doseList';

/** What a regimen's dose list is made of: the same objects give the same rows. */
type ListedFrom = Pick<DoseRegimen, 'compound' | 'doseUg' | 'schedule'>;

/** The last rows listed per schedule object, with what they were listed from (scenarios are never mutated). */
const listed = new WeakMap<
  RegimenSchedule,
  { calendar: Schedule; compound: CompoundId; doseUg: number; horizonH: number; rows: ScheduledDose[] }
>();

/** Rows of the dose list of one scheduled regimen. */
export function scheduledRows(calendar: Schedule, regimen: ListedFrom, horizonH: number): ScheduledDose[] {
  const { schedule, compound, doseUg } = regimen;
  if (!schedule) return [];
  const known = listedRows(calendar, regimen, horizonH);
  if (known) return known;
  const rows = expandSchedule(calendar, compoundSchedule(regimen, schedule), horizonH);
  listed.set(schedule, { calendar, compound, doseUg, horizonH, rows });
  return rows;
}

/**
 * The rows scheduledRows already listed for these very objects, or null when listing them is still to do (a
 * render can tell what a list would cost before it blocks the page with it).
 */
export function listedRows(
  calendar: Schedule,
  regimen: ListedFrom,
  horizonH: number,
): ScheduledDose[] | null {
  if (!regimen.schedule) return [];
  const hit = listed.get(regimen.schedule);
  return hit &&
    hit.calendar === calendar &&
    hit.compound === regimen.compound &&
    hit.doseUg === regimen.doseUg &&
    hit.horizonH === horizonH
    ? hit.rows
    : null;
}

/** One regimen's list as far as the panel shows it: a page of rows, how many there are, and the last. */
export interface DoseListPage {
  total: number;
  /** The page shown (0-based), within the pages there are. */
  page: number;
  rows: ScheduledDose[];
  /** Where "Add dose" goes after; null for an empty list. */
  last: ScheduledDose | null;
}

/** Page `asked` of a listed regimen (the last page when the list has fewer). */
export function listPage(rows: readonly ScheduledDose[], asked: number, pageRows: number): DoseListPage {
  const page = pageOf(asked, rows.length, pageRows);
  return {
    total: rows.length,
    page,
    rows: rows.slice(page * pageRows, (page + 1) * pageRows),
    last: rows[rows.length - 1] ?? null,
  };
}

/** The lists the Doses panel asks of its worker: what each regimen's rows are made of and the page it shows. */
export interface DoseListsRequest {
  calendar: Schedule;
  horizonH: number;
  pageRows: number;
  lists: { index: number; compound: CompoundId; doseUg: number; schedule: RegimenSchedule; page: number }[];
}

/** Each asked regimen's page, by regimen index (the worker lists them all; only pages travel back). */
export function doseListPages(request: DoseListsRequest): Record<number, DoseListPage> {
  const pages: Record<number, DoseListPage> = {};
  for (const list of request.lists)
    pages[list.index] = listPage(
      scheduledRows(request.calendar, list, request.horizonH),
      list.page,
      request.pageRows,
    );
  return pages;
}
