import { ENGLISH } from '../i18n/translator';
import { parseBoundedJson } from '../text/boundedJson';
import { describeScenarioIssues, oneLine } from './messages';
import { MIGRATIONS } from './migrations';
import { savedTextOverCap } from './savedText';
import {
  MAX_SCENARIO_BYTES,
  MAX_SCENARIO_DEPTH,
  SCENARIO_VERSION,
  scenarioSchema,
  type Scenario,
} from './schema';

export type ParseResult =
  { ok: true; scenario: Scenario; migratedFrom: number | null } | { ok: false; error: string };

export { describeIssues, describeScenarioIssues, issueSentence, oneLine } from './messages';

export { decodeScenarioBytes, type DecodeResult } from './decode';

/**
 * Reads a scenario file's text: size check, a leading UTF-8 byte-order mark removed (editors on Windows add
 * one), nesting depth, JSON syntax, version (migrating older ones), then the schema and the work caps. Errors are one line in
 * the user's words, e.g. "Regimen 2 (MK-7): the dose must be at least 0 µg, got -5".
 */
export function parseScenarioText(text: string): ParseResult {
  const result = parseText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return result.ok ? result : { ok: false, error: oneLine(result.error) };
}

function parseText(text: string): ParseResult {
  if (text.length > MAX_SCENARIO_BYTES) {
    return {
      ok: false,
      error: `File is too large for a scenario (${ENGLISH.num(text.length)} characters; the limit is ${ENGLISH.num(MAX_SCENARIO_BYTES)}).`,
    };
  }
  if (text.trim() === '') return { ok: false, error: 'File is empty: it is not a K2 Kinetics scenario.' };
  const json = parseBoundedJson(text, 'scenario', MAX_SCENARIO_DEPTH);
  return json.ok ? parseScenario(json.data) : json;
}

/** Validates already-parsed JSON, migrating older versions first. */
export function parseScenario(data: unknown): ParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'Not a K2 Kinetics scenario: expected a JSON object.' };
  }
  let doc = data as Record<string, unknown>;
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error: 'Version is missing or not a positive whole number: this is not a K2 Kinetics scenario.',
    };
  }
  if (version > SCENARIO_VERSION) {
    return {
      ok: false,
      error: `This file is scenario version ${version}, written by a newer K2 Kinetics; this version reads up to ${SCENARIO_VERSION}. Please update the app.`,
    };
  }
  for (let v = version; v < SCENARIO_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return { ok: false, error: `No migration from scenario version ${v}.` };
    doc = migrate(doc);
  }
  const parsed = scenarioSchema.safeParse(doc, { reportInput: true });
  if (!parsed.success) return { ok: false, error: describeScenarioIssues(parsed.error, doc) };
  // Whatever opens must save: a file whose numbers were written short ('8e4') can read back larger than it was.
  const unsaveable = savedTextOverCap(parsed.data);
  if (unsaveable !== null) return { ok: false, error: `This file cannot be opened: ${unsaveable}.` };
  return { ok: true, scenario: parsed.data, migratedFrom: version === SCENARIO_VERSION ? null : version };
}

/** The text the app writes: pretty-printed JSON with a trailing newline. */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}
