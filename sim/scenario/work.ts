import { formatNumberIn } from '../i18n/format';
import { ENGLISH, type Translator } from '../i18n/translator';
import { MAX_DOSES, MAX_MEASURED_LEVELS, MAX_OUTPUT_POINTS, MAX_POPULATION_VALUES } from './limits';

/** The parts of a scenario that decide how much work a run is (a scenario, or the command line's options). */
export interface WorkShape {
  horizonDays: number;
  stepMin: number;
  regimens: readonly {
    intervalH: number;
    firstDoseH?: number;
    doseCount?: number | null;
    missedDoses?: readonly unknown[];
    extraDoses?: readonly unknown[];
    /** A calendar schedule (used when the scenario has a calendar): its doses replace the interval's. */
    schedule?:
      | {
          pattern: { days?: string; slots: readonly unknown[] };
          edits: readonly { copies?: number | undefined }[];
          added: readonly unknown[];
        }
      | undefined;
  }[];
  calendar?: unknown;
  /** Measured levels (lab results) carried by the scenario. */
  measured?: readonly unknown[] | undefined;
}

/** What a run costs: doses handled and output points produced, over all regimens, and measured levels held. */
export interface ScenarioWork {
  doses: number;
  points: number;
  measured: number;
}

/**
 * The work of a run, counted without doing it: for each regimen, the regular doses that fit in the horizon
 * (as regimen/doseEvents counts them, capped by doseCount) plus its extra doses and missed-dose entries, or,
 * for a calendar schedule, what its expansion can produce (every slot on every day the expansion reads, the
 * extra units of doubled doses and the doses added by hand); the output grid's length (as
 * simulate/outputGrid builds it: 0, step, 2·step, ..., horizon); and the measured levels.
 * @example scenarioWork({ horizonDays: 1, stepMin: 60, regimens: [{ intervalH: 12 }] }) // => { doses: 2, points: 25, measured: 0 }
 */
export function scenarioWork(s: WorkShape): ScenarioWork {
  const horizonH = s.horizonDays * 24;
  const stepH = s.stepMin / 60;
  const whole = Math.floor(horizonH / stepH + 1e-9);
  const aligned = Math.abs(whole * stepH - horizonH) <= 1e-9 * Math.max(1, horizonH);
  const pointsPerRegimen = whole + (aligned ? 1 : 2);
  let doses = 0;
  for (const r of s.regimens) {
    if (s.calendar && r.schedule) {
      doses += scheduleDoses(r.schedule, s.horizonDays);
      continue;
    }
    const firstDoseH = r.firstDoseH ?? 0;
    const fitting = Math.floor((horizonH - firstDoseH) / r.intervalH - 1e-9) + 1;
    doses += Math.max(0, Math.min(r.doseCount ?? fitting, fitting));
    doses += (r.extraDoses?.length ?? 0) + (r.missedDoses?.length ?? 0);
  }
  return { doses, points: pointsPerRegimen * s.regimens.length, measured: s.measured?.length ?? 0 };
}

/**
 * The most doses a calendar schedule can expand to (as the scenario schema counts them): each slot on every
 * day of the horizon and the day it ends on, plus the extra units of doubled doses and the added doses.
 */
function scheduleDoses(
  schedule: NonNullable<WorkShape['regimens'][number]['schedule']>,
  horizonDays: number,
) {
  let extraUnits = 0;
  for (const e of schedule.edits) extraUnits += (e.copies ?? 1) - 1;
  return schedule.pattern.slots.length * (Math.ceil(horizonDays) + 1) + extraUnits + schedule.added.length;
}

/** A count for a cap's sentence; an interval of 5e-324 h makes it Infinity, which no one should read. */
function countText(n: number, tr: Translator): string {
  return Number.isFinite(n) && n < 1e15
    ? tr.num(n)
    : tr.t('cap.moreThan', { n: formatNumberIn(tr.locale, 1e15) });
}

/**
 * The cap a run breaks, as one sentence naming it, or null. The same words in the command line, file loader
 * and app: "this run needs 72,000,001 doses; the limit is 100,000 doses (...)".
 */
export function workOverCap(
  work: Pick<ScenarioWork, 'doses' | 'points'> & { measured?: number },
  tr: Translator = ENGLISH,
): string | null {
  if (!(work.doses <= MAX_DOSES)) {
    return tr.t('cap.doses', { count: countText(work.doses, tr), limit: tr.num(MAX_DOSES) });
  }
  if (!(work.points <= MAX_OUTPUT_POINTS)) {
    return tr.t('cap.points', { count: countText(work.points, tr), limit: tr.num(MAX_OUTPUT_POINTS) });
  }
  if (!((work.measured ?? 0) <= MAX_MEASURED_LEVELS)) {
    return measuredOverCap(work.measured ?? 0, tr);
  }
  return null;
}

/**
 * The measured-levels cap in words: "this scenario would hold 10,001 measured levels; the limit is 10,000 ...".
 * @example measuredOverCap(10_001).startsWith('this scenario would hold 10,001 measured levels') // => true
 */
export function measuredOverCap(levels: number, tr: Translator = ENGLISH): string {
  return tr.t('cap.measured', { count: tr.num(levels), limit: tr.num(MAX_MEASURED_LEVELS) });
}

/**
 * The population cap a run breaks, as one sentence, or null. A population holds one value per person per output
 * point (to rank each time point) and one per person per dose (each person's own amount absorbed), so both
 * count against MAX_POPULATION_VALUES: 10,000 people over 99,840 doses need 998 million values however few
 * the points. The same words in the command line and the app.
 * @example populationOverCap({ points: 2161, doses: 90 }, 1000) // => null
 */
export function populationOverCap(
  work: { points: number; doses: number },
  subjects: number,
  /** False where the number of people is fixed (the app): the advice then names only what can change. */
  peopleAdjustable = true,
  tr: Translator = ENGLISH,
): string | null {
  const values = (work.points + work.doses) * subjects;
  if (values <= MAX_POPULATION_VALUES) return null;
  const advice = tr.t('cap.populationAdvice', { adjustable: String(peopleAdjustable) });
  return tr.t('cap.population', {
    people: tr.num(subjects),
    values: tr.num(values),
    limit: tr.num(MAX_POPULATION_VALUES),
    advice,
  });
}
