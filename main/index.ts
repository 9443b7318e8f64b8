/**
 * Electron main process: app lifecycle and wiring only. Every decision (window options, CSP, navigation,
 * permissions, IPC validation, files, session, close prompt, menu) lives in a plain module next to this one
 * and is unit-tested without Electron (tests/main). Keep this file thin.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  session,
  shell,
  type Event,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { CloseGuard, CLOSE_BUTTONS, CLOSE_CANCEL_ID, CLOSE_DEFAULT_ID } from './close';
import { CrashRecovery } from './crash';
import { writePngToClipboard } from './clipboard';
import { FILE_LAUNCHED_CHANNEL, MENU_COMMAND_CHANNEL, type MenuCommand } from '../sim/ipc/contract';
import { createExportStreams } from './export-stream';
import { createFileHandlers, PathGrants, writeUserFile } from './files';
import { createHandoutPrinter } from './handout-pdf';
import { UserFacingError } from './errors';
import { createIpc, isTrustedSenderFacts, senderFacts } from './ipc';
import { createLaunchHandlers, fileFromArgv, LaunchQueue } from './launch-file';
import { menuTemplate } from './menu';
import {
  frameNavigationDecision,
  isAllowedExternalUrl,
  isAppUrl,
  navigationDecision,
  permissionDecision,
  windowOpenDecision,
  withContentSecurityPolicy,
} from './security';
import { loadSession, saveSession } from './session';
import { APP_NAME, formatWindowTitle, preloadPath, rendererTarget, windowOptions } from './window';

const mainDir = dirname(fileURLToPath(import.meta.url));
const target = rendererTarget(process.env['ELECTRON_RENDERER_URL'], app.isPackaged, mainDir);
/** Dev-server CSP (HMR) only while the dev server is what the window shows. */
const isDev = target.kind === 'url';
const isMac = process.platform === 'darwin';

let mainWindow: BrowserWindow | null = null;
/** Replaced with each new window (macOS can reopen one after the last was closed). */
let closeGuard = new CloseGuard();
/** Reloads a window whose renderer died and tells the reloaded page why (main/crash.ts). */
const crashRecovery = new CrashRecovery();
/** Removes the temporary files of streamed exports still in progress (window closed or page reloaded). */
let abortExportStreams: () => Promise<void> = async () => {};
/** Files the system gave the app (double-click, second launch, macOS open-file), until the renderer takes them. */
const launchQueue = new LaunchQueue();

function openExternalIfAllowed(url: string): void {
  if (!isAllowedExternalUrl(url)) {
    console.warn(`[security] refused to open ${url}`);
    return;
  }
  shell.openExternal(url).catch((error: unknown) => console.error('[shell] openExternal failed', error));
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Queues a file the system gave the app and tells the page; a page still loading asks at start anyway. */
function launchFile(path: string): void {
  if (launchQueue.add(path) === null) return;
  mainWindow?.webContents.send(FILE_LAUNCHED_CHANNEL);
}

/** Applied to every webContents ever created: no navigation away, no new windows, no <webview>. */
function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(contents.getURL(), url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openExternalIfAllowed(url);
    else console.warn(`[security] blocked navigation to ${url}`);
  });
  // 'will-navigate' misses subframes; this covers every frame (main/security.ts frameNavigationDecision).
  contents.on('will-frame-navigate', (event) => {
    const decision = frameNavigationDecision(contents.getURL(), event.url, event.isMainFrame);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openExternalIfAllowed(event.url);
    else console.warn(`[security] blocked frame navigation to ${event.url}`);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternal) openExternalIfAllowed(url);
    return { action: decision.action };
  });
}

function configureSession(): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, isDev) });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(details.isMainFrame && permissionDecision(permission, details.requestingUrl, target.url));
  });
  ses.setPermissionCheckHandler((contents, permission, _origin, details) => {
    const url = details.requestingUrl ?? contents?.getURL() ?? '';
    return details.isMainFrame && permissionDecision(permission, url, target.url);
  });
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  if (!mainWindow || mainWindow.isDestroyed()) return false;
  return isTrustedSenderFacts(
    senderFacts(event),
    { webContentsId: mainWindow.webContents.id, appUrl: target.url },
    isAppUrl,
  );
}

function registerIpc(): void {
  const ipc = createIpc(ipcMain, isTrustedSender);
  const files = createFileHandlers({
    defaultFolder: app.getPath('documents'),
    grants: new PathGrants(),
    dialogs: {
      showOpenDialog: (options) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
      showSaveDialog: (options) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    },
  });
  const userData = app.getPath('userData');

  ipc.handle('scenario:open', files.openScenario);
  ipc.handle('lesson:open', files.openLesson);
  const launched = createLaunchHandlers(launchQueue, files);
  ipc.handle('launch:takeScenario', launched.takeScenario);
  ipc.handle('launch:takeLesson', launched.takeLesson);
  ipc.handle('scenario:save', async (request) => {
    try {
      const result = await files.saveScenario(request);
      closeGuard.onSaveFinished(!result.canceled);
      return result;
    } catch (error) {
      closeGuard.onSaveFinished(false);
      throw error;
    }
  });
  ipc.handle('export:save', files.saveExport);
  const exportStreams = createExportStreams({ choosePath: files.chooseExportPath });
  abortExportStreams = () => exportStreams.abortAll();
  ipc.handle('export:begin', exportStreams.begin);
  ipc.handle('export:chunk', exportStreams.chunk);
  ipc.handle('export:end', exportStreams.end);
  ipc.handle('export:abort', exportStreams.abort);
  ipc.handle(
    'handout:printToPdf',
    createHandoutPrinter({
      choosePath: (name) => files.chooseExportPath('pdf', name),
      printToPdf: async (options) => {
        if (!mainWindow || mainWindow.isDestroyed()) throw new UserFacingError('The window is closed.');
        return mainWindow.webContents.printToPDF(options);
      },
      write: (path, bytes) => writeUserFile(path, bytes),
    }),
  );
  ipc.handle('clipboard:writeImage', async ({ png }) =>
    writePngToClipboard(png, {
      createFromBuffer: (buffer) => nativeImage.createFromBuffer(buffer),
      writeImage: (image) => clipboard.writeImage(image),
    }),
  );
  ipc.handle('session:save', async ({ text }) => {
    await saveSession(userData, text);
    return { saved: true };
  });
  ipc.handle('session:load', async () => {
    const text = await loadSession(userData);
    const notice = crashRecovery.takeNotice();
    return notice === null ? { text } : { text, notice };
  });
  ipc.handle('document:setState', async ({ dirty, title }) => {
    const window = mainWindow;
    if (window && !window.isDestroyed()) {
      window.setTitle(formatWindowTitle(title, dirty));
      if (isMac) window.setDocumentEdited(dirty);
      // Deferred so the renderer gets its answer before the window goes away.
      if (closeGuard.onDocumentState(dirty) === 'close') setImmediate(() => window.close());
    }
    return { updated: true };
  });
}

/** Unsaved work on close: ask Save / Don't Save / Cancel (see main/close.ts for the flow). */
function onClose(window: BrowserWindow, event: Event): void {
  const request = closeGuard.onCloseRequested();
  if (request === 'allow') return;
  event.preventDefault();
  if (request === 'wait') return;
  dialog
    .showMessageBox(window, {
      type: 'warning',
      buttons: [...CLOSE_BUTTONS],
      defaultId: CLOSE_DEFAULT_ID,
      cancelId: CLOSE_CANCEL_ID,
      noLink: true,
      message: 'Save changes to this scenario before closing?',
      detail: "If you don't save, your changes since the last save will be lost.",
    })
    .then(({ response }) => {
      const answer = closeGuard.onAnswer(response);
      if (answer === 'close') window.close();
      else if (answer === 'save') sendMenuCommand('scenario:save');
    })
    .catch((error: unknown) => {
      closeGuard.onAnswer(CLOSE_CANCEL_ID);
      console.error('[close] message box failed', error);
    });
}

function createWindow(): void {
  const window = new BrowserWindow(windowOptions(preloadPath(mainDir)));
  mainWindow = window;
  closeGuard = new CloseGuard();
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => onClose(window, event));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    void abortExportStreams();
  });
  // A reload (or a renderer crash) loses the page that was streaming: its partial files go too.
  window.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) void abortExportStreams();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    // The session file keeps the work; the reloaded renderer restores it and says what happened.
    crashRecovery.onRenderProcessGone(window.webContents, details);
  });
  const loaded = target.kind === 'url' ? window.loadURL(target.url) : window.loadFile(target.path);
  loaded.catch((error: unknown) => console.error('[window] failed to load the renderer', error));
}

function start(): void {
  // One userData folder ("K2 Kinetics") in dev and packaged builds alike, set before anything reads it.
  // Tests (tests/e2e) give each launch a fresh folder through K2_USER_DATA_DIR; never in a packaged app.
  app.setName(APP_NAME);
  const testUserData = process.env['K2_USER_DATA_DIR'];
  app.setPath(
    'userData',
    testUserData && !app.isPackaged ? testUserData : join(app.getPath('appData'), APP_NAME),
  );
  // One instance: two would both write session.json.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // A double-click on a file (Windows, Linux) or the first launch with a file on the command line.
  const firstFile = fileFromArgv(process.argv, process.cwd());
  if (firstFile !== null) launchQueue.add(firstFile);
  // A second launch: its file opens here, in the running window.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = fileFromArgv(argv, workingDirectory);
    if (file !== null) launchFile(file);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS gives files by event, also before 'ready' (then the page takes it once it has loaded).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    launchFile(path);
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app
    .whenReady()
    .then(() => {
      configureSession();
      registerIpc();
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate({
            isMac,
            isDev: !app.isPackaged,
            send: sendMenuCommand,
            openExternal: openExternalIfAllowed,
          }),
        ),
      );
      createWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('[app] failed to start', error);
      app.exit(1);
    });
}

start();
