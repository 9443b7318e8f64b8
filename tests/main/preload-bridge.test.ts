import { describe, expect, it, vi } from 'vitest';
import {
  FILE_LAUNCHED_CHANNEL,
  MENU_COMMAND_CHANNEL,
  type K2Bridge,
  type MenuCommand,
} from '../../sim/ipc/contract';
import { createBridge, isMenuCommand, type IpcRendererLike } from '../../main/preload/bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(answer: (channel: string, request: unknown) => Promise<unknown>) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn((channel: string, ...args: unknown[]) => answer(channel, args[0])),
    on: vi.fn((channel: string, listener: Listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies IpcRendererLike;
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? [])
      listener({ sender: 'the ipcRenderer event' }, ...args);
  };
  return { ipc, emit, listeners };
}

/** Compile-time complete: adding a member to K2Bridge without listing it here fails typecheck. */
const BRIDGE_MEMBERS: Record<keyof K2Bridge, true> = {
  kind: true,
  openScenario: true,
  openLesson: true,
  saveScenario: true,
  saveExport: true,
  beginExport: true,
  writeExportChunk: true,
  endExport: true,
  abortExport: true,
  printHandout: true,
  copyImage: true,
  saveSession: true,
  loadSession: true,
  setDocumentState: true,
  onMenuCommand: true,
  takeLaunchedScenario: true,
  takeLaunchedLesson: true,
  onFileLaunched: true,
};

describe('createBridge', () => {
  it('exposes exactly the K2Bridge members: no ipcRenderer, no generic invoke', () => {
    const { ipc } = fakeIpc(async () => ({ ok: true, data: {} }));
    const bridge = createBridge(ipc);
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(BRIDGE_MEMBERS).sort());
    expect(bridge.kind).toBe('electron');
    expect(Object.values(bridge)).not.toContain(ipc);
  });

  it.each([
    ['openScenario', 'scenario:open', undefined, {}],
    ['openLesson', 'lesson:open', undefined, {}],
    ['loadSession', 'session:load', undefined, {}],
    ['takeLaunchedScenario', 'launch:takeScenario', undefined, {}],
    ['takeLaunchedLesson', 'launch:takeLesson', undefined, {}],
    ['saveScenario', 'scenario:save', { text: 't', path: null, suggestedName: 'a.json' }, undefined],
    ['saveExport', 'export:save', { kind: 'csv', suggestedName: 'a.csv', content: 'x' }, undefined],
    ['beginExport', 'export:begin', { kind: 'csv', suggestedName: 'a.csv' }, undefined],
    ['writeExportChunk', 'export:chunk', { handle: 'a'.repeat(32), bytes: new Uint8Array([120]) }, undefined],
    ['endExport', 'export:end', { handle: 'a'.repeat(32) }, undefined],
    ['abortExport', 'export:abort', { handle: 'a'.repeat(32) }, undefined],
    ['printHandout', 'handout:printToPdf', { suggestedName: 'a.pdf', pages: 8 }, undefined],
    ['copyImage', 'clipboard:writeImage', { png: new Uint8Array([1]) }, undefined],
    ['saveSession', 'session:save', { text: 't' }, undefined],
    ['setDocumentState', 'document:setState', { dirty: true, title: 'T' }, undefined],
  ] as const)('%s invokes %s with the request', async (method, channel, request, sentWhenNoArgs) => {
    const answer = { ok: true, data: { marker: method } };
    const { ipc } = fakeIpc(async () => answer);
    const bridge = createBridge(ipc);
    const call = bridge[method] as (request?: unknown) => Promise<unknown>;
    expect(await call(request)).toEqual(answer);
    expect(ipc.invoke).toHaveBeenCalledExactlyOnceWith(channel, request ?? sentWhenNoArgs);
  });

  it('turns a transport failure into an error result instead of a rejected promise', async () => {
    const { ipc } = fakeIpc(async () =>
      Promise.reject(new Error("No handler registered for 'scenario:open'")),
    );
    const result = await createBridge(ipc).openScenario();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).not.toMatch(/handler/);
  });

  it('refuses an answer that is not a BridgeResult', async () => {
    const { ipc } = fakeIpc(async () => 'surprise');
    expect(await createBridge(ipc).loadSession()).toEqual({
      ok: false,
      error: 'The app answered in an unexpected way.',
    });
  });

  it('delivers valid menu commands only, without the IPC event', () => {
    const { ipc, emit } = fakeIpc(async () => ({ ok: true, data: {} }));
    const received: unknown[][] = [];
    createBridge(ipc).onMenuCommand((...args: unknown[]) => received.push(args));
    emit(MENU_COMMAND_CHANNEL, 'scenario:save');
    emit(MENU_COMMAND_CHANNEL, 'shell:exec');
    emit(MENU_COMMAND_CHANNEL, { command: 'scenario:save' });
    emit('some-other-channel', 'scenario:new');
    expect(received).toEqual([['scenario:save']]);
  });

  it('signals a launched file without passing on the IPC event or any argument, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc(async () => ({ ok: true, data: {} }));
    const received: unknown[][] = [];
    const unsubscribe = createBridge(ipc).onFileLaunched((...args: unknown[]) => received.push(args));
    emit(FILE_LAUNCHED_CHANNEL, '/etc/passwd');
    emit(MENU_COMMAND_CHANNEL, 'scenario:open');
    expect(received).toEqual([[]]);
    unsubscribe();
    emit(FILE_LAUNCHED_CHANNEL);
    expect(received).toHaveLength(1);
    expect(listeners.get(FILE_LAUNCHED_CHANNEL)?.size).toBe(0);
  });

  it('unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc(async () => ({ ok: true, data: {} }));
    const listener = vi.fn<(command: MenuCommand) => void>();
    const unsubscribe = createBridge(ipc).onMenuCommand(listener);
    unsubscribe();
    emit(MENU_COMMAND_CHANNEL, 'scenario:new');
    expect(listener).not.toHaveBeenCalled();
    expect(listeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(0);
  });
});

describe('isMenuCommand', () => {
  it('accepts contract commands only', () => {
    expect(isMenuCommand('edit:undo')).toBe(true);
    expect(isMenuCommand('edit:undo ')).toBe(false);
    expect(isMenuCommand(1)).toBe(false);
    expect(isMenuCommand(null)).toBe(false);
  });
});
