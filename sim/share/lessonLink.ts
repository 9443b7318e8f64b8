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
import { linkWith, MAX_LINK_CHARS, textFromFragment, type FragmentFormat, type ShareLink } from './link';

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
  const url = linkWith(base, LESSON_LINK_PREFIX, zlibSync(strToU8(lessonText), { level: 9 }));
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
  return textFromFragment(hash, LESSON_FRAGMENT, tr, tr.t('link.lessonDamaged'));
}

const LESSON_FRAGMENT: FragmentFormat = {
  prefix: LESSON_LINK_PREFIX,
  kind: 'lesson',
  deflate: 'zlib',
  maxBytes: MAX_LESSON_BYTES,
};
