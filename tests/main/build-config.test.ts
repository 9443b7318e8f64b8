import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UserConfig } from 'electron-vite';
import config from '../../electron.vite.config';
import { electronBinaryPath } from '../../scripts/electron-binary.mjs';
import { preloadPath } from '../../main/window';
import { useTempDir } from './tempdir';

const tempDir = useTempDir();

describe('electron.vite.config', () => {
  const resolved = config as UserConfig;

  it('builds the preload as one bundled CommonJS file, as a sandboxed preload requires', () => {
    const build = resolved.preload?.build;
    expect(build?.externalizeDeps).toBe(false);
    const output = build?.rolldownOptions?.output;
    expect(output).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
    // main/index.ts loads exactly the file this config emits.
    expect(preloadPath('/out/main')).toMatch(/[/\\]preload[/\\]index\.cjs$/);
  });

  it('has the three entries of this layout', () => {
    const input = (entry: UserConfig['main']) => entry?.build?.rolldownOptions?.input;
    expect(input(resolved.main)).toEqual({ index: expect.stringMatching(/[/\\]main[/\\]index\.ts$/) });
    expect(input(resolved.preload)).toEqual({
      index: expect.stringMatching(/[/\\]main[/\\]preload[/\\]index\.ts$/),
    });
    expect(input(resolved.renderer)).toEqual({
      index: expect.stringMatching(/[/\\]renderer[/\\]index\.html$/),
    });
  });
});

describe('scripts/electron-binary.mjs', () => {
  const savedOverride = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  afterEach(() => {
    if (savedOverride === undefined) delete process.env['ELECTRON_OVERRIDE_DIST_PATH'];
    else process.env['ELECTRON_OVERRIDE_DIST_PATH'] = savedOverride;
  });

  async function fakeElectronModule(
    root: string,
    { pathTxt, binary }: { pathTxt?: string; binary?: string },
  ) {
    const moduleDir = join(root, 'node_modules', 'electron');
    await mkdir(join(moduleDir, 'dist'), { recursive: true });
    if (pathTxt !== undefined) await writeFile(join(moduleDir, 'path.txt'), pathTxt);
    if (binary !== undefined) await writeFile(join(moduleDir, 'dist', binary), '');
    return moduleDir;
  }

  it('finds the binary named in path.txt', async () => {
    delete process.env['ELECTRON_OVERRIDE_DIST_PATH'];
    const root = await tempDir();
    const moduleDir = await fakeElectronModule(root, { pathTxt: 'electron', binary: 'electron' });
    expect(electronBinaryPath(root)).toBe(join(moduleDir, 'dist', 'electron'));
  });

  it('returns null (never throws) when the download never happened or is incomplete', async () => {
    delete process.env['ELECTRON_OVERRIDE_DIST_PATH'];
    const noPathTxt = await tempDir();
    await fakeElectronModule(noPathTxt, {});
    expect(electronBinaryPath(noPathTxt)).toBeNull();
    const noBinary = await tempDir();
    await fakeElectronModule(noBinary, { pathTxt: 'electron' });
    expect(electronBinaryPath(noBinary)).toBeNull();
    expect(electronBinaryPath(join(noBinary, 'no-such-folder'))).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', async () => {
    const root = await tempDir();
    await fakeElectronModule(root, { pathTxt: 'electron' });
    const override = await tempDir();
    await writeFile(join(override, 'electron'), '');
    process.env['ELECTRON_OVERRIDE_DIST_PATH'] = override;
    expect(electronBinaryPath(root)).toBe(join(override, 'electron'));
  });
});
