/**
 * A scenario carried inside an exported figure, so the image reopens as the scenario that made it:
 * - PNG: an iTXt chunk with the keyword "k2-kinetics-scenario", its text zlib-compressed (as PNG defines);
 * - SVG: `<metadata><k2:scenario>` holding the scenario file's JSON as plain XML text (only &, < and > escaped),
 *   readable in any text editor and with nothing to unpack, so an SVG can be no deflate bomb.
 * Reading is bounded everywhere: the file by MAX_IMAGE_BYTES, the chunk by MAX_SCENARIO_BYTES before inflating,
 * and the inflated text by MAX_SCENARIO_BYTES while inflating.
 */
import { strToU8 } from 'fflate';
import { zlibSync } from 'fflate';
import { decodeScenarioBytes } from '../scenario/decode';
import { MAX_SCENARIO_BYTES } from '../scenario/schema';
import { megabytes } from '../text/megabytes';
import { inflateText, unpackRefusal } from './inflateCapped';
import { concatBytes, isPngSignature, pngChunk, readPngChunks } from './pngChunks';

/** The iTXt keyword and the SVG element that hold a scenario. */
export const SCENARIO_KEYWORD = 'k2-kinetics-scenario';
export const SVG_SCENARIO_NAMESPACE = 'urn:k2-kinetics:scenario';

/**
 * Largest image file opened or saved (bytes). The largest export, a 4x slide (7,680 x 4,320 px), is a few MB;
 * 50 MB leaves room for busy charts while keeping a hostile file's read and walk short.
 */
export const MAX_IMAGE_BYTES = 50_000_000;

/** A compressed scenario is never much larger than the text (stored blocks add 5 bytes per 64 kB). */
const MAX_SCENARIO_CHUNK_BYTES = MAX_SCENARIO_BYTES + 1024;

export const NO_SCENARIO_IN_IMAGE =
  'This image has no K2 Kinetics scenario in it: it was not exported by K2 Kinetics (or by a version older than this one), or a program that edited it removed the scenario.';

export type ScenarioSource = 'scenario' | 'png' | 'svg';
export type ScenarioTextResult =
  { ok: true; text: string; source: ScenarioSource } | { ok: false; error: string };

// ---- writing -------------------------------------------------------------------------------------------------

/** The iTXt chunk: keyword, NUL, compressed (1), method 0 (zlib), empty language and translated keyword, data. */
export function scenarioPngChunk(scenarioText: string): Uint8Array {
  const header = strToU8(`${SCENARIO_KEYWORD}\u0000\u0001\u0000\u0000\u0000`, true);
  return pngChunk('iTXt', concatBytes([header, zlibSync(strToU8(scenarioText), { level: 9 })]));
}

/** The PNG with the scenario right after its header (any scenario it carried before is replaced). */
export function embedScenarioInPng(png: Uint8Array, scenarioText: string): Uint8Array<ArrayBuffer> {
  const read = readPngChunks(png, { verifyCrc: () => false, trailing: 'ignore' });
  if (!read.ok) throw new Error(read.error);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const [i, chunk] of read.chunks.entries()) {
    if (!isScenarioChunk(chunk.type, chunk.data)) {
      parts.push(png.subarray(chunk.offset, chunk.offset + 12 + chunk.data.length));
    }
    if (i === 0) parts.push(scenarioPngChunk(scenarioText));
  }
  return concatBytes(parts);
}

const escapeXmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<metadata>` element that carries the scenario in an SVG. */
export function scenarioSvgMetadata(scenarioText: string): string {
  return `<metadata><k2:scenario xmlns:k2="${SVG_SCENARIO_NAMESPACE}">${escapeXmlText(scenarioText)}</k2:scenario></metadata>`;
}

/** The SVG document with the scenario's metadata as the first child of its root `<svg>` element. */
export function embedScenarioInSvg(svg: string, scenarioText: string): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('The figure has no <svg> element to carry the scenario.');
  const at = open.index + open[0].length;
  return `${svg.slice(0, at)}${scenarioSvgMetadata(scenarioText)}${svg.slice(at)}`;
}

// ---- reading -------------------------------------------------------------------------------------------------

const KEYWORD_BYTES = strToU8(`${SCENARIO_KEYWORD}\u0000`, true);

function isScenarioChunk(type: string, data: Uint8Array): boolean {
  return (
    (type === 'iTXt' || type === 'tEXt' || type === 'zTXt') &&
    data.length >= KEYWORD_BYTES.length &&
    KEYWORD_BYTES.every((b, i) => data[i] === b)
  );
}

/** The scenario text in a PNG's iTXt chunk, or one sentence saying why there is none to open. */
export function scenarioFromPng(bytes: Uint8Array): ScenarioTextResult {
  // Only the header and our chunk are checked: a damaged pixel chunk does not spoil an intact scenario.
  const read = readPngChunks(bytes, {
    verifyCrc: (type) => type === 'IHDR' || type === 'iTXt',
    trailing: 'ignore',
  });
  if (!read.ok) return read;
  const found = read.chunks.filter((c) => isScenarioChunk(c.type, c.data));
  if (found.length === 0) return { ok: false, error: NO_SCENARIO_IN_IMAGE };
  if (found.length > 1) {
    return {
      ok: false,
      error: 'This image holds more than one K2 Kinetics scenario, so it is not clear which one to open.',
    };
  }
  const chunk = found[0]!;
  if (chunk.type !== 'iTXt') {
    return {
      ok: false,
      error: `This image's scenario is in a ${chunk.type} chunk; K2 Kinetics writes and reads it only as iTXt.`,
    };
  }
  if (chunk.data.length > MAX_SCENARIO_CHUNK_BYTES) {
    return {
      ok: false,
      error: `The scenario in this image is too large (${megabytes(chunk.data.length)} compressed; a scenario may be at most ${megabytes(MAX_SCENARIO_BYTES)}).`,
    };
  }
  // After the keyword: compression flag, method, then the language tag and translated keyword (each NUL-ended).
  const data = chunk.data;
  let i = KEYWORD_BYTES.length;
  const compressed = data[i];
  const method = data[i + 1];
  i += 2;
  for (let nul = 0; nul < 2; nul++) {
    while (i < data.length && data[i] !== 0) i++;
    i++;
  }
  if (i > data.length || (compressed !== 0 && compressed !== 1) || method !== 0) {
    return {
      ok: false,
      error: "The scenario in this image is damaged: its chunk's header is not valid iTXt.",
    };
  }
  const text = data.subarray(i);
  if (compressed === 1) {
    const unpacked = inflateText(text, 'zlib', MAX_SCENARIO_BYTES);
    if (!unpacked.ok) {
      return {
        ok: false,
        error: unpackRefusal(unpacked, {
          tooLarge: `The scenario in this image is too large: it unpacks to more than ${megabytes(MAX_SCENARIO_BYTES)}, the limit for a scenario.`,
          damaged: 'The scenario in this image is damaged: it could not be unpacked.',
        }),
      };
    }
    return { ok: true, text: unpacked.text, source: 'png' };
  }
  if (text.length > MAX_SCENARIO_BYTES) {
    return {
      ok: false,
      error: `The scenario in this image is too large (${megabytes(text.length)}; the limit for a scenario is ${megabytes(MAX_SCENARIO_BYTES)}).`,
    };
  }
  const decoded = decodeScenarioBytes(text);
  return decoded.ok ? { ok: true, text: decoded.text, source: 'png' } : decoded;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character references and the five predefined entities; null for anything else. */
function unescapeXmlText(text: string): string | null {
  let bad = false;
  const out = text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) return ((bad = true), '');
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ((bad = true), '');
      return String.fromCodePoint(code);
    }
    const value = ENTITIES[name];
    if (value === undefined) bad = true;
    return value ?? '';
  });
  return bad ? null : out;
}

/** The scenario text in an SVG's `<k2:scenario>` element, or one sentence saying why there is none to open. */
export function scenarioFromSvg(svg: string): ScenarioTextResult {
  const body = svg.replace(/^\uFEFF?\s*/, '');
  if (!/^<(\?xml|svg\b|!--|!DOCTYPE\s+svg)/i.test(body) || !/<svg\b/.test(body)) {
    return { ok: false, error: 'The file is neither a K2 Kinetics scenario nor an SVG image.' };
  }
  const found = [...body.matchAll(/<k2:scenario\b[^>]*>([^<]*)<\/k2:scenario>/g)];
  if (found.length === 0) {
    return {
      ok: false,
      error: /<k2:scenario\b/.test(body)
        ? 'The scenario in this image is damaged: its <k2:scenario> element is not closed or holds markup.'
        : NO_SCENARIO_IN_IMAGE,
    };
  }
  if (found.length > 1) {
    return {
      ok: false,
      error: 'This image holds more than one K2 Kinetics scenario, so it is not clear which one to open.',
    };
  }
  const text = unescapeXmlText(found[0]![1]!);
  if (text === null) {
    return {
      ok: false,
      error: 'The scenario in this image is damaged: it has an XML escape that is not valid.',
    };
  }
  return { ok: true, text, source: 'svg' };
}

/** What a file is, from its first bytes: a PNG, an SVG or other XML (starts with "<"), else a scenario. */
export function sniffScenarioSource(head: Uint8Array): ScenarioSource {
  if (isPngSignature(head)) return 'png';
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d))
    i++;
  return head[i] === 0x3c ? 'svg' : 'scenario';
}

/** The size limit for a file that sniffs as `source`: images have their own, larger one. */
export function maxBytesFor(source: ScenarioSource): number {
  return source === 'scenario' ? MAX_SCENARIO_BYTES : MAX_IMAGE_BYTES;
}

/**
 * The scenario text in a file's bytes (a scenario file, or a PNG or SVG exported by K2 Kinetics), for
 * parseScenarioText to validate; the caller has already bounded the size with maxBytesFor.
 */
export function scenarioTextFromFile(bytes: Uint8Array): ScenarioTextResult {
  const source = sniffScenarioSource(bytes.subarray(0, 64));
  if (source === 'png') return scenarioFromPng(bytes);
  const decoded = decodeScenarioBytes(bytes);
  if (!decoded.ok) return decoded;
  return source === 'svg' ? scenarioFromSvg(decoded.text) : { ok: true, text: decoded.text, source };
}
