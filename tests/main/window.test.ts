import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_NAME, formatWindowTitle, preloadPath, rendererTarget, windowOptions } from '../../main/window';

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/index.cjs');

  it('locks the renderer down', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has the app size, minimum size and title, hidden until ready-to-show', () => {
    expect(options).toMatchObject({
      width: 1280,
      height: 860,
      minWidth: 900,
      minHeight: 640,
      title: APP_NAME,
    });
    expect(options.show).toBe(false);
  });
});

describe('preloadPath', () => {
  it('points at the CommonJS preload next to the main bundle', () => {
    expect(preloadPath('/app/out/main')).toBe(join('/app/out/preload/index.cjs'));
  });
});

describe('rendererTarget', () => {
  it('uses the dev server URL in development', () => {
    expect(rendererTarget('http://localhost:5173/', false, '/app/out/main')).toEqual({
      kind: 'url',
      url: 'http://localhost:5173/',
    });
  });

  it('loads the built index.html without a dev server, and always when packaged', () => {
    const path = join('/app/out/renderer/index.html');
    const expected = { kind: 'file', path, url: pathToFileURL(path).href };
    expect(rendererTarget(undefined, false, '/app/out/main')).toEqual(expected);
    expect(rendererTarget('http://localhost:5173/', true, '/app/out/main')).toEqual(expected);
  });
});

describe('formatWindowTitle', () => {
  it('adds the app name and marks unsaved changes', () => {
    expect(formatWindowTitle('Daily MK-7', false)).toBe(`Daily MK-7 — ${APP_NAME}`);
    expect(formatWindowTitle('Daily MK-7', true)).toBe(`• Daily MK-7 — ${APP_NAME}`);
  });

  it('does not repeat the app name and falls back to it for an empty title', () => {
    expect(formatWindowTitle(`Plan — ${APP_NAME}`, false)).toBe(`Plan — ${APP_NAME}`);
    expect(formatWindowTitle('  ', true)).toBe(`• ${APP_NAME}`);
  });
});
