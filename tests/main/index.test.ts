/**
 * Smoke test of the wiring in main/index.ts with a fake 'electron' module (no Electron binary here):
 * the window gets the secure options, every channel is registered behind the trust check, the session gets
 * the CSP and permission handlers, and the unsaved-changes close flow runs end to end.
 */
import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../sim/ipc/contract';
import { contentSecurityPolicy } from '../../main/security';
import { windowOptions } from '../../main/window';

interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

function fakeEvent(): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

const fake = vi.hoisted(() => {
  const ipcHandlers = new Map<string, (event: unknown, raw: unknown) => Promise<unknown>>();
  const appListeners = new Map<string, (...args: unknown[]) => unknown>();
  const paths = new Map<string, string>();
  return {
    ipcHandlers,
    appListeners,
    paths,
    windows: [] as unknown[],
    sessionHooks: {} as Record<string, (...args: unknown[]) => unknown>,
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
    openExternal: vi.fn(async (_url: string) => undefined),
    setApplicationMenu: vi.fn((_menu: unknown) => undefined),
  };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');

  class FakeWebContents extends Emitter {
    id = 42;
    url = '';
    send = vi.fn((_channel: string, ..._args: unknown[]) => undefined);
    windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
    reload = vi.fn();
    getURL() {
      return this.url;
    }
    isDestroyed() {
      return false;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.windowOpenHandler = handler;
    }
  }

  class FakeBrowserWindow extends Emitter {
    webContents = new FakeWebContents();
    destroyed = false;
    title = '';
    constructor(readonly options: unknown) {
      super();
      fake.windows.push(this);
      fake.appListeners.get('web-contents-created')?.({}, this.webContents);
    }
    static getAllWindows() {
      return fake.windows;
    }
    loadFile = vi.fn(async (path: string) => {
      this.webContents.url = new URL(`file://${path}`).href;
    });
    loadURL = vi.fn(async (url: string) => {
      this.webContents.url = url;
    });
    show = vi.fn();
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited() {}
    close = vi.fn(() => {
      const event = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      this.emit('close', event);
      if (!event.defaultPrevented) {
        this.destroyed = true;
        this.emit('closed');
      }
    });
  }

  return {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      setName: vi.fn(),
      setPath: (name: string, path: string) => fake.paths.set(name, path),
      getPath: (name: string) => fake.paths.get(name) ?? `/fake/${name}`,
      on: (name: string, listener: (...args: unknown[]) => unknown) => fake.appListeners.set(name, listener),
      whenReady: () => Promise.resolve(),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, raw: unknown) => Promise<unknown>) =>
        fake.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
    },
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: (hook: (...args: unknown[]) => unknown) => (fake.sessionHooks['headers'] = hook),
        },
        setPermissionRequestHandler: (hook: (...args: unknown[]) => unknown) =>
          (fake.sessionHooks['request'] = hook),
        setPermissionCheckHandler: (hook: (...args: unknown[]) => unknown) =>
          (fake.sessionHooks['check'] = hook),
      },
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: fake.setApplicationMenu },
    dialog: { showMessageBox: fake.showMessageBox, showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: fake.openExternal },
    clipboard: { writeImage: vi.fn() },
    nativeImage: { createFromBuffer: vi.fn() },
  };
});

interface WindowHandle extends EventEmitter {
  options: unknown;
  title: string;
  destroyed: boolean;
  loadFile: ReturnType<typeof vi.fn>;
  close: () => void;
  show: ReturnType<typeof vi.fn>;
  webContents: EventEmitter & {
    id: number;
    url: string;
    send: ReturnType<typeof vi.fn>;
    reload: ReturnType<typeof vi.fn>;
    windowOpenHandler: ((details: { url: string }) => unknown) | null;
  };
}

function mainWindow(): WindowHandle {
  const window = fake.windows[0];
  if (!window) throw new Error('no window was created');
  return window as WindowHandle;
}

/** An IPC event as Electron would send it from the window's main frame. */
function trustedEvent() {
  const contents = mainWindow().webContents;
  return { sender: { id: contents.id }, senderFrame: { url: contents.url, parent: null } };
}

async function invoke(channel: string, raw: unknown, event: unknown = trustedEvent()) {
  const handler = fake.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, raw);
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeAll(async () => {
  fake.paths.set('appData', await mkdtemp(join(tmpdir(), 'k2-appdata-')));
  fake.paths.set('documents', await mkdtemp(join(tmpdir(), 'k2-docs-')));
  delete process.env['ELECTRON_RENDERER_URL'];
  delete process.env['K2_USER_DATA_DIR'];
  await import('../../main/index');
  await flush();
});

afterAll(async () => {
  for (const name of ['appData', 'documents']) {
    const dir = fake.paths.get(name);
    if (dir) await rm(dir, { recursive: true, force: true });
  }
});

describe('main/index.ts wiring', () => {
  it('uses a "K2 Kinetics" userData folder under appData', () => {
    expect(fake.paths.get('userData')).toBe(join(fake.paths.get('appData') ?? '', 'K2 Kinetics'));
  });

  it('creates one window with the secure options and the CommonJS preload, shown on ready-to-show', () => {
    const window = mainWindow();
    const options = window.options as ReturnType<typeof windowOptions>;
    const preload = options.webPreferences?.preload ?? '';
    expect(preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(options).toEqual(windowOptions(preload));
    expect(window.loadFile).toHaveBeenCalledWith(expect.stringMatching(/[/\\]renderer[/\\]index\.html$/));
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
    expect(fake.setApplicationMenu).toHaveBeenCalled();
  });

  it('registers every contract channel, and refuses a sender that is not the main frame', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.keys(channels).sort());
    const contents = mainWindow().webContents;
    const iframe = { sender: { id: contents.id }, senderFrame: { url: contents.url, parent: {} } };
    expect(await invoke('session:load', {}, iframe)).toMatchObject({ ok: false });
    const otherWindow = { sender: { id: 7 }, senderFrame: { url: contents.url, parent: null } };
    expect(await invoke('session:load', {}, otherWindow)).toMatchObject({ ok: false });
    expect(await invoke('session:load', {})).toEqual({ ok: true, data: { text: null } });
  });

  it('saves and restores the session through IPC', async () => {
    expect(await invoke('session:save', { text: '{"restored":true}' })).toEqual({
      ok: true,
      data: { saved: true },
    });
    expect(await invoke('session:load', {})).toEqual({ ok: true, data: { text: '{"restored":true}' } });
  });

  it('sets the production CSP on responses and refuses permissions other pages ask for', () => {
    const callback = vi.fn();
    fake.sessionHooks['headers']?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [contentSecurityPolicy(false)],
      },
    });
    const appUrl = mainWindow().webContents.url;
    const granted = vi.fn();
    fake.sessionHooks['request']?.({}, 'media', granted, { isMainFrame: true, requestingUrl: appUrl });
    fake.sessionHooks['request']?.({}, 'fullscreen', granted, { isMainFrame: true, requestingUrl: appUrl });
    expect(granted.mock.calls).toEqual([[false], [true]]);
  });

  it('blocks navigation and new windows; allow-listed links open in the browser', () => {
    const contents = mainWindow().webContents;
    const away = fakeEvent();
    contents.emit('will-navigate', away, 'https://example.com/');
    expect(away.defaultPrevented).toBe(true);
    const doi = fakeEvent();
    contents.emit('will-navigate', doi, 'https://doi.org/10.1/x');
    expect(doi.defaultPrevented).toBe(true);
    expect(fake.openExternal).toHaveBeenCalledWith('https://doi.org/10.1/x');
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('guards every frame: a subframe may not navigate, the main frame only within the app', () => {
    const contents = mainWindow().webContents;
    const frame = (url: string, isMainFrame: boolean) => ({ ...fakeEvent(), url, isMainFrame });
    const sub = frame(contents.url, false);
    contents.emit('will-frame-navigate', sub);
    expect(sub.defaultPrevented).toBe(true);
    const away = frame('https://example.com/', true);
    contents.emit('will-frame-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    const hash = frame(`${contents.url}#scene-2`, true);
    contents.emit('will-frame-navigate', hash);
    expect(hash.defaultPrevented).toBe(false);
  });

  it('a dead renderer reloads the window, and the reloaded page hears why with its session', async () => {
    const contents = mainWindow().webContents;
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(contents.reload).toHaveBeenCalledTimes(1);
    const invoke = fake.ipcHandlers.get('session:load')!;
    const first = (await invoke(trustedEvent(), {})) as { ok: true; data: { notice?: string } };
    expect(first.data.notice).toMatch(/reloaded because it ran out of memory.*restored/);
    const second = (await invoke(trustedEvent(), {})) as { ok: true; data: { notice?: string } };
    expect(second.data.notice).toBeUndefined();
  });

  it('close with unsaved work: asks, Save sends scenario:save, closes once the renderer reports clean', async () => {
    const window = mainWindow();
    expect(await invoke('document:setState', { dirty: true, title: 'Plan' })).toMatchObject({ ok: true });
    expect(window.title).toBe('• Plan — K2 Kinetics');

    fake.showMessageBox.mockResolvedValueOnce({ response: 0 });
    window.close();
    expect(window.destroyed).toBe(false);
    await flush();
    expect(fake.showMessageBox).toHaveBeenCalledTimes(1);
    expect(window.webContents.send).toHaveBeenCalledWith('menu:command', 'scenario:save');

    // The renderer saves (the save itself is covered in files.test.ts), then reports a clean document.
    expect(await invoke('document:setState', { dirty: false, title: 'Plan' })).toMatchObject({ ok: true });
    expect(window.title).toBe('Plan — K2 Kinetics');
    await flush();
    expect(window.destroyed).toBe(true);
  });
});
