import { ENGLISH, type Translator } from '../i18n/translator';
import { MAX_SCENARIO_BYTES, type Scenario } from './schema';

/**
 * Below this many characters (compact) a scenario is saved pretty-printed. Indenting multiplies the shortest
 * tokens (a missed-dose number, "1,") by at most about 6, so this stays far below the limit; it is checked anyway.
 */
const PRETTY_BELOW_CHARS = 150_000;

/**
 * The text a scenario is saved as (file and session), built once per save. Pretty-printed JSON when small;
 * compact JSON when large (a pretty 2 MB scenario is 3-4 times the compact one, and building both cost up to
 * 0.9 s a save); and when even that passes the open limit, compact with every number in its shortest exact
 * form ('8e4' for 80000: a file written with such numbers reads back larger than it was). Each form reads back
 * as the same scenario. parseScenarioText refuses a file whose saved form would pass the limit, so whatever
 * opens also saves.
 * @example savedScenarioText(defaultScenario()) === serializeScenario(defaultScenario()) // => true
 */
export function savedScenarioText(scenario: Scenario): string {
  const compact = JSON.stringify(scenario);
  if (compact.length < PRETTY_BELOW_CHARS) {
    const pretty = `${JSON.stringify(scenario, null, 2)}\n`;
    if (utf8Length(pretty) <= MAX_SCENARIO_BYTES) return pretty;
  }
  if (utf8Length(compact) + 1 <= MAX_SCENARIO_BYTES) return `${compact}\n`;
  return `${shortestNumbers(compact)}\n`;
}

/**
 * Why a scenario cannot be saved (its saved text would pass the open limit), in the cap's words, or null.
 * @example savedTextOverCap(defaultScenario()) // => null
 */
export function savedTextOverCap(scenario: Scenario, tr: Translator = ENGLISH): string | null {
  // A small scenario always fits (compact, at least): no need to build its saved text.
  if (JSON.stringify(scenario).length * 3 < MAX_SCENARIO_BYTES) return null;
  const bytes = utf8Length(savedScenarioText(scenario));
  if (bytes <= MAX_SCENARIO_BYTES) return null;
  return tr.t('file.savedTooLarge', { bytes: tr.num(bytes), limit: tr.num(MAX_SCENARIO_BYTES) });
}

/** Bytes of a string in UTF-8, without an encoder (sim has no DOM or Node): surrogate pairs count 4. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Strings (skipped, escapes included) or numbers of JSON text. */
const JSON_TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * JSON text with each number in its shortest exact form: the shorter of JavaScript's own ('80000', '0.0001')
 * and its exponent form without the plus ('8e4', '1e-4'). Both read back as the same double
 * (Number.prototype.toExponential() without digits writes as many as that double needs).
 * @example shortestNumbers('{"a":80000,"b":"80000","c":0.0001,"d":12.5}') // => '{"a":8e4,"b":"80000","c":1e-4,"d":12.5}'
 */
export function shortestNumbers(json: string): string {
  return json.replace(JSON_TOKEN, (token) => {
    if (token.charCodeAt(0) === 34) return token;
    const n = Number(token);
    const plain = String(n);
    const exponent = n.toExponential().replace('e+', 'e');
    return exponent.length < plain.length ? exponent : plain;
  });
}
