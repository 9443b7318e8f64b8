import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../sim/ipc/contract';
import { getBridge } from '../bridge';

/**
 * Runs `handlers[command]` for native menu commands (Electron) and their keyboard shortcuts (browser
 * bridge). Commands without a handler here belong to another part of the app and are ignored.
 */
export function useMenuCommands(handlers: Partial<Record<MenuCommand, () => void>>): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => getBridge().onMenuCommand((command) => latest.current[command]?.()), []);
}
