import {
  CLINICAL_MK4_DOSE_TIMES_H,
  CLINICAL_MK4_MEAL_FAT_G,
  defaultScenario,
  makeRegimen,
  scenarioSchema,
  type Scenario,
  type ScenarioRegimen,
} from '../../../sim';
import { DEFAULT_MEAL_FAT_G, type Schedule } from '../../../sim/schedule';
import { defaultStart } from '../schedule/doseList';

export type PresetId = 'default' | 'clinical-mk4' | 'mk4-vs-mk7';

export interface ScenarioPreset {
  id: PresetId;
  label: string;
  /** A ready scenario over `horizonDays`. */
  build: (horizonDays: number) => Scenario;
}

/**
 * The clinical MK-4 regimen as a scenario regimen: sim's preset (15 mg at 08:00, 13:00 and 19:00 after meals)
 * as a daily pattern of the Doses panel, so it runs for any duration the slider sets, the Dose slider moves all
 * three doses, and each dose can be edited like any other scheduled dose. Needs CLINICAL_CALENDAR.
 */
export function clinicalMk4ScenarioRegimen(): ScenarioRegimen {
  const clock = (h: number) => `${String(8 + h).padStart(2, '0')}:00`;
  const meals = ['breakfast', 'lunch', 'dinner'] as const;
  // No label of its own: the compound's name, with the schedule in words beside it, stays true after an edit (a
  // label "15 mg three times a day" did not, and was English in every language).
  return {
    ...makeRegimen({ compound: 'mk4', doseUg: 15_000, fatG: CLINICAL_MK4_MEAL_FAT_G.value }),
    schedule: {
      pattern: {
        days: 'daily',
        slots: CLINICAL_MK4_DOSE_TIMES_H.map((h, i) => ({ time: clock(h), meal: meals[i]! })),
      },
      edits: [],
      added: [],
    },
  };
}

/**
 * The calendar the clinical pattern runs on: from today at 08:00 in UTC (no daylight-saving hour, so the doses
 * are exactly 0, 5 and 11 h after 08:00 every day), each meal with the clinical regimen's 20 g of fat.
 */
function clinicalCalendar(): Schedule {
  const fat = CLINICAL_MK4_MEAL_FAT_G.value;
  return {
    start: { ...defaultStart(), timeZone: 'UTC' },
    mealFatG: { ...DEFAULT_MEAL_FAT_G, breakfast: fat, lunch: fat, dinner: fat },
  };
}

/**
 * The presets a teacher or user can start from. Each is untitled (as defaultScenario is): the title says what the
 * scenario holds, so after the user changes the schedule no file or title carries the preset's name. "Why MK-4
 * needs milligrams" puts the Japanese clinical MK-4 regimen (45 mg/day) next to 90 µg/day MK-7 on a log axis:
 * with 500 times the dose, MK-4 peaks far higher but falls back each night to about the level MK-7 holds all day (MK-4 is cleared in hours, MK-7 over days).
 */
export const SCENARIO_PRESETS: readonly ScenarioPreset[] = [
  { id: 'default', label: 'Daily 90 µg of each form, with a meal', build: () => defaultScenario() },
  {
    id: 'clinical-mk4',
    label: 'Clinical MK-4: 15 mg three times a day after meals (45 mg/day)',
    build: (horizonDays) => ({
      ...defaultScenario(),
      horizonDays,
      calendar: clinicalCalendar(),
      regimens: [clinicalMk4ScenarioRegimen()],
      display: { ...defaultScenario().display, visible: ['mk4'] },
    }),
  },
  {
    id: 'mk4-vs-mk7',
    label: 'Why MK-4 needs milligrams: clinical MK-4 next to 90 µg/day MK-7',
    build: (horizonDays) => ({
      ...defaultScenario(),
      horizonDays,
      calendar: clinicalCalendar(),
      regimens: [clinicalMk4ScenarioRegimen(), makeRegimen({ compound: 'mk7', doseUg: 90, fatG: 20 })],
      display: { ...defaultScenario().display, axis: 'log', visible: ['mk4', 'mk7'] },
    }),
  },
];

/**
 * A preset's scenario for the current duration, checked by the same schema as a file (so a preset can never
 * break a work cap unnoticed); null with the reason when it cannot be built for that duration.
 */
export function presetScenario(
  id: PresetId,
  horizonDays: number,
): { scenario: Scenario; error: null } | { scenario: null; error: string } {
  const preset = SCENARIO_PRESETS.find((p) => p.id === id);
  if (!preset) return { scenario: null, error: `no preset called ${id}` };
  const parsed = scenarioSchema.safeParse(preset.build(horizonDays));
  if (!parsed.success) {
    return {
      scenario: null,
      error: `${preset.label} does not fit a ${horizonDays}-day run: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    };
  }
  return { scenario: parsed.data, error: null };
}
