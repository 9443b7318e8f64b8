import {
  asSentence,
  parseScenarioText,
  UNNAMED_SCENARIO,
  type ParseResult,
  type Scenario,
} from '../../../sim';
import { parseScenarioTextOffPage, type ParseWorkerPort } from './parseOffPage';
import { scenarioTextOf } from '../state/scenarioText';
import { scenarioTitle } from '../../../sim/scenario/describe';
import { fileSlug } from '../../../sim/text/fileSlug';
import { currentTranslator } from '../i18n/locale';

/**
 * Window title: "Name — K2 Kinetics", the name being the file's (without extension) or the scenario's, in the
 * UI's language as the header shows it.
 */
export function documentTitle(fileName: string | null, scenario: Scenario): string {
  const name = fileName
    ? baseName(fileName).replace(/(\.k2)?\.json$/i, '')
    : scenarioTitle(scenario, currentTranslator());
  return `${name || UNNAMED_SCENARIO} — K2 Kinetics`;
}

/** The last path segment, for either separator (Electron paths on Windows use backslashes). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Suggested file name of a saved scenario: the file it came from, or the scenario's name in the UI's language. */
export function scenarioFileName(fileName: string | null, scenario: Scenario): string {
  return fileName ? baseName(fileName) : `${fileSlug(scenarioTitle(scenario, currentTranslator()))}.k2.json`;
}

/** Changed since the last save or open: compares the saved text, so undoing back to it is clean again. */
export function isDirty(savedText: string, scenario: Scenario): boolean {
  return scenarioTextOf(scenario) !== savedText;
}

export type OpenOutcome = { ok: true; scenario: Scenario; message: string } | { ok: false; message: string };

/**
 * What opening a file means for the user: the scenario and a short confirmation, or a message naming the
 * problem (malformed, truncated, too large, from a newer version) and saying the current work is kept.
 */
export function interpretOpenedFile(fileName: string, text: string): OpenOutcome {
  return interpretScenarioText(currentTranslator().t('doc.fileQuoted', { name: baseName(fileName) }), text);
}

/**
 * The same for any source of scenario text (`what`: "“plan.k2.json”", "the scenario in this link"): one
 * parser, one set of limits and words for files, images and links.
 */
export function interpretScenarioText(what: string, text: string): OpenOutcome {
  const tr = currentTranslator();
  const ahead = takeParsedAhead(text);
  // A refusal read off the page is in the command line's English (the worker has no translator): its words are
  // read again here, in the UI's language. An accepted file is not parsed twice.
  const parsed = ahead !== null && ahead.ok ? ahead : parseScenarioText(text, tr);
  if (!parsed.ok) {
    return { ok: false, message: tr.t('doc.openFailed', { what, error: asSentence(parsed.error) }) };
  }
  const migrated = parsed.migratedFrom === null ? '' : tr.t('doc.migrated', { version: parsed.migratedFrom });
  return { ok: true, scenario: parsed.scenario, message: tr.t('doc.opened', { what, migrated }) };
}

/** The parse of the text about to be opened, done ahead off the page (parseAhead); one, read once. */
let parsedAhead: { text: string; result: ParseResult } | null = null;

/**
 * Reads `text` as a scenario off the page when it is large (parseOffPage.ts), for the interpretScenarioText
 * call that follows with the same text, so opening a large file never blocks the page with its parse.
 */
export async function parseAhead(text: string, createWorker?: () => ParseWorkerPort): Promise<void> {
  const result = await parseScenarioTextOffPage(text, createWorker);
  parsedAhead = { text, result };
}

function takeParsedAhead(text: string): ParseResult | null {
  const ahead = parsedAhead;
  parsedAhead = null;
  return ahead !== null && ahead.text === text ? ahead.result : null;
}
