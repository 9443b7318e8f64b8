import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultScenario } from '../../sim';
import { scenarioFileName } from '../../renderer/src/files/documentState';
import { lessonFileName } from '../../renderer/src/presentation/lesson';
import { launchFileKind } from '../../main/launch-file';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * The schema electron-builder itself validates its configuration with: scheme.json of the app-builder-lib that
 * the installed electron-builder resolves (not a copy), so an upgrade that renames a key fails here.
 */
function builderSchema(): object {
  const builderDir = dirname(require.resolve('electron-builder/package.json'));
  const schemaPath = createRequire(`${builderDir}/`).resolve('app-builder-lib/scheme.json');
  return JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
}

/** Validates as electron-builder does (app-builder-lib/out/util/config/schemaValidator.js: same ajv options). */
function validate(config: unknown): ErrorObject[] {
  const ajv = new Ajv({ allErrors: true, coerceTypes: true, strict: false });
  const check = ajv.compile(builderSchema());
  // coerceTypes may rewrite values in place: validate a copy.
  return check(structuredClone(config)) ? [] : (check.errors ?? []);
}

function loadConfig(): Record<string, unknown> {
  return parse(readFileSync(`${root}electron-builder.yml`, 'utf8')) as Record<string, unknown>;
}

interface FileAssociation {
  ext: string;
  mimeType?: string;
  name?: string;
}

describe('electron-builder.yml', () => {
  it("matches electron-builder's own schema", () => {
    expect(validate(loadConfig())).toEqual([]);
  });

  it('fails the schema with a misspelt key, at the top level and inside a target', () => {
    const topLevel = { ...loadConfig(), fileAssociation: [{ ext: 'k2.json' }] };
    const topErrors = validate(topLevel);
    expect(topErrors.some((e) => e.params['additionalProperty'] === 'fileAssociation')).toBe(true);

    const config = loadConfig();
    const nested = { ...config, nsis: { ...(config['nsis'] as object), oneclick: false } };
    const nestedErrors = validate(nested);
    expect(
      nestedErrors.some((e) => e.instancePath === '/nsis' && e.params['additionalProperty'] === 'oneclick'),
    ).toBe(true);
  });

  it('fails the schema with a wrong value type', () => {
    expect(validate({ ...loadConfig(), fileAssociations: [{ name: 'no extension' }] })).not.toEqual([]);
    expect(validate({ ...loadConfig(), asar: { nope: 1 } })).not.toEqual([]);
  });

  it('names an app icon that exists and is a PNG of at least 512 × 512 px (what macOS needs)', () => {
    const icon = readFileSync(`${root}${String(loadConfig()['icon'])}`);
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it('associates exactly the extensions the app saves scenarios and lessons under', () => {
    const associations = loadConfig()['fileAssociations'] as FileAssociation[];
    const exts = associations.map((a) => a.ext);
    // The names the save dialogs suggest, from the code that makes them.
    const scenarioName = scenarioFileName(null, defaultScenario());
    const lessonName = lessonFileName('Vitamin K in class');
    expect(exts.filter((ext) => scenarioName.endsWith(`.${ext}`))).toEqual(['k2.json']);
    expect(exts.filter((ext) => lessonName.endsWith(`.${ext}`))).toEqual(['k2lesson.json']);
    // Linux needs a MIME type per association, else no glob is registered.
    for (const a of associations) expect(a.mimeType).toMatch(/^application\/x-k2kinetics-[a-z]+\+json$/);
    // A launched file of each extension is read as the kind it is associated with.
    expect(launchFileKind(`/tmp/${scenarioName}`)).toBe('scenario');
    expect(launchFileKind(`/tmp/${lessonName}`)).toBe('lesson');
  });
});
