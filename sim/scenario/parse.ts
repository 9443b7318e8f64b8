import type { z } from 'zod';
import { MIGRATIONS } from './migrations';
import { MAX_SCENARIO_BYTES, SCENARIO_VERSION, scenarioSchema, type Scenario } from './schema';

export type ParseResult =
  { ok: true; scenario: Scenario; migratedFrom: number | null } | { ok: false; error: string };

/**
 * Reads a scenario file's text: size check, JSON syntax, version (migrating older ones), then the schema.
 * Errors name the field and the problem, e.g. "regimens[0].doseUg: Too small: expected number to be >=0".
 */
export function parseScenarioText(text: string): ParseResult {
  if (text.length > MAX_SCENARIO_BYTES) {
    return {
      ok: false,
      error: `File is too large for a scenario (${text.length.toLocaleString('en')} characters; the limit is ${MAX_SCENARIO_BYTES.toLocaleString('en')}).`,
    };
  }
  if (text.trim() === '') return { ok: false, error: 'File is empty: it is not a K2 Kinetics scenario.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `Not valid JSON (the file may be truncated or not a scenario): ${detail}` };
  }
  return parseScenario(data);
}

/** Validates already-parsed JSON, migrating older versions first. */
export function parseScenario(data: unknown): ParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'Not a K2 Kinetics scenario: expected a JSON object.' };
  }
  let doc = data as Record<string, unknown>;
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'version: missing or not a positive whole number.' };
  }
  if (version > SCENARIO_VERSION) {
    return {
      ok: false,
      error: `version: this file is scenario version ${version}, written by a newer K2 Kinetics; this version reads up to ${SCENARIO_VERSION}. Please update the app.`,
    };
  }
  for (let v = version; v < SCENARIO_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return { ok: false, error: `version: no migration from version ${v}.` };
    doc = migrate(doc);
  }
  const parsed = scenarioSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  return { ok: true, scenario: parsed.data, migratedFrom: version === SCENARIO_VERSION ? null : version };
}

/** "regimens[0].doseUg: message" for the first few issues. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${formatPath(issue.path) || '(file)'}: ${issue.message}`)
    .join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The text the app writes: pretty-printed JSON with a trailing newline. */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}
