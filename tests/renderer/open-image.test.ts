/**
 * The page's side of images and links (issue 19 §6-7): a picked PNG or SVG is read as main reads it (the limit
 * from what the first bytes say the file is, from the size alone, before the rest is read), its scenario comes
 * out as text for the file parser, an image from elsewhere is refused in one sentence; "Copy link" builds the
 * link from the text a saved file holds, falls back to showing it, and refuses a scenario too large for a link.
 */
import { describe, expect, it } from 'vitest';
import { plainPng, pngChunk as chunk } from '../support/pngFixture';
import { defaultScenario, parseScenarioText } from '../../sim';
import { embedScenarioInPng, embedScenarioInSvg, NO_SCENARIO_IN_IMAGE } from '../../sim/image/scenarioImage';
import { MAX_LINK_CHARS, scenarioFromFragment } from '../../sim/share/link';
import { readPickedScenario, type PickedBlob } from '../../renderer/src/bridge/readPickedFile';
import { savedScenarioText } from '../../sim';
import { copyScenarioLink } from '../../renderer/src/files/shareLink';
import { interpretScenarioText } from '../../renderer/src/files/documentState';

const PLAIN_PNG = plainPng(9);

/** A picked file over bytes; `size` can claim more than there is, and reads are counted. */
function picked(name: string, data: Uint8Array, size = data.length) {
  const reads: number[] = [];
  // A copy of its own (a Node Buffer's .buffer is a shared pool).
  const bytes = Uint8Array.from(data);
  const slice = (start: number, end: number) => bytes.slice(start, end);
  const file: PickedBlob = {
    name,
    size,
    arrayBuffer: async () => {
      reads.push(size);
      return bytes.slice().buffer as ArrayBuffer;
    },
    slice: (start, end) => ({ arrayBuffer: async () => slice(start, end).buffer as ArrayBuffer }),
  };
  return { file, reads };
}

const scenario = defaultScenario();
scenario.regimens[1]!.doseUg = 180;
const TEXT = savedScenarioText(scenario);

describe('readPickedScenario', () => {
  it('a PNG and an SVG give the scenario text they carry; a scenario file its own text', async () => {
    const png = await readPickedScenario(picked('c.png', embedScenarioInPng(PLAIN_PNG, TEXT)).file);
    expect(png).toEqual({ ok: true, text: TEXT, source: 'png' });
    const svg = await readPickedScenario(
      picked('c.svg', new TextEncoder().encode(embedScenarioInSvg('<svg xmlns="x"></svg>', TEXT))).file,
    );
    expect(svg).toEqual({ ok: true, text: TEXT, source: 'svg' });
    const json = await readPickedScenario(picked('c.k2.json', new TextEncoder().encode(TEXT)).file);
    expect(json).toEqual({ ok: true, text: TEXT, source: 'scenario' });
    const parsed = parseScenarioText(png.ok ? png.text : '');
    expect(parsed.ok && parsed.scenario).toEqual(scenario);
  });

  it('an image from elsewhere is refused with the one sentence', async () => {
    expect(await readPickedScenario(picked('photo.png', PLAIN_PNG).file)).toEqual({
      ok: false,
      error: NO_SCENARIO_IN_IMAGE,
    });
  });

  it('the limit follows what the file is, and an oversized file is never read in full', async () => {
    const json = picked('big.json', new TextEncoder().encode('{"a":1}'), 3_000_000);
    expect(await readPickedScenario(json.file)).toEqual({
      ok: false,
      error: 'The file for a scenario is too large (3 MB; the limit is 2 MB).',
    });
    const png = picked('big.png', PLAIN_PNG, 60_000_000);
    expect(await readPickedScenario(png.file)).toEqual({
      ok: false,
      error: 'The file for a scenario is too large (60 MB; the limit is 50 MB).',
    });
    expect([...json.reads, ...png.reads]).toEqual([]);
    // A 3 MB image (a private 3 MB chunk before IEND) is within its limit; a scenario file of that size is not.
    const padded = Buffer.concat([
      PLAIN_PNG.subarray(0, PLAIN_PNG.length - 12),
      chunk('prVt', Buffer.alloc(3_000_000, 7)),
      PLAIN_PNG.subarray(PLAIN_PNG.length - 12),
    ]);
    const image = embedScenarioInPng(padded, TEXT);
    expect(image.length).toBeGreaterThan(3_000_000);
    expect(await readPickedScenario(picked('ok.png', image).file)).toEqual({
      ok: true,
      text: TEXT,
      source: 'png',
    });
  });
});

describe('copyScenarioLink', () => {
  const location = { origin: 'https://k2.example', pathname: '/app/' };

  it('puts the link on the clipboard; the link reads back to the text a saved file holds', async () => {
    const written: string[] = [];
    const copied = await copyScenarioLink(scenario, location, {
      writeText: async (t: string) => void written.push(t),
    });
    expect(copied.kind).toBe('copied');
    expect(written).toHaveLength(1);
    expect(written[0]!.startsWith('https://k2.example/app/#scenario=')).toBe(true);
    const back = scenarioFromFragment(written[0]!.slice(written[0]!.indexOf('#')));
    expect(back).toEqual({ ok: true, text: TEXT });
    const opened = interpretScenarioText('the scenario in this link', back!.ok ? back!.text : '');
    expect(opened.ok && opened.scenario).toEqual(scenario);
  });

  it('a refused clipboard shows the link instead; a scenario too large for a link says to share the file', async () => {
    const shown = await copyScenarioLink(scenario, location, {
      writeText: () => Promise.reject(new Error('NotAllowedError')),
    });
    expect(shown.kind).toBe('shown');
    expect(await copyScenarioLink(scenario, location, null)).toMatchObject({ kind: 'shown' });

    // Thousands of measured levels with varied values do not compress below the link's cap.
    const heavy = defaultScenario();
    heavy.name = Array.from({ length: 4000 }, (_, i) => ((i * 7919) % 9973).toString(36))
      .join(' ')
      .slice(0, 200);
    heavy.regimens[1]!.missedDoses = Array.from({ length: 5000 }, (_, i) => i * 3 + (i % 3));
    heavy.horizonDays = 365 * 50;
    const refused = await copyScenarioLink(heavy, location, { writeText: async () => undefined });
    expect(refused.kind).toBe('refused');
    if (refused.kind === 'refused') {
      expect(refused.error).toMatch(
        new RegExp(
          `^This scenario is too large for a link \\([\\d,]+ characters; a link may have at most ${MAX_LINK_CHARS.toLocaleString('en')}\\): save the scenario file and share the file instead\\.$`,
        ),
      );
    }
  });
});
