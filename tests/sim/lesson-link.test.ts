import { inflateSync } from 'node:zlib';
import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { base64UrlEncode, MAX_LINK_CHARS } from '../../sim/share/link';
import { LESSON_LINK_PREFIX, lessonFromFragment, lessonLink } from '../../sim/share/lessonLink';
import { parseLessonText, serializeLesson } from '../../renderer/src/presentation/lesson';
import { storyScenes } from '../../renderer/src/presentation/scenes';

const BASE = 'https://teacher.example/k2/index.html';
const lessonText = serializeLesson({ title: 'Vitamin K kinetics', scenes: storyScenes() });
const DAMAGED = 'The link is damaged: it was changed or cut short, so its lesson cannot be trusted.';

function linkOf(text: string): string {
  const link = lessonLink(BASE, text);
  if (!link.ok) throw new Error(link.error);
  return link.url;
}

describe('#lesson= links', () => {
  it('carry the lesson file text exactly, readable by any zlib (Node checks the stream independently)', () => {
    const url = linkOf(lessonText);
    expect(url.startsWith(`${BASE}${LESSON_LINK_PREFIX}`)).toBe(true);
    const hash = new URL(url).hash;
    const payload = hash.slice(LESSON_LINK_PREFIX.length);
    expect(inflateSync(Buffer.from(payload, 'base64url')).toString('utf8')).toBe(lessonText);
    const read = lessonFromFragment(hash);
    expect(read).toEqual({ ok: true, text: lessonText });
    const parsed = parseLessonText(lessonText);
    expect(parsed.ok && parsed.lesson.scenes.length).toBe(8);
    // The whole built-in story fits a link, and a QR code (2,953 bytes at error correction L).
    expect(url.length).toBeLessThan(2953);
  });

  it('refuses every changed character, unless the change leaves the lesson exactly as it was', () => {
    const url = linkOf(serializeLesson({ title: 'One scene', scenes: storyScenes().slice(0, 1) }));
    const hash = new URL(url).hash;
    const start = LESSON_LINK_PREFIX.length;
    const original = lessonFromFragment(hash);
    let refused = 0;
    for (let i = start; i < hash.length; i++) {
      const c = hash[i] === 'A' ? 'B' : 'A';
      const read = lessonFromFragment(`${hash.slice(0, i)}${c}${hash.slice(i + 1)}`);
      if (read?.ok) expect(read).toEqual(original);
      else {
        refused++;
        expect(read?.error).toMatch(/^The link is damaged|^The lesson in this link is too large/);
      }
    }
    // Only a last character's unused low bits can change without changing a byte.
    expect(refused).toBeGreaterThanOrEqual(hash.length - start - 1);
    expect(lessonFromFragment(hash.slice(0, -12))).toEqual({ ok: false, error: DAMAGED });
    expect(lessonFromFragment(`${LESSON_LINK_PREFIX}not*base64`)).toEqual({ ok: false, error: DAMAGED });
    expect(lessonFromFragment('#scenario=abc')).toBeNull();
  });

  it('says a lesson too large for a link is too large, with both numbers, and what to do instead', () => {
    // Random letters do not compress: about 6 bits a character after base64 of deflate.
    let seed = 7;
    const noise = Array.from({ length: 12_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(97 + (seed % 26));
    }).join('');
    const link = lessonLink(BASE, noise);
    expect(link.ok).toBe(false);
    expect(!link.ok && link.error).toMatch(
      new RegExp(
        `^This lesson is too large for a link \\([\\d,]+ characters; a link may have at most ${MAX_LINK_CHARS.toLocaleString('en')}\\): share the current scene instead, or save the lesson file and share the file\\.$`,
      ),
    );
    expect(lessonLink(BASE, noise, 'scene')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This scene is too large/),
    });
  });

  it('refuses a link that unpacks past the lesson limit, and one longer than any link', () => {
    const bomb = base64UrlEncode(zlibSync(strToU8(' '.repeat(6_000_000)), { level: 9 }));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(lessonFromFragment(`${LESSON_LINK_PREFIX}${bomb}`)).toEqual({
      ok: false,
      error: 'The lesson in this link is too large: it unpacks to more than 5 MB, the limit for a lesson.',
    });
    expect(lessonFromFragment(`${LESSON_LINK_PREFIX}${'A'.repeat(MAX_LINK_CHARS + 1)}`)).toEqual({
      ok: false,
      error: `The link is too long (8,001 characters after #lesson=; a lesson link has at most 8,000).`,
    });
  });
});
