/**
 * The main window's options, what it loads and its title, as plain functions (unit-tested without Electron).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions } from 'electron';

export const APP_NAME = 'K2 Kinetics';

/**
 * Options for the one app window. The renderer gets no Node access at all: sandboxed, context-isolated,
 * no node integration, web security on, no <webview>. Hidden until 'ready-to-show' to avoid a white flash.
 */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 640,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/**
 * The built preload, next to the main bundle (out/main -> out/preload). CommonJS (.cjs) because a sandboxed
 * preload is loaded as a classic script; electron.vite.config.ts emits exactly this file name.
 */
export function preloadPath(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'index.cjs');
}

/** What the window loads: the electron-vite dev server when it runs, else the built index.html. */
export type RendererTarget = { kind: 'url'; url: string } | { kind: 'file'; path: string; url: string };

/**
 * `mainDir` is the folder of the built main bundle (out/main); the renderer is built next to it.
 * electron-vite sets ELECTRON_RENDERER_URL only in dev; a packaged app never uses the dev server.
 */
export function rendererTarget(
  devServerUrl: string | undefined,
  isPackaged: boolean,
  mainDir: string,
): RendererTarget {
  if (!isPackaged && devServerUrl) return { kind: 'url', url: devServerUrl };
  const path = join(mainDir, '..', 'renderer', 'index.html');
  return { kind: 'file', path, url: pathToFileURL(path).href };
}

/**
 * The window title: the document name, then the app name; a leading "•" while there are unsaved changes
 * (macOS also gets the native edited dot through setDocumentEdited).
 */
export function formatWindowTitle(title: string, dirty: boolean): string {
  const name = title.trim();
  const base = name === '' ? APP_NAME : name.includes(APP_NAME) ? name : `${name} — ${APP_NAME}`;
  return dirty ? `• ${base}` : base;
}
