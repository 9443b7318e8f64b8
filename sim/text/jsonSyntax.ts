import { ENGLISH, type Translator } from '../i18n/translator';

/**
 * "Not valid JSON at line 3, column 5" from JSON.parse's error, instead of the engine's "Expected ',' or '}'
 * after property value in JSON at position 62", which names neither a line nor anything a reader can find.
 * @example jsonSyntaxWhere('{\n  "a": 1,,\n}', new SyntaxError('Unexpected token , in JSON at position 11')) // => 'Not valid JSON at line 2, column 10'
 */
export function jsonSyntaxWhere(text: string, error: unknown, tr: Translator = ENGLISH): string {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(detail);
  if (!position) return tr.t('json.notValid');
  const offset = Math.min(text.length, Number(position[1]));
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return tr.t('json.notValidAt', { line, column });
}
