// Its own module, without zod: the command line decodes every scenario file before it loads the schema.
import { ENGLISH, type Translator } from '../i18n/translator';

/** TextDecoder exists in every runtime sim/ runs in (browsers, Node, workers), but not in the ES2022 library types. */
interface StrictDecoder {
  decode(bytes: Uint8Array): string;
}
const TextDecoderClass = (
  globalThis as unknown as {
    TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => StrictDecoder;
  }
).TextDecoder;

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * A scenario file's bytes as text, the same way in the command line and the app: strict UTF-8 (invalid bytes
 * are refused with a message, never replaced by U+FFFD). A byte-order mark is kept here and removed by
 * parseScenarioText, which both callers use.
 */
export function decodeScenarioBytes(bytes: Uint8Array, tr: Translator = ENGLISH): DecodeResult {
  try {
    return { ok: true, text: new TextDecoderClass('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, error: tr.t('file.notUtf8') };
  }
}
