import { ENGLISH, type Translator } from '../i18n/translator';
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
 * the user's words, e.g. "Regimen 2 (MK-7): the dose must be at least 0 µg, got -5", in `tr`'s language (the app passes
 * the UI's; the command line keeps the English default).
 */
export function parseScenarioText(text: string, tr: Translator = ENGLISH): ParseResult {
  const result = parseText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, tr);
  return result.ok ? result : { ok: false, error: oneLine(result.error) };
}

function parseText(text: string, tr: Translator): ParseResult {
  if (text.length > MAX_SCENARIO_BYTES) {
    return {
      ok: false,
      error: tr.t('file.tooLarge', { size: tr.num(text.length), limit: tr.num(MAX_SCENARIO_BYTES) }),
    };
  }
  if (text.trim() === '') return { ok: false, error: tr.t('file.empty') };
  const json = parseBoundedJson(text, 'scenario', MAX_SCENARIO_DEPTH, tr);
  return json.ok ? parseScenario(json.data, tr) : json;
}

/** Validates already-parsed JSON, migrating older versions first. */
export function parseScenario(data: unknown, tr: Translator = ENGLISH): ParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: tr.t('file.notObject') };
  }
  let doc = data as Record<string, unknown>;
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: tr.t('file.noVersion') };
  }
  if (version > SCENARIO_VERSION) {
    return {
      ok: false,
      error: tr.t('file.newer', { version, max: SCENARIO_VERSION }),
    };
  }
  for (let v = version; v < SCENARIO_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return { ok: false, error: tr.t('file.noMigration', { version: v }) };
    doc = migrate(doc);
  }
  const parsed = scenarioSchema.safeParse(doc, { reportInput: true });
  if (!parsed.success) return { ok: false, error: describeScenarioIssues(parsed.error, doc, tr) };
  // Whatever opens must save: a file whose numbers were written short ('8e4') can read back larger than it was.
  const unsaveable = savedTextOverCap(parsed.data, tr);
  if (unsaveable !== null) return { ok: false, error: tr.t('file.cannotOpen', { reason: unsaveable }) };
  return { ok: true, scenario: parsed.data, migratedFrom: version === SCENARIO_VERSION ? null : version };
}

/** The text the app writes: pretty-printed JSON with a trailing newline. */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}
