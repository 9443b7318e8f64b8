/**
 * Scenarios inside exported images and links: every fixture goes scenario -> PNG / SVG / link -> scenario with
 * the text unchanged, and hostile images and links (cut short, wrong CRC, oversized, deflate bombs, too many
 * chunks, no IEND) are refused with one sentence each. Node's zlib is the independent reader and writer: it
 * inflates what we wrote, computes the CRCs, and builds the hostile inputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, deflateSync, inflateRawSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PNG_IHDR_1X1, PNG_SIGNATURE, pngChunk } from '../support/pngFixture';
import { parseScenarioText, MAX_SCENARIO_BYTES } from '../../sim';
import { readPngChunks, MAX_PNG_CHUNKS } from '../../sim/image/pngChunks';
import {
  embedScenarioInPng,
  embedScenarioInSvg,
  NO_SCENARIO_IN_IMAGE,
  scenarioFromPng,
  scenarioTextFromFile,
} from '../../sim/image/scenarioImage';
import { MAX_LINK_CHARS, scenarioFromFragment, scenarioLink } from '../../sim/share/link';

const FIXTURES = resolve(fileURLToPath(new URL('../fixtures', import.meta.url)));
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.k2.json'))
  .map((name) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') }));

const chunk = pngChunk;

const SIGNATURE = PNG_SIGNATURE;
const IHDR = PNG_IHDR_1X1;
const IDAT = chunk('IDAT', deflateSync(Buffer.from([0, 255])));
const IEND = chunk('IEND', Buffer.alloc(0));
/** A 1 x 1 white PNG "from elsewhere": no scenario. */
const plainPng = Buffer.concat([SIGNATURE, IHDR, IDAT, IEND]);

/** An iTXt chunk with our keyword around `data` (already compressed, or not: the flag says). */
const scenarioChunk = (data: Buffer, compressed = 1) =>
  chunk(
    'iTXt',
    Buffer.concat([
      Buffer.from(`k2-kinetics-scenario\0${String.fromCharCode(compressed)}\0\0\0`, 'latin1'),
      data,
    ]),
  );
const pngWith = (...chunks: Buffer[]) => Buffer.concat([SIGNATURE, IHDR, ...chunks, IDAT, IEND]);

/** The iTXt data our writer produced, read with Node's zlib (not our reader). */
function itxtTextByZlib(png: Uint8Array): string {
  const read = readPngChunks(png, { verifyCrc: 'all', trailing: 'refuse' });
  if (!read.ok) throw new Error(read.error);
  const itxt = read.chunks.find((c) => c.type === 'iTXt')!;
  const header = Buffer.from('k2-kinetics-scenario\0\x01\0\0\0', 'latin1');
  expect(Buffer.from(itxt.data.subarray(0, header.length))).toEqual(header);
  return inflateSync(itxt.data.subarray(header.length)).toString('utf8');
}

describe('scenario -> image -> scenario, every fixture', () => {
  it.each(fixtures)('$name through a PNG and an SVG comes back unchanged', ({ text }) => {
    const png = embedScenarioInPng(plainPng, text);
    // Node's zlib reads the chunk we wrote, and every CRC in the file is right (checked by our reader against
    // the CRCs Node computed for the other chunks).
    expect(itxtTextByZlib(png)).toBe(text);
    const fromPng = scenarioTextFromFile(png);
    expect(fromPng).toEqual({ ok: true, text, source: 'png' });
    const svg = embedScenarioInSvg(
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>\n',
      text,
    );
    expect(scenarioTextFromFile(new TextEncoder().encode(svg))).toEqual({ ok: true, text, source: 'svg' });
    // Validated as the file itself is: the same outcome, refusals with the same words.
    expect(parseScenarioText(text)).toEqual(parseScenarioText(fromPng.ok ? fromPng.text : ''));
  });

  it('keeps every other chunk and replaces an older scenario instead of adding a second', () => {
    const once = embedScenarioInPng(plainPng, '{"a":1}');
    const twice = embedScenarioInPng(once, '{"b":2}');
    const types = (b: Uint8Array) => {
      const r = readPngChunks(b, { verifyCrc: 'all', trailing: 'refuse' });
      return r.ok ? r.chunks.map((c) => c.type) : r.error;
    };
    expect(types(twice)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    expect(scenarioFromPng(twice)).toMatchObject({ ok: true, text: '{"b":2}' });
  });

  it('escapes names that would break XML, and a name with ]]> or & comes back as typed', () => {
    const text = JSON.stringify({ name: 'A <b> & "c" ]]> \u00b5g \u{1F48A}' });
    const svg = embedScenarioInSvg('<svg xmlns="http://www.w3.org/2000/svg"></svg>', text);
    expect(svg).not.toContain('<b>');
    expect(scenarioTextFromFile(new TextEncoder().encode(svg))).toMatchObject({ ok: true, text });
  });
});

describe('images without a scenario, and hostile ones', () => {
  const sentence = (r: { ok: boolean; error?: string }) => {
    expect(r.ok).toBe(false);
    // One sentence: a capital, one full stop at the end.
    expect(r.error).toMatch(/^[A-Z][^]*[.]$/);
    expect(r.error!.slice(0, -1)).not.toMatch(/\.\s+[A-Z]/);
    return r.error!;
  };
  const valid = readFileSync(join(FIXTURES, 'valid.k2.json'), 'utf8');
  const good = Buffer.from(embedScenarioInPng(plainPng, valid));

  it('a PNG from elsewhere says it has no scenario', () => {
    expect(sentence(scenarioTextFromFile(plainPng))).toBe(NO_SCENARIO_IN_IMAGE);
    expect(
      sentence(scenarioTextFromFile(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))),
    ).toBe(NO_SCENARIO_IN_IMAGE);
  });

  it('cut short anywhere: refused, never a crash', () => {
    for (let end = 9; end < good.length; end += 7) {
      const r = scenarioTextFromFile(good.subarray(0, end));
      expect(r.ok, `cut at ${end}`).toBe(false);
    }
    expect(sentence(scenarioTextFromFile(good.subarray(0, good.length - IEND.length)))).toBe(
      'The PNG image is cut short: it has no end marker (IEND chunk).',
    );
    expect(sentence(scenarioTextFromFile(good.subarray(0, 60)))).toMatch(
      /^The PNG image is cut short: its iTXt chunk at byte 33 claims/,
    );
  });

  it('a wrong CRC in the scenario chunk or the header is refused; a damaged pixel chunk is not our business', () => {
    const flipped = Buffer.from(good);
    flipped[33 + 8 + 30]! ^= 1; // a byte inside the iTXt data
    expect(sentence(scenarioTextFromFile(flipped))).toBe(
      'The PNG image is damaged: its iTXt chunk at byte 33 fails its checksum (CRC).',
    );
    const badIdat = Buffer.from(good);
    badIdat[good.length - IEND.length - 5]! ^= 1; // IDAT's CRC
    expect(scenarioTextFromFile(badIdat)).toMatchObject({ ok: true });
  });

  it('a chunk that claims more than a PNG chunk may hold, or more than the file has', () => {
    const huge = Buffer.from(good);
    huge.writeUInt32BE(0xfffffff0, 33);
    expect(sentence(scenarioTextFromFile(huge))).toMatch(
      /claims 4,294,967,280 bytes, more than a PNG chunk may hold/,
    );
  });

  it('an oversized scenario chunk is refused before inflating', () => {
    const big = pngWith(scenarioChunk(Buffer.alloc(MAX_SCENARIO_BYTES + 2000, 0x41), 0));
    expect(sentence(scenarioTextFromFile(big))).toBe(
      'The scenario in this image is too large (2 MB compressed; a scenario may be at most 2 MB).',
    );
  });

  it('deflate bombs stop at the scenario cap: 100 MB of spaces in 100 kB, quickly and without the memory', () => {
    // 100 MB of spaces, zlib level 9 by Node: about 100 kB that a naive reader would unpack in full.
    const bomb = pngWith(scenarioChunk(deflateSync(Buffer.alloc(100_000_000, 0x20), { level: 9 })));
    const started = performance.now();
    const before = process.memoryUsage().arrayBuffers;
    expect(sentence(scenarioTextFromFile(bomb))).toBe(
      'The scenario in this image is too large: it unpacks to more than 2 MB, the limit for a scenario.',
    );
    const elapsedMs = performance.now() - started;
    console.log(`[image] deflate bomb refused in ${elapsedMs.toFixed(0)} ms`);
    expect(elapsedMs).toBeLessThan(2000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50_000_000);
    // Just over the cap is refused, just at it is read (then the parser names the problem with the text).
    const over = pngWith(scenarioChunk(deflateSync(Buffer.alloc(MAX_SCENARIO_BYTES + 1, 0x20))));
    expect(scenarioTextFromFile(over).ok).toBe(false);
    const at = pngWith(scenarioChunk(deflateSync(Buffer.alloc(MAX_SCENARIO_BYTES, 0x20))));
    expect(scenarioTextFromFile(at)).toMatchObject({ ok: true, source: 'png' });
  });

  it('a damaged or cut-short compressed stream, and a wrong Adler-32, are refused', () => {
    const z = deflateSync(Buffer.from(valid));
    expect(sentence(scenarioTextFromFile(pngWith(scenarioChunk(z.subarray(0, z.length - 20)))))).toBe(
      'The scenario in this image is damaged: it could not be unpacked.',
    );
    const wrongSum = Buffer.from(z);
    wrongSum[wrongSum.length - 1]! ^= 1;
    expect(scenarioTextFromFile(pngWith(scenarioChunk(wrongSum))).ok).toBe(false);
  });

  it('too many chunks: refused at the cap, quickly', () => {
    const tiny = chunk('tEXt', Buffer.from('a\0b'));
    const many = Buffer.concat([
      SIGNATURE,
      IHDR,
      ...Array.from({ length: MAX_PNG_CHUNKS }, () => tiny),
      IEND,
    ]);
    const started = performance.now();
    expect(sentence(scenarioTextFromFile(many))).toBe(
      'The PNG image has more than 100,000 chunks, more than any image K2 Kinetics reads.',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('two scenarios, a header that is not IHDR, a scenario that is not UTF-8', () => {
    const a = scenarioChunk(deflateSync(Buffer.from(valid)));
    expect(sentence(scenarioTextFromFile(pngWith(a, a)))).toMatch(/more than one K2 Kinetics scenario/);
    expect(sentence(scenarioTextFromFile(Buffer.concat([SIGNATURE, IDAT, IHDR, IEND])))).toMatch(
      /does not start with its header/,
    );
    expect(
      sentence(scenarioTextFromFile(pngWith(scenarioChunk(deflateSync(Buffer.from([0xff, 0xfe, 0x7b])))))),
    ).toBe('The file is not UTF-8 text: it is not a K2 Kinetics scenario.');
  });

  it('SVG: an unknown entity or markup inside the element is refused', () => {
    const svg = (inner: string) =>
      new TextEncoder().encode(
        `<svg><metadata><k2:scenario xmlns:k2="urn:k2-kinetics:scenario">${inner}</k2:scenario></metadata></svg>`,
      );
    expect(sentence(scenarioTextFromFile(svg('{&nbsp;}')))).toMatch(/XML escape that is not valid/);
    expect(sentence(scenarioTextFromFile(svg('{<x/>}')))).toMatch(/not closed or holds markup/);
  });
});

describe('scenario -> link -> scenario', () => {
  const BASE = 'https://example.org/k2/';

  it.each(fixtures)(
    '$name: round trip, or too large for a link with a message to share the file',
    ({ text }) => {
      const link = scenarioLink(BASE, text);
      if (!link.ok) {
        expect(link.error).toMatch(
          /^This scenario is too large for a link \([\d,]+ characters; a link may have at most 8,000\): save the scenario file and share the file instead\.$/,
        );
        return;
      }
      expect(link.url.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
      const hash = new URL(link.url).hash;
      // Node's zlib reads the payload: base64url of raw deflate.
      expect(inflateRawSync(Buffer.from(hash.slice('#scenario='.length), 'base64url')).toString('utf8')).toBe(
        text,
      );
      expect(scenarioFromFragment(hash)).toEqual({ ok: true, text });
    },
  );

  it('the fixtures all fit in a link (they are small files)', () => {
    expect(fixtures.every(({ text }) => scenarioLink(BASE, text).ok)).toBe(true);
  });

  it('a scenario too large for a link says to share the file', () => {
    // Random-looking notes do not compress: about 9,000 characters after base64.
    let seed = 1;
    const notes = Array.from({ length: 9000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(48 + (Math.floor(seed / 65536) % 75));
    }).join('');
    const r = scenarioLink(BASE, JSON.stringify({ notes }));
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.error).toMatch(/too large for a link .* share the file instead\.$/);
  });

  it('no fragment, a fragment for something else: not a scenario link', () => {
    expect(scenarioFromFragment('')).toBeNull();
    expect(scenarioFromFragment('#view-probe')).toBeNull();
  });

  it('hostile links: cut short, bad characters, too long, deflate bombs', () => {
    const good = new URL(
      (scenarioLink(BASE, readFileSync(join(FIXTURES, 'valid.k2.json'), 'utf8')) as { url: string }).url,
    ).hash;
    expect(scenarioFromFragment(good.slice(0, good.length - 10))).toEqual({
      ok: false,
      error: 'The link is damaged: its scenario could not be unpacked (the link was changed or cut short).',
    });
    expect(scenarioFromFragment('#scenario=abc$def')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The link is damaged/),
    });
    expect(scenarioFromFragment('#scenario=')).toMatchObject({ ok: false });
    expect(scenarioFromFragment(`#scenario=${'A'.repeat(MAX_LINK_CHARS + 1)}`)).toMatchObject({
      ok: false,
      error: 'The link is too long (8,001 characters after #scenario=; a scenario link has at most 8,000).',
    });
    // 50 MB of spaces in about 50 kB of raw deflate: over the link length already...
    const bigBomb = deflateRawSync(Buffer.alloc(50_000_000, 0x20), { level: 9 }).toString('base64url');
    expect(scenarioFromFragment(`#scenario=${bigBomb}`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too long/),
    });
    // ...and one that fits the length (5 MB in under 8,000 characters) stops at the scenario cap.
    const bomb = deflateRawSync(Buffer.alloc(5_000_000, 0x20), { level: 9 }).toString('base64url');
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(scenarioFromFragment(`#scenario=${bomb}`)).toEqual({
      ok: false,
      error:
        'The scenario in this link is too large: it unpacks to more than 2 MB, the limit for a scenario.',
    });
  });
});
