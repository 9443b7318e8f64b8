import { ENGLISH, type Translator } from '../i18n/translator';
/**
 * A scenario in a link's fragment: `#scenario=` + base64url(deflate-raw(UTF-8 JSON)). A fragment never reaches
 * a server (browsers do not send it), so sharing a link sends the scenario nowhere. Reading is bounded like a
 * file: the fragment's length before decoding, the unpacked text by MAX_SCENARIO_BYTES while inflating.
 */
import { deflateSync, strToU8 } from 'fflate';
import { inflateCapped } from '../image/inflateCapped';
import { decodeScenarioBytes } from '../scenario/decode';
import { MAX_SCENARIO_BYTES } from '../scenario/schema';
import { megabytes } from '../text/megabytes';

export const LINK_PREFIX = '#scenario=';

/**
 * Longest link made or read (characters, the whole address). RFC 9110 (section 4.1) recommends that
 * software support addresses of at least 8,000 octets; chat, mail and note apps that carry a link keep to
 * about that, and browsers take far longer ones. The presets' links are 400-700 characters.
 */
export const MAX_LINK_CHARS = 8000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding (RFC 4648 section 5). */
export function base64UrlEncode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes of base64url text (padding optional), or null when it is not base64url. */
export function base64UrlDecode(text: string): Uint8Array | null {
  const body = text.replace(/={0,2}$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(body) || body.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((body.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const c of body) {
    value = (value << 6) | ALPHABET.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

export type ShareLink = { ok: true; url: string } | { ok: false; error: string };

/** The link to `base` (an address without a fragment) that opens `scenarioText`, or why it cannot be one. */
export function scenarioLink(base: string, scenarioText: string, tr: Translator = ENGLISH): ShareLink {
  const payload = base64UrlEncode(deflateSync(strToU8(scenarioText), { level: 9 }));
  const url = `${base.replace(/#.*$/, '')}${LINK_PREFIX}${payload}`;
  if (url.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      error: tr.t('link.tooLarge', { size: tr.num(url.length), max: tr.num(MAX_LINK_CHARS) }),
    };
  }
  return { ok: true, url };
}

export type LinkScenario = { ok: true; text: string } | { ok: false; error: string };

/**
 * The scenario text in a location's fragment (`#scenario=...`), null when the fragment holds none, or one
 * sentence saying why it cannot be opened. The caller validates the text with parseScenarioText.
 */
export function scenarioFromFragment(hash: string, tr: Translator = ENGLISH): LinkScenario | null {
  if (!hash.startsWith(LINK_PREFIX)) return null;
  const payload = hash.slice(LINK_PREFIX.length);
  if (payload.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      error: tr.t('link.tooLong', {
        size: tr.num(payload.length),
        prefix: LINK_PREFIX,
        kind: 'scenario',
        max: tr.num(MAX_LINK_CHARS),
      }),
    };
  }
  const bytes = base64UrlDecode(payload);
  if (bytes === null || bytes.length === 0) {
    return { ok: false, error: tr.t('link.damaged') };
  }
  const inflated = inflateCapped(bytes, 'raw', MAX_SCENARIO_BYTES);
  if (!inflated.ok) {
    return {
      ok: false,
      error:
        inflated.reason === 'too-large'
          ? tr.t('link.unpackTooLarge', { kind: 'scenario', size: megabytes(MAX_SCENARIO_BYTES) })
          : tr.t('link.notUnpacked'),
    };
  }
  const decoded = decodeScenarioBytes(inflated.bytes, tr);
  return decoded.ok ? { ok: true, text: decoded.text } : decoded;
}
