/**
 * The command line runs an exported image as its scenario (issue 19 §6): `--scenario chart.png` or `.svg`
 * gives byte for byte the output of the scenario file the image was made from (the established path is the
 * independent check), and an image from elsewhere, a damaged one or an oversized one exits 2 with one line.
 * PNG chunks are built with Node's own CRC-32 and zlib.
 */
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { plainPng } from '../support/pngFixture';
import { defaultScenario, serializeScenario } from '../../sim';
import { embedScenarioInPng, embedScenarioInSvg, NO_SCENARIO_IN_IMAGE } from '../../sim/image/scenarioImage';
import { builtCli, simulateCli } from '../support/cli';

const PLAIN_PNG = plainPng(200);
const SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>\n';

const scenario = defaultScenario();
scenario.name = 'Chart from the lesson';
scenario.horizonDays = 10;
scenario.regimens[1]!.doseUg = 180;
const TEXT = serializeScenario(scenario);

const dir = mkdtempSync(join(tmpdir(), 'k2-cli-image-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(async () => {
  await builtCli();
}, 120_000);

/** A refusal: exit 2, nothing on standard output, one line on standard error. */
function expectOneLineRefusal(run: Awaited<ReturnType<typeof simulateCli>>, pattern: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.split('\n')).toHaveLength(2); // the line and the final newline
  expect(run.stderr).toMatch(pattern);
}

describe('--scenario with an exported image', () => {
  it('a PNG and an SVG run exactly as the scenario file they carry (CSV and summary)', async () => {
    const json = file('chart.k2.json', TEXT);
    const png = file('chart.png', embedScenarioInPng(PLAIN_PNG, TEXT));
    const svg = file('chart.svg', embedScenarioInSvg(SVG, TEXT));
    for (const format of ['csv', 'summary']) {
      const reference = await simulateCli('--scenario', json, '--format', format);
      expect(reference.code).toBe(0);
      expect(reference.stdout.length).toBeGreaterThan(100);
      for (const image of [png, svg]) {
        const run = await simulateCli('--scenario', image, '--format', format);
        expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
        expect(run.stdout).toBe(reference.stdout);
      }
    }
    // And the scenario is really the one carried (180 µg MK-7), not a default.
    const summary = await simulateCli('--scenario', png, '--format', 'summary');
    expect(summary.stdout).toMatch(/180/);
  });

  it('an image from elsewhere exits 2 with the one sentence the app shows', async () => {
    const photo = file('photo.png', PLAIN_PNG);
    const run = await simulateCli('--scenario', photo);
    expectOneLineRefusal(run, /photo\.png: This image has no K2 Kinetics scenario in it/);
    expect(run.stderr).toContain(NO_SCENARIO_IN_IMAGE);
    const logo = file('logo.svg', SVG);
    expectOneLineRefusal(await simulateCli('--scenario', logo), /logo\.svg: This image has no K2 Kinetics/);
  });

  it('a damaged scenario chunk and a scenario that is not valid are refused in one line', async () => {
    const damaged = Buffer.from(embedScenarioInPng(PLAIN_PNG, TEXT));
    const itxt = damaged.indexOf('iTXt', 0, 'latin1');
    damaged[itxt + 40]! ^= 0xff; // inside the compressed text: the chunk's CRC no longer matches
    expectOneLineRefusal(
      await simulateCli('--scenario', file('damaged.png', damaged)),
      /damaged\.png: The PNG image is damaged: its iTXt chunk at byte 33 fails its checksum \(CRC\)\./,
    );
    const invalid = file('invalid.png', embedScenarioInPng(PLAIN_PNG, '{"format":"k2-kinetics-scenario"}'));
    expectOneLineRefusal(await simulateCli('--scenario', invalid), /invalid\.png: /);
  });

  it('limits follow what the file is: 50 MB for an image, from its size alone', async () => {
    const big = file('big.png', PLAIN_PNG);
    truncateSync(big, 60_000_000);
    expectOneLineRefusal(
      await simulateCli('--scenario', big),
      /big\.png: file is too large for a PNG image \(60 MB; the limit is 50 MB\)/,
    );
    const json = file('big.json', '{');
    truncateSync(json, 3_000_000);
    expectOneLineRefusal(
      await simulateCli('--scenario', json),
      /big\.json: file is too large for a scenario \(3 MB; the limit is 2 MB\)/,
    );
  });
});
