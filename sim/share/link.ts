import { ENGLISH, type Translator } from '../i18n/translator';
/**
 * A scenario in a link's fragment: `#scenario=` + base64url(deflate-raw(UTF-8 JSON)). A fragment never reaches
 * a server (browsers do not send it), so sharing a link sends the scenario nowhere. Reading is bounded like a
 * file: the fragment's length before decoding, the unpacked text by MAX_SCENARIO_BYTES while inflating.
 */
import { deflateSync, strToU8 } from 'fflate';
import { inflateText, unpackRefusal } from '../image/inflateCapped';
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

/** `base` (an address; any fragment is dropped) with `prefix` and the compressed bytes in base64url. */
export function linkWith(base: string, prefix: string, compressed: Uint8Array): string {
  return `${base.replace(/#.*$/, '')}${prefix}${base64UrlEncode(compressed)}`;
}

/** The link to `base` (an address without a fragment) that opens `scenarioText`, or why it cannot be one. */
export function scenarioLink(base: string, scenarioText: string, tr: Translator = ENGLISH): ShareLink {
  const url = linkWith(base, LINK_PREFIX, deflateSync(strToU8(scenarioText), { level: 9 }));
  if (url.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      error: tr.t('link.tooLarge', { size: tr.num(url.length), max: tr.num(MAX_LINK_CHARS) }),
    };
  }
  return { ok: true, url };
}

export type LinkScenario = { ok: true; text: string } | { ok: false; error: string };

/** How a kind of link carries its text after `prefix`, and the most that text may unpack to. */
export interface FragmentFormat {
  prefix: string;
  kind: 'scenario' | 'lesson';
  deflate: 'raw' | 'zlib';
  maxBytes: number;
}

/**
 * The text after `format.prefix` in a location's fragment, null when the fragment holds none, or one sentence
 * saying why it cannot be read: too long, too large unpacked, or damaged (not base64url, not a whole deflate
 * stream, not UTF-8), the last in `damaged`'s words when given.
 */
export function textFromFragment(
  hash: string,
  format: FragmentFormat,
  tr: Translator,
  damaged?: string,
): LinkScenario | null {
  if (!hash.startsWith(format.prefix)) return null;
  const payload = hash.slice(format.prefix.length);
  if (payload.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      error: tr.t('link.tooLong', {
        size: tr.num(payload.length),
        prefix: format.prefix,
        kind: format.kind,
        max: tr.num(MAX_LINK_CHARS),
      }),
    };
  }
  const bytes = base64UrlDecode(payload);
  if (bytes === null || bytes.length === 0) return { ok: false, error: damaged ?? tr.t('link.damaged') };
  const unpacked = inflateText(bytes, format.deflate, format.maxBytes, tr);
  if (unpacked.ok) return unpacked;
  return {
    ok: false,
    error: unpackRefusal(unpacked, {
      tooLarge: tr.t('link.unpackTooLarge', { kind: format.kind, size: megabytes(format.maxBytes) }),
      damaged: damaged ?? tr.t('link.notUnpacked'),
      notUtf8: damaged,
    }),
  };
}

const SCENARIO_FRAGMENT: FragmentFormat = {
  prefix: LINK_PREFIX,
  kind: 'scenario',
  deflate: 'raw',
  maxBytes: MAX_SCENARIO_BYTES,
};

/**
 * The scenario text in a location's fragment (`#scenario=...`), null when the fragment holds none, or one
 * sentence saying why it cannot be opened. The caller validates the text with parseScenarioText.
 */
export function scenarioFromFragment(hash: string, tr: Translator = ENGLISH): LinkScenario | null {
  return textFromFragment(hash, SCENARIO_FRAGMENT, tr);
}
