/**
 * Builds the object the preload exposes as window.k2: exactly the K2Bridge interface, one named function
 * per channel. ipcRenderer is passed in (so this is tested without Electron) and captured in closures; it is
 * never part of the returned object, and neither is a generic invoke or the IPC event.
 */
import {
  FILE_LAUNCHED_CHANNEL,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  type BridgeResult,
  type Channel,
  type K2Bridge,
  type MenuCommand,
  type RequestOf,
  type ResponseOf,
} from '../../sim/ipc/contract';

/** The parts of ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

function isBridgeResult(value: unknown): value is BridgeResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true
    ? 'data' in value
    : value.ok === false && 'error' in value && typeof value.error === 'string';
}

export function createBridge(ipc: IpcRendererLike): K2Bridge {
  /**
   * Main validates requests and answers with a BridgeResult; this turns the rare transport failure (no
   * handler, main busy shutting down) into the same shape so renderer code has one error path.
   */
  async function call<C extends Channel>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<BridgeResult<ResponseOf<C>>> {
    try {
      const result = await ipc.invoke(channel, request);
      // Main already checked the response against the contract schema (main/ipc.ts).
      if (isBridgeResult(result)) return result as BridgeResult<ResponseOf<C>>;
      return { ok: false, error: 'The app answered in an unexpected way.' };
    } catch {
      return { ok: false, error: 'The app could not complete the request. Please try again.' };
    }
  }

  return {
    kind: 'electron',
    openScenario: () => call('scenario:open', {}),
    openLesson: () => call('lesson:open', {}),
    saveScenario: (request) => call('scenario:save', request),
    saveExport: (request) => call('export:save', request),
    beginExport: (request) => call('export:begin', request),
    writeExportChunk: (request) => call('export:chunk', request),
    endExport: (request) => call('export:end', request),
    abortExport: (request) => call('export:abort', request),
    printHandout: (request) => call('handout:printToPdf', request),
    copyImage: (request) => call('clipboard:writeImage', request),
    saveSession: (request) => call('session:save', request),
    loadSession: () => call('session:load', {}),
    takeLaunchedScenario: () => call('launch:takeScenario', {}),
    takeLaunchedLesson: () => call('launch:takeLesson', {}),
    setDocumentState: (request) => call('document:setState', request),
    onMenuCommand(listener) {
      const wrapped = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(MENU_COMMAND_CHANNEL, wrapped);
      return () => {
        ipc.removeListener(MENU_COMMAND_CHANNEL, wrapped);
      };
    },
    onFileLaunched(listener) {
      // The event and any arguments stay here: the signal carries nothing.
      const wrapped = () => listener();
      ipc.on(FILE_LAUNCHED_CHANNEL, wrapped);
      return () => {
        ipc.removeListener(FILE_LAUNCHED_CHANNEL, wrapped);
      };
    },
  };
}
