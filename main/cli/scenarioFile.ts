/**
 * Reading a scenario for `--scenario`: a scenario file, or the scenario in a PNG or SVG exported by K2
 * Kinetics. Its own module, loaded on demand with the parser (scenarioPlans.ts): the image reader needs the
 * scenario schema's limits, and a run without --scenario must not load zod (start-up time).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { maxBytesFor, scenarioTextFromFile, sniffScenarioSource } from '../../sim/image/scenarioImage';
import { megabytes } from '../../sim/text/megabytes';
import { UsageError } from './args';
import { codeOf, kindOf } from './files';

/** How many bytes tell a PNG or SVG from a scenario file (as the app reads them). */
const SNIFF_BYTES = 64;

/**
 * Reads a scenario file, or a PNG or SVG exported by K2 Kinetics (the scenario it carries), refusing anything
 * but a regular file, and oversized ones, before reading it. The limit follows what the first bytes say the
 * file is (maxBytesFor: 2 MB for a scenario, 50 MB for an image), as in the app.
 */
export function readScenarioFile(path: string): string {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (e) {
    const code = codeOf(e);
    throw new UsageError(`${path}: cannot open scenario file (${code === 'ENOENT' ? 'no such file' : code})`);
  }
  if (!stats.isFile())
    throw new UsageError(`${path}: not a regular file (${kindOf(stats)}); give a scenario file`);
  let fd: number;
  try {
    // Non-blocking open: if the path was swapped for a FIFO since the check, the open does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new UsageError(`${path}: cannot open scenario file (${codeOf(e)})`);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new UsageError(`${path}: not a regular file (${kindOf(opened)})`);
    const head = Buffer.alloc(SNIFF_BYTES);
    const headBytes = readSync(fd, head, 0, SNIFF_BYTES, 0);
    const source = sniffScenarioSource(head.subarray(0, headBytes));
    const maxBytes = maxBytesFor(source);
    const what = { scenario: 'a scenario', png: 'a PNG image', svg: 'an SVG image' }[source];
    if (opened.size > maxBytes) {
      throw new UsageError(
        `${path}: file is too large for ${what} (${megabytes(opened.size)}; the limit is ${megabytes(maxBytes)})`,
      );
    }
    // Read at most one byte past the limit, so a file that grew since the check is still refused.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (
      let n;
      length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, length)) > 0;
    )
      length += n;
    if (length > maxBytes) throw new UsageError(`${path}: file is too large for ${what}`);
    // The same reading as the app: strict UTF-8 for a scenario file, the carried scenario for an image.
    const found = scenarioTextFromFile(buffer.subarray(0, length));
    if (!found.ok) throw new UsageError(`${path}: ${found.error}`);
    return found.text;
  } finally {
    closeSync(fd);
  }
}
