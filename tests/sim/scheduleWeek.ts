import { defaultScenario } from '../../sim/scenario/defaultScenario';
import type { Scenario } from '../../sim/scenario/schema';

/** A version-3 file with every new field: calendar, per-regimen schedules with edits, meals, measured, factor. */
export function weekScenario(): Scenario {
  const base = defaultScenario();
  return {
    ...base,
    name: 'My week',
    horizonDays: 14,
    calendar: {
      start: { date: '2026-03-23', time: '08:00', timeZone: 'Europe/Berlin' },
      mealFatG: { breakfast: 12, lunch: 20, dinner: 30, snack: 5, none: 0 },
    },
    regimens: [
      {
        ...base.regimens[1]!,
        doseUg: 180,
        schedule: {
          pattern: { days: 'daily', slots: [{ time: '08:00', meal: 'breakfast' }] },
          edits: [
            { key: '2026-03-24#0', missed: true },
            { key: '2026-03-25#0', copies: 2 },
            { key: '2026-03-26#0', moveMin: 660, meal: 'dinner' },
            { key: '2026-03-27#0', amountUg: 90, fatG: 40 },
          ],
          added: [{ date: '2026-03-28', time: '13:00', meal: 'lunch', amountUg: 45 }],
        },
      },
      {
        ...base.regimens[0]!,
        schedule: {
          pattern: {
            days: 'weekdays',
            slots: [
              { time: '07:30', meal: 'snack' },
              { time: '19:30', meal: 'dinner' },
            ],
          },
          edits: [],
          added: [],
        },
      },
    ],
    display: { ...base.display, visible: ['mk4', 'mk7'], timeAxis: 'calendar' },
    measured: [
      { date: '2026-03-25', time: '09:15', value: 0.8, unit: 'ng/mL', compound: 'mk7' },
      { date: '2026-03-30', time: '07:45', value: 2.1, unit: 'nmol/L', compound: 'mk7' },
    ],
    personal: {
      factor: 1.3,
      fit: { factor: 1.3, logSe: 0.1, ci95: [0.4, 4.1], n: 2, excluded: 0, rmseLog: 0.1, r2: 0.5 },
    },
  };
}
