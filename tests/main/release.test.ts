import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The release workflow cannot run here (a hosted CI builds on three operating systems): these tests check
 * that it parses as YAML and that what it runs agrees with the project's own files.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  needs?: string;
  strategy?: { matrix: { include: { os: string; target: string; artifacts: string }[] } };
  steps: Step[];
}
interface Workflow {
  on: { push: { tags: string[] } };
  jobs: Record<string, Job>;
}

function workflow(): Workflow {
  return parse(read('.github/workflows/release.yml')) as Workflow;
}

const runs = (job: Job | undefined) => (job?.steps ?? []).flatMap((s) => (s.run ? [s.run] : []));

describe('.github/workflows/release.yml', () => {
  it('parses, and a YAML parser refuses a broken copy', () => {
    expect(workflow().jobs).toBeDefined();
    // Tabs may not indent YAML: the same text with one tab-indented line must not parse.
    const broken = read('.github/workflows/release.yml').replace('\n    runs-on:', '\n\truns-on:');
    expect(() => parse(broken)).toThrow();
  });

  it('runs on version tags and checks the code before building', () => {
    const { on, jobs } = workflow();
    expect(on.push.tags).toEqual(['v*']);
    expect(runs(jobs['check'])).toEqual(['npm ci --no-audit --no-fund', 'npm run check']);
    // The script it runs exists and is what the README's test command starts with.
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['check']).toBeDefined();
    expect(jobs['installers']?.needs).toBe('check');
  });

  it('builds each operating system on its own runner, without publishing, and uploads the installer', () => {
    const installers = workflow().jobs['installers'];
    const matrix = installers?.strategy?.matrix.include ?? [];
    expect(matrix.map((m) => m.os).sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    expect(runs(installers)).toEqual([
      'npm ci --no-audit --no-fund',
      'npx electron-vite build',
      'npx electron-builder ${{ matrix.target }} --publish never',
    ]);
    const upload = installers?.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['path']).toBe('${{ matrix.artifacts }}');
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });

  it("uploads the files electron-builder.yml's targets write, from its output folder", () => {
    const builder = parse(read('electron-builder.yml')) as {
      directories: { output: string };
      linux: { target: string };
      mac: { target: string };
      win: { target: string };
    };
    // What each target writes: AppImage -> .AppImage, dmg -> .dmg, nsis -> .exe.
    const extension: Record<string, string> = { AppImage: 'AppImage', dmg: 'dmg', nsis: 'exe' };
    const expected = {
      '--linux': `${builder.directories.output}/*.${extension[builder.linux.target]}`,
      '--mac': `${builder.directories.output}/*.${extension[builder.mac.target]}`,
      '--win': `${builder.directories.output}/*.${extension[builder.win.target]}`,
    };
    const matrix = workflow().jobs['installers']?.strategy?.matrix.include ?? [];
    expect(Object.fromEntries(matrix.map((m) => [m.target, m.artifacts]))).toEqual(expected);
  });

  it('uses a Node version the project and electron-builder accept', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    const minimum = Number(/^>=(\d+)/.exec(engines)?.[1]);
    for (const job of Object.values(workflow().jobs)) {
      const setup = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
      // electron-builder 26's @electron/rebuild needs Node 22.12 or later.
      expect(Number(setup?.with?.['node-version'])).toBeGreaterThanOrEqual(Math.max(minimum, 22));
    }
  });
});
