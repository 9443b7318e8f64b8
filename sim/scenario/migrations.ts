/**
 * Scenario migrations: small pure functions, one per version step, applied in order (the Excalidraw pattern).
 * Every migration has its own test in tests/sim/scenario.test.ts; a test fails if one is added without one.
 */

// Version 1 was the first, single-regimen format (the command line's flags as a file):
// { version: 1, compound: 'mk4' | 'mk7' | 'k1', doseUg, intervalH, days, fatG? }.

type Json = Record<string, unknown>;

/** v1 -> v2: one regimen becomes a list; days becomes horizonDays; hourly output; the v1 compound alone is shown. */
export function migrateV1ToV2(v1: Json): Json {
  return {
    format: 'k2-kinetics-scenario',
    version: 2,
    name: 'Migrated scenario',
    horizonDays: v1['days'],
    stepMin: 60,
    regimens: [
      {
        compound: v1['compound'],
        doseUg: v1['doseUg'],
        intervalH: v1['intervalH'],
        fatG: v1['fatG'] ?? 0,
      },
    ],
    display: { visible: [v1['compound']] },
  };
}

/**
 * v2 -> v3: version 3 only adds optional fields (calendar, per-regimen schedule, measured levels, personal
 * factor, time-axis choice) whose absence means what version 2 meant: doses on their regular interval from
 * t = 0, no measured levels, the typical person, days on the time axis. So the step is the version number.
 */
export function migrateV2ToV3(v2: Json): Json {
  return { ...v2, version: 3 };
}

/** MIGRATIONS[v] turns a version-v document into version v + 1. */
export const MIGRATIONS: Record<number, (doc: Json) => Json> = {
  1: migrateV1ToV2,
  2: migrateV2ToV3,
};
