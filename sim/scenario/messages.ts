import { ENGLISH } from '../i18n/translator';
/**
 * Zod issues as sentences in the user's words: "Regimen 2 (MK-7): the dose must be at least 0 µg, got -5",
 * not `regimens[1].doseUg: Too small`. The numeric rules come from the limits table (ruleBroken), so the
 * command line and the app's number boxes, which call ruleBroken directly, use the same words.
 */
import type { z } from 'zod';
import { COMPOUND_PRESETS } from '../presets/compounds';
import { COMPOUND_IDS, type CompoundId } from '../model/types';
import { LIMITS, ruleBroken, type Limit } from './limits';
import { oneLine } from '../text/oneLine';

export { oneLine };

/** Scenario fields (by key) that are rows of the limits table. Extra-dose fields are mapped in limitFor. */
const FIELD_LIMITS: Record<string, Limit> = {
  doseUg: LIMITS.doseUg,
  intervalH: LIMITS.intervalH,
  horizonDays: LIMITS.horizonDays,
  fatG: LIMITS.fatG,
  stepMin: LIMITS.stepMin,
  firstDoseH: LIMITS.firstDoseH,
  doseCount: LIMITS.doseCount,
  kaPerH: LIMITS.kaPerH,
  tHalfH: LIMITS.tHalfH,
  volumeL: LIMITS.volumeL,
  f: LIMITS.f,
  lagH: LIMITS.lagH,
};

/** Names of the other fields, as a user would call them. */
const FIELD_NAMES: Record<string, string> = {
  format: 'Format',
  version: 'Version',
  name: 'Name',
  notes: 'Notes',
  label: 'Label',
  compound: 'Compound',
  regimens: 'Regimens',
  missedDoses: 'Missed doses',
  extraDoses: 'Extra doses',
  overrides: 'Parameter overrides',
  display: 'Display settings',
  units: 'Units',
  axis: 'Axis',
  compareFat: 'Fat comparison',
  visible: 'Visible compounds',
  showTissue: 'Tissue panel',
  // Version 3 (calendar schedules, measured levels, personal factor).
  calendar: 'Calendar',
  start: 'Start',
  date: 'Date',
  time: 'Clock time',
  timeZone: 'Time zone',
  mealFatG: 'Meal fat',
  schedule: 'Dose schedule',
  pattern: 'Pattern',
  slots: 'Dose times',
  edits: 'Dose edits',
  added: 'Added doses',
  meal: 'Meal',
  measured: 'Measured levels',
  value: 'Value',
  personal: 'Personal factor',
  factor: 'Factor',
  timeAxis: 'Time axis',
  // Lesson files (presentation scenes) are described with the same words.
  title: 'Title',
  caption: 'Caption',
  story: 'Story scene',
  scenes: 'Scene list',
  scenario: 'Scenario',
};

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** A value a user gave, shown back briefly: numbers as numbers, anything else as short JSON. */
export function shownValue(value: unknown): string {
  if (typeof value === 'number') return ENGLISH.num(value);
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Where an issue is, in words: "Regimen 2 (MK-7), extra dose 3", and the field key it is about. */
function locate(
  path: readonly PropertyKey[],
  input: unknown,
): { where: string; field: string | null; inExtra: boolean; inMissed: boolean } {
  const parts: string[] = [];
  let field: string | null = null;
  let inExtra = false;
  let inMissed = false;
  let node: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const parent = path[i - 1];
    const child =
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && parent === 'regimens') {
      const compound = (child as { compound?: unknown } | undefined)?.compound;
      const known = (COMPOUND_IDS as readonly unknown[]).includes(compound);
      parts.push(`Regimen ${key + 1}${known ? ` (${COMPOUND_PRESETS[compound as CompoundId].label})` : ''}`);
      field = null;
    } else if (typeof key === 'number' && parent === 'scenes') {
      parts.push(`Scene ${key + 1}`);
      field = null;
    } else if (typeof key === 'number' && parent === 'extraDoses') {
      parts.push(`extra dose ${key + 1}`);
      inExtra = true;
      field = null;
    } else if (typeof key === 'number' && parent === 'missedDoses') {
      parts.push(`missed dose entry ${key + 1}`);
      inMissed = true;
      field = null;
    } else if (typeof key === 'number') {
      parts.push(`item ${key + 1}`);
      field = null;
    } else {
      field = String(key);
    }
    node = child;
  }
  // A container we walked through (regimens, extraDoses, ...) is part of the place, not the field.
  return { where: parts.join(', '), field, inExtra, inMissed };
}

function limitFor(field: string | null, inExtra: boolean, inMissed: boolean): Limit | null {
  if (inMissed && field === null) return LIMITS.missedDose;
  if (field === null) return null;
  if (inExtra && field === 'timeH') return LIMITS.extraTimeH;
  if (inExtra && field === 'amountUg') return LIMITS.extraAmountUg;
  return FIELD_LIMITS[field] ?? null;
}

/** The rule an issue reports, as words after the field's name ("must be at least 0 µg, got -5"). */
function ruleOf(issue: z.core.$ZodIssue, rule: Limit | null): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type') {
    if (input === undefined) return 'is missing';
    const wanted = TYPE_WORDS[issue.expected] ?? issue.expected;
    if (rule && typeof input === 'number')
      return `${ruleBroken(rule, input) ?? `must be ${wanted}`}, got ${shownValue(input)}`;
    return `must be ${wanted}, got ${shownValue(input)}`;
  }
  if (rule && typeof input === 'number') {
    const broken = ruleBroken(rule, input);
    if (broken) return `${broken}, got ${shownValue(input)}`;
  }
  if (issue.code === 'invalid_value') {
    const got = input === undefined ? '' : `, got ${shownValue(input)}`;
    return `must be ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map((v) => shownValue(v)).join(', ')}${got}`;
  }
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const bound = ENGLISH.num(Number(issue.code === 'too_big' ? issue.maximum : issue.minimum));
    const most = issue.code === 'too_big' ? 'at most' : 'at least';
    const one = bound === '1';
    if (issue.origin === 'array' || issue.origin === 'set')
      return `must have ${most} ${bound} ${one ? 'entry' : 'entries'}`;
    if (issue.origin === 'string') return `must be ${most} ${bound} ${one ? 'character' : 'characters'} long`;
    return `must be ${most} ${bound}`;
  }
  return lowerFirst(oneLine(issue.message));
}

/**
 * One sentence per issue: the place ("Regimen 2 (MK-7)"), the field by its user-facing name and the broken
 * rule with the value given. `input` is the document that was checked, used to name each regimen's compound.
 * @example issueSentence(scenarioSchema.safeParse({ ...defaultScenario(), horizonDays: 4000 }).error.issues[0]) // => 'Duration must be at most 3,660'
 */
export function issueSentence(issue: z.core.$ZodIssue, input?: unknown): string {
  const { where, field, inExtra, inMissed } = locate(issue.path, input);
  if (issue.code === 'unrecognized_keys') {
    const place = where || (field ? (FIELD_NAMES[field] ?? field) : 'The file');
    const keys = issue.keys.map((k) => shownValue(k)).join(', ');
    return `${upperFirst(place)}: unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
  }
  if (issue.code === 'custom' && field === null && where === '') return upperFirst(oneLine(issue.message));
  const rule = limitFor(field, inExtra, inMissed);
  const subject = rule?.name ?? (field === null ? '' : (FIELD_NAMES[field] ?? shownValue(field)));
  const words = ruleOf(issue, rule);
  if (where === '') return `${upperFirst(subject || 'The file')} ${words}`;
  return subject === ''
    ? `${upperFirst(where)}: ${words}`
    : `${upperFirst(where)}: the ${lowerFirst(subject)} ${words}`;
}

/** The first few issues of a scenario check as sentences, joined with "; " (one line). */
export function describeScenarioIssues(error: z.ZodError, input?: unknown): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => issueSentence(issue, input))
    .join('; ');
}

/**
 * Schema paths with zod's messages, "regimens[0].doseUg: message", for developers' logs. Files a user opens
 * (scenarios and lessons) are described with describeScenarioIssues.
 */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${formatPath(issue.path) || '(file)'}: ${oneLine(issue.message)}`)
    .join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
