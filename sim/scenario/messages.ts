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
import { ENGLISH, limitName, type Translator } from '../i18n/translator';
import type { SimMessageId } from '../i18n/messages.en';

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

/** The field names issue.field names (other keys are shown as given). */
const NAMED_FIELDS: ReadonlySet<string> = new Set([
  'format',
  'version',
  'name',
  'notes',
  'label',
  'compound',
  'regimens',
  'missedDoses',
  'extraDoses',
  'overrides',
  'display',
  'units',
  'axis',
  'compareFat',
  'visible',
  'showTissue',
  // Version 3 (calendar schedules, measured levels, personal factor).
  'calendar',
  'start',
  'date',
  'time',
  'timeZone',
  'mealFatG',
  'schedule',
  'pattern',
  'slots',
  'edits',
  'added',
  'meal',
  'measured',
  'value',
  'personal',
  'factor',
  'timeAxis',
  // Lesson files (presentation scenes) are described with the same words.
  'title',
  'caption',
  'story',
  'scenes',
  'scenario',
]);

/**
 * The schema's own refinements (schema.ts, schedule/schema.ts) write English; these are their messages' ids, so
 * the app shows them in the UI's language.
 */
const CUSTOM_MESSAGES: Readonly<Record<string, SimMessageId>> = {
  'needs a start date and time (calendar)': 'issue.needsStart',
  'need a start date and time (calendar)': 'issue.needStart',
  'must be written as YYYY-MM-DD': 'issue.dateForm',
  'must be written as HH:MM (00:00-23:59)': 'issue.clockForm',
  'must be a time zone name such as Europe/Berlin or UTC': 'issue.zoneForm',
};

/** A value a user gave, shown back briefly: numbers as numbers, anything else as short JSON. */
export function shownValue(value: unknown, tr: Translator = ENGLISH): string {
  if (typeof value === 'number') return tr.num(value);
  if (value === undefined) return tr.t('issue.nothing');
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Where an issue is, in words: "Regimen 2 (MK-7), extra dose 3", and the field key it is about. */
function locate(
  path: readonly PropertyKey[],
  input: unknown,
  tr: Translator,
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
      parts.push(
        known
          ? tr.t('issue.regimenOf', { n: key + 1, compound: COMPOUND_PRESETS[compound as CompoundId].label })
          : tr.t('issue.regimen', { n: key + 1 }),
      );
      field = null;
    } else if (typeof key === 'number' && parent === 'scenes') {
      parts.push(tr.t('issue.scene', { n: key + 1 }));
      field = null;
    } else if (typeof key === 'number' && parent === 'extraDoses') {
      parts.push(tr.t('issue.extraDose', { n: key + 1 }));
      inExtra = true;
      field = null;
    } else if (typeof key === 'number' && parent === 'missedDoses') {
      parts.push(tr.t('issue.missedEntry', { n: key + 1 }));
      inMissed = true;
      field = null;
    } else if (typeof key === 'number') {
      parts.push(tr.t('issue.item', { n: key + 1 }));
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

/** A field by its user-facing name ("Meal fat"); a key the catalog does not name is shown as given. */
function fieldName(field: string, tr: Translator): string {
  return NAMED_FIELDS.has(field) ? tr.t('issue.field', { field }) : shownValue(field, tr);
}

/** The rule an issue reports, as words after the field's name ("must be at least 0 µg, got -5"). */
function ruleOf(issue: z.core.$ZodIssue, rule: Limit | null, tr: Translator): string {
  const input = (issue as { input?: unknown }).input;
  const got = (words: string) => tr.t('issue.got', { rule: words, value: shownValue(input, tr) });
  if (issue.code === 'invalid_type') {
    if (input === undefined) return tr.t('issue.missing');
    const wanted = tr.t('issue.mustBe', { wanted: tr.t('issue.type', { type: issue.expected }) });
    if (rule && typeof input === 'number') return got(ruleBroken(rule, input, tr) ?? wanted);
    return got(wanted);
  }
  if (rule && typeof input === 'number') {
    const broken = ruleBroken(rule, input, tr);
    if (broken) return got(broken);
  }
  if (issue.code === 'invalid_value') {
    const words = tr.t('issue.oneOf', {
      many: String(issue.values.length > 1),
      values: issue.values.map((v) => shownValue(v, tr)).join(', '),
    });
    return input === undefined ? words : got(words);
  }
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const n = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    const values = { most: issue.code === 'too_big' ? 'max' : 'min', bound: tr.num(n), n };
    if (issue.origin === 'array' || issue.origin === 'set') return tr.t('issue.entries', values);
    if (issue.origin === 'string') return tr.t('issue.characters', values);
    return tr.t('issue.bound', values);
  }
  const message = oneLine(issue.message);
  const id = CUSTOM_MESSAGES[message];
  return id ? tr.t(id) : lowerFirst(message);
}

/**
 * One sentence per issue: the place ("Regimen 2 (MK-7)"), the field by its user-facing name and the broken
 * rule with the value given, in `tr`'s language (English by default: the command line's). `input` is the
 * document that was checked, used to name each regimen's compound.
 * @example issueSentence(scenarioSchema.safeParse({ ...defaultScenario(), horizonDays: 4000 }).error.issues[0]) // => 'Duration must be at most 3,660'
 */
export function issueSentence(issue: z.core.$ZodIssue, input?: unknown, tr: Translator = ENGLISH): string {
  const { where, field, inExtra, inMissed } = locate(issue.path, input, tr);
  if (issue.code === 'unrecognized_keys') {
    const place = where || (field ? fieldName(field, tr) : tr.t('issue.theFile'));
    const keys = issue.keys.map((k) => shownValue(k, tr)).join(', ');
    return tr.t('issue.unknownFields', { place: upperFirst(place), n: issue.keys.length, keys });
  }
  if (issue.code === 'custom' && field === null && where === '') {
    const message = oneLine(issue.message);
    const id = CUSTOM_MESSAGES[message];
    return upperFirst(id ? tr.t(id) : message);
  }
  const rule = limitFor(field, inExtra, inMissed);
  const subject = rule ? limitName(rule, tr) : field === null ? '' : fieldName(field, tr);
  const words = ruleOf(issue, rule, tr);
  if (where === '') {
    return upperFirst(
      subject === '' ? tr.t('issue.fileRule', { words }) : tr.t('issue.subjectRule', { subject, words }),
    );
  }
  const place = upperFirst(where);
  return subject === ''
    ? tr.t('issue.placeRule', { place, words })
    : tr.t('issue.placeSubjectRule', {
        place,
        // English writes a field's name in lower case inside a sentence ("the dose"); German nouns keep their
        // capital and Japanese has none.
        subject: tr.locale.startsWith('en') ? lowerFirst(subject) : subject,
        words,
      });
}

/** The first few issues of a scenario check as sentences, joined with "; " (one line). */
export function describeScenarioIssues(error: z.ZodError, input?: unknown, tr: Translator = ENGLISH): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => issueSentence(issue, input, tr))
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
