import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../sim/ipc/contract';
import { menuTemplate } from '../../main/menu';
import { isAllowedExternalUrl } from '../../main/security';

/** Every item of the template, depth first. */
function walk(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? walk(item.submenu) : [])]);
}

function byLabel(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = walk(items).find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no menu item "${label}"`);
  return item;
}

/** Menu click handlers get (menuItem, window, event) from Electron; ours use none of them. */
function click(item: MenuItemConstructorOptions): void {
  if (!item.click) throw new Error(`"${item.label ?? item.role ?? '?'}" has no click handler`);
  (item.click as unknown as () => void)();
}

function topLabels(items: MenuItemConstructorOptions[]): string[] {
  return items.map((item) => item.label ?? '');
}

describe('menuTemplate', () => {
  it.each([
    ['New scenario', 'CmdOrCtrl+N', 'scenario:new'],
    ['Open scenario…', 'CmdOrCtrl+O', 'scenario:open'],
    ['Save scenario', 'CmdOrCtrl+S', 'scenario:save'],
    ['Save scenario as…', 'Shift+CmdOrCtrl+S', 'scenario:saveAs'],
    ['Undo', 'CmdOrCtrl+Z', 'edit:undo'],
    ['Redo', 'Shift+CmdOrCtrl+Z', 'edit:redo'],
    ['Presentation mode', 'F5', 'view:presentation'],
  ] as const)('"%s" has %s and sends %s', (label, accelerator, command) => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const item = byLabel(menuTemplate({ isMac: false, send }), label);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('the Export submenu sends png, svg, csv, copy and the sensitivity chart', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const exportMenu = byLabel(menuTemplate({ isMac: false, send }), 'Export');
    const items = (exportMenu.submenu as MenuItemConstructorOptions[]).filter(
      (item) => item.type !== 'separator',
    );
    for (const item of items) click(item);
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      'export:png',
      'export:svg',
      'export:csv',
      'export:copy',
      'export:sensitivity-png',
      'export:sensitivity-svg',
    ]);
    expect(items.map((item) => item.label)).toEqual([
      'PNG image…',
      'SVG image…',
      'CSV data…',
      'Copy image',
      'Sensitivity chart (PNG)…',
      'Sensitivity chart (SVG)…',
    ]);
  });

  it('reaches every menu command, and sends nothing but menu commands', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const openExternal = vi.fn<(url: string) => void>();
    for (const item of walk(menuTemplate({ isMac: true, isDev: true, send, openExternal }))) {
      if (item.click) click(item);
    }
    expect(new Set(send.mock.calls.map(([command]) => command))).toEqual(new Set(MENU_COMMANDS));
    expect(send).toHaveBeenCalledTimes(MENU_COMMANDS.length);
  });

  it('undo and redo are app commands, not the Edit roles; text editing keeps its roles', () => {
    const template = menuTemplate({ isMac: false, send: () => undefined });
    expect(byLabel(template, 'Undo').role).toBeUndefined();
    expect(byLabel(template, 'Redo').role).toBeUndefined();
    const roles = walk(template).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
  });

  it('macOS gets the app menu with Quit, and File ends with Close', () => {
    const template = menuTemplate({ isMac: true, send: () => undefined });
    expect(topLabels(template)).toEqual(['K2 Kinetics', '&File', '&Edit', '&View', '&Help']);
    const appMenu = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appMenu.map((item) => item.role)).toContain('quit');
    const file = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)?.role).toBe('close');
  });

  it('Windows and Linux have no app menu and File ends with Quit', () => {
    const template = menuTemplate({ isMac: false, send: () => undefined });
    expect(topLabels(template)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('View has full screen and zoom; reload and developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      walk(menuTemplate({ isMac: false, isDev, send: () => undefined })).map((i) => i.role);
    expect(roles(false)).toEqual(
      expect.arrayContaining(['togglefullscreen', 'resetZoom', 'zoomIn', 'zoomOut']),
    );
    for (const devRole of ['reload', 'forceReload', 'toggleDevTools'] as const) {
      expect(roles(false)).not.toContain(devRole);
      expect(roles(true)).toContain(devRole);
    }
  });

  it('Help: sources sends help:sources; Learn more opens an allow-listed URL', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const openExternal = vi.fn<(url: string) => void>();
    const template = menuTemplate({ isMac: false, send, openExternal });
    click(byLabel(template, 'Sources and model limits'));
    expect(send).toHaveBeenCalledExactlyOnceWith('help:sources');
    click(byLabel(template, 'Learn more about vitamin K'));
    expect(openExternal).toHaveBeenCalledTimes(1);
    const url = openExternal.mock.calls[0]?.[0] ?? '';
    expect(isAllowedExternalUrl(url)).toBe(true);
  });
});
