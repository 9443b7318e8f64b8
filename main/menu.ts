/**
 * The native menu as a plain template (tested by walking it and clicking items with a fake `send`).
 * Items that act on the document send a MenuCommand to the renderer over 'menu:command'; the renderer owns
 * the scenario, so main never guesses its state. Undo/redo are commands too, not the Edit roles, because the
 * app keeps its own undo history for control changes.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../sim/ipc/contract';
import { APP_NAME } from './window';
import { LEARN_MORE_URL } from './security';

export interface MenuOptions {
  isMac: boolean;
  /** Development build: adds Reload and Developer Tools. */
  isDev?: boolean;
  /** Sends a command to the renderer (webContents.send('menu:command', command) in the app). */
  send(command: MenuCommand): void;
  /** Opens an allow-listed https URL in the user's browser. */
  openExternal?(url: string): void;
}

function command(label: string, cmd: MenuCommand, send: MenuOptions['send'], accelerator?: string) {
  const item: MenuItemConstructorOptions = { label, id: cmd, click: () => send(cmd) };
  if (accelerator !== undefined) item.accelerator = accelerator;
  return item;
}

export function menuTemplate({
  isMac,
  isDev = false,
  send,
  openExternal,
}: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: APP_NAME,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New scenario', 'scenario:new', send, 'CmdOrCtrl+N'),
      command('Open scenario…', 'scenario:open', send, 'CmdOrCtrl+O'),
      { type: 'separator' },
      command('Save scenario', 'scenario:save', send, 'CmdOrCtrl+S'),
      command('Save scenario as…', 'scenario:saveAs', send, 'Shift+CmdOrCtrl+S'),
      { type: 'separator' },
      {
        label: 'Export',
        submenu: [
          command('PNG image…', 'export:png', send),
          command('SVG image…', 'export:svg', send),
          command('CSV data…', 'export:csv', send),
          { type: 'separator' },
          command('Copy image', 'export:copy', send),
          { type: 'separator' },
          command('Sensitivity chart (PNG)…', 'export:sensitivity-png', send),
          command('Sensitivity chart (SVG)…', 'export:sensitivity-svg', send),
        ],
      },
      { type: 'separator' },
      // macOS keeps Quit in the app menu; File ends with Close there.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'edit:undo', send, 'CmdOrCtrl+Z'),
      command('Redo', 'edit:redo', send, 'Shift+CmdOrCtrl+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Presentation mode', 'view:presentation', send, 'F5'),
      { role: 'togglefullscreen' },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      ...(isDev
        ? ([
            { type: 'separator' },
            { role: 'reload' },
            { role: 'forceReload' },
            { role: 'toggleDevTools' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      command('Sources and model limits', 'help:sources', send),
      {
        label: 'Learn more about vitamin K',
        id: 'help:learnMore',
        click: () => openExternal?.(LEARN_MORE_URL),
      },
    ],
  };

  return [...appMenu, file, edit, view, help];
}
