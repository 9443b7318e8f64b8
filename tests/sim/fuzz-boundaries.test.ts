/**
 * Property tests at the boundaries (issue 20, item 5): scenario files with deep nesting, calendar schedules
 * with extreme dates, zones, edits and added doses, and session text. The property: refused in words (one
 * line), or accepted, and then its doses expand without a throw and it saves again within the open limit
 * ("whatever opens must save"). Seeded, so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreDecision } from '../../renderer/src/session/restoreSession';
import {
  defaultScenario,
  MAX_SCENARIO_BYTES,
  parseScenarioText,
  serializeScenario,
  type Scenario,
} from '../../sim/index';
import { regimenDoses } from '../../sim/schedule/scenarioDoses';

const SEED = 20261202;
/** Accepted inputs, so a property that only ever sees refusals is noticed. */
let accepted = 0;

/** A calendar scenario whose regimen follows a pattern, with one edit and one added dose: every part present. */
function calendarBase(): Record<string, unknown> {
  const s = defaultScenario();
  const doc = {
    ...s,
    calendar: { start: { date: '2026-03-02', time: '08:00', timeZone: 'Europe/Berlin' } },
    regimens: [
      {
        ...s.regimens[0]!,
        schedule: {
          pattern: { days: 'daily', slots: [{ time: '08:00', meal: 'breakfast' }] },
          edits: [{ key: '2026-03-03#0', missed: true }],
          added: [{ date: '2026-03-04', time: '20:00', meal: 'dinner' }],
        },
      },
    ],
  };
  return JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
}

/** The property every accepted scenario must have; a refusal must be one line in words. */
function opensAndSavesOrRefused(text: string): void {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    expect(parsed.error.length).toBeGreaterThan(0);
    // eslint-disable-next-line no-control-regex -- one line, nothing that garbles a terminal
    expect(parsed.error).not.toMatch(/[\u0000-\u001f]/);
    expect(parsed.error).not.toMatch(/call stack|\bundefined\b|\[object Object\]|RangeError/);
    return;
  }
  accepted++;
  const scenario: Scenario = parsed.scenario;
  for (const r of scenario.regimens) {
    regimenDoses({ calendar: scenario.calendar, personal: scenario.personal }, r, scenario.horizonDays * 24);
  }
  const saved = serializeScenario(scenario);
  expect(saved.length).toBeLessThanOrEqual(MAX_SCENARIO_BYTES);
  expect(parseScenarioText(saved).ok).toBe(true);
}

/** Lists or objects nested 1-200 deep around a leaf. */
const nested = fc
  .tuple(fc.integer({ min: 1, max: 200 }), fc.boolean(), fc.jsonValue({ maxDepth: 1 }))
  .map(([depth, asObject, leaf]) => {
    let v: unknown = leaf;
    for (let i = 0; i < depth; i++) v = asObject ? { k: v } : [v];
    return v;
  });

const date = fc.oneof(
  fc.constantFrom(
    '1899-12-31',
    '1900-01-01',
    '9999-12-31',
    '9999-11-01',
    '2026-02-29',
    '2024-02-29',
    '0001-01-01',
  ),
  fc
    .date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const zone = fc.constantFrom(
  'UTC',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Etc/GMT+12',
  'Mars/Olympus',
  '',
);
const clock = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    weight: 4,
  },
  { arbitrary: fc.constantFrom('00:00', '23:59', '02:30', '24:00', '8:00'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
);

describe('property: scenario files at the boundary', () => {
  it('deep nesting in any field is refused in words, never a stack overflow', () => {
    const base = calendarBase();
    const fields = ['name', 'notes', 'calendar', 'regimens', 'measured', 'personal', 'display'];
    fc.assert(
      fc.property(fc.constantFrom(...fields), nested, (field, value) => {
        opensAndSavesOrRefused(JSON.stringify({ ...base, [field]: value }));
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('calendar schedules with extreme dates, zones, clocks, horizons, edits and added doses', () => {
    const base = calendarBase();
    accepted = 0;
    fc.assert(
      fc.property(
        date,
        zone,
        clock,
        fc.oneof(fc.constantFrom(0.001, 1, 3660, 3661), fc.double({ min: 0, max: 4000, noNaN: true })),
        date,
        fc.integer({ min: -8 * 1440, max: 8 * 1440 }),
        (start, timeZone, time, horizonDays, otherDate, moveMin) => {
          const regimen = (base['regimens'] as Record<string, unknown>[])[0]!;
          const doc = {
            ...base,
            horizonDays,
            calendar: { start: { date: start, time, timeZone } },
            regimens: [
              {
                ...regimen,
                schedule: {
                  pattern: { days: 'weekdays', slots: [{ time, meal: 'breakfast' }] },
                  edits: [{ key: `${start}#0`, moveMin, copies: 2 }],
                  added: [{ date: otherDate, time: '23:59', meal: 'snack' }],
                },
              },
            ],
          };
          opensAndSavesOrRefused(JSON.stringify(doc));
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
    // Not vacuous: a good share of the runs open (and expand and save).
    expect(accepted).toBeGreaterThan(80);
  });
});

describe('property: session text', () => {
  it('any saved-session text restores, asks, or falls back to the default with a reason; never throws', () => {
    const valid = serializeScenario(defaultScenario());
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      fc.nat(valid.length).map((n) => valid.slice(0, n)),
      nested.map((v) => JSON.stringify({ ...calendarBase(), name: v })),
      fc.constant('\uFEFF' + valid),
    );
    fc.assert(
      fc.property(text, (t) => {
        const decision = restoreDecision(t);
        expect(['keep-default', 'load', 'ask']).toContain(decision.action);
        if (decision.action === 'keep-default' && decision.problem !== null) {
          expect(decision.problem).toMatch(/^Saved session ignored: /);
        }
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});
