/**
 * A lesson in a link's fragment, for students to open on their own screens: `#lesson=` + base64url(zlib(UTF-8
 * lesson file text)), within the scenario link's length cap (MAX_LINK_CHARS). As with `#scenario=`, the fragment
 * never reaches a server, so sharing sends the lesson nowhere; reading is bounded like a file (the link's length
 * before decoding, the unpacked text by the lesson file limit while inflating), and the text is then checked by
 * the lesson file's own parser. Unlike the scenario link, the deflate stream carries zlib's Adler-32: a link a
 * student opens must never show changed numbers, so a changed or cut link is refused rather than read as
 * whatever it happens to inflate to.
 */
import { strToU8, zlibSync } from 'fflate';
import { ENGLISH, type Translator } from '../i18n/translator';
import { MAX_LESSON_BYTES } from '../ipc/contract';
import { inflateCapped } from '../image/inflateCapped';
import { decodeScenarioBytes } from '../scenario/decode';
import { megabytes } from '../text/megabytes';
import { base64UrlDecode, base64UrlEncode, MAX_LINK_CHARS, type ShareLink } from './link';

export const LESSON_LINK_PREFIX = '#lesson=';

/**
 * The link to `base` (an address; any fragment is dropped) that opens `lessonText`, or why it cannot be one;
 * `what` is what is shared (the whole lesson or one scene), named in that sentence.
 */
export function lessonLink(
  base: string,
  lessonText: string,
  what: 'lesson' | 'scene' = 'lesson',
  tr: Translator = ENGLISH,
): ShareLink {
  const payload = base64UrlEncode(zlibSync(strToU8(lessonText), { level: 9 }));
  const url = `${base.replace(/#.*$/, '')}${LESSON_LINK_PREFIX}${payload}`;
  if (url.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      error: tr.t('link.lessonTooLarge', { what, size: tr.num(url.length), max: tr.num(MAX_LINK_CHARS) }),
    };
  }
  return { ok: true, url };
}

export type LinkLesson = { ok: true; text: string } | { ok: false; error: string };

/**
 * The lesson text in a location's fragment (`#lesson=...`), null when the fragment holds none, or one sentence
 * saying why it cannot be opened. The caller checks the text with parseLessonText.
 */
export function lessonFromFragment(hash: string, tr: Translator = ENGLISH): LinkLesson | null {
  if (!hash.startsWith(LESSON_LINK_PREFIX)) return null;
  const payload = hash.slice(LESSON_LINK_PREFIX.length);
  if (payload.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      error: tr.t('link.tooLong', {
        size: tr.num(payload.length),
        prefix: LESSON_LINK_PREFIX,
        kind: 'lesson',
        max: tr.num(MAX_LINK_CHARS),
      }),
    };
  }
  const damaged = tr.t('link.lessonDamaged');
  const bytes = base64UrlDecode(payload);
  if (bytes === null || bytes.length === 0) return { ok: false, error: damaged };
  const inflated = inflateCapped(bytes, 'zlib', MAX_LESSON_BYTES);
  if (!inflated.ok) {
    return {
      ok: false,
      error:
        inflated.reason === 'too-large'
          ? tr.t('link.unpackTooLarge', { kind: 'lesson', size: megabytes(MAX_LESSON_BYTES) })
          : damaged,
    };
  }
  const decoded = decodeScenarioBytes(inflated.bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, error: damaged };
}
