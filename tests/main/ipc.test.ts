import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../../main/errors';
import {
  UNTRUSTED_SENDER_ERROR,
  createIpc,
  isTrustedSenderFacts,
  makeHandler,
  type Logger,
  type SenderFacts,
} from '../../main/ipc';
import { isAppUrl } from '../../main/security';

interface FakeEvent {
  trusted: boolean;
}
const trusted: FakeEvent = { trusted: true };
const isTrusted = (event: FakeEvent) => event.trusted;

type LogFn = (message: string, ...details: unknown[]) => void;

function quietLog() {
  return { warn: vi.fn<LogFn>(), error: vi.fn<LogFn>() } satisfies Logger;
}

const validSave = { text: '{"format":"k2-kinetics-scenario"}', path: null, suggestedName: 'Plan.json' };

describe('makeHandler', () => {
  it('refuses an untrusted sender without calling the handler', async () => {
    const handler = vi.fn(async () => ({ canceled: true as const }));
    const log = quietLog();
    const invoke = makeHandler('scenario:save', handler, isTrusted, log);
    expect(await invoke({ trusted: false }, validSave)).toEqual({ ok: false, error: UNTRUSTED_SENDER_ERROR });
    expect(handler).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalled();
  });

  it('rejects a malformed request with a message naming the field', async () => {
    const handler = vi.fn(async () => ({ canceled: true as const }));
    const invoke = makeHandler('scenario:save', handler, isTrusted, quietLog());
    const result = await invoke(trusted, { ...validSave, text: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^The request for saving the scenario was not valid \(text: /);
      expect(result.error).toMatch(/string/);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('names nested fields and unknown keys (requests are strict)', async () => {
    const invokeDoc = makeHandler(
      'document:setState',
      async () => ({ updated: true as const }),
      isTrusted,
      quietLog(),
    );
    const missing = await invokeDoc(trusted, { title: 'x' });
    expect(!missing.ok && missing.error).toMatch(/\(dirty: /);
    const extra = await invokeDoc(trusted, { dirty: true, title: 'x', evil: 1 });
    expect(!extra.ok && extra.error).toMatch(/evil/);
    const notAnObject = await invokeDoc(trusted, undefined);
    expect(notAnObject.ok).toBe(false);
  });

  it('rejects a request over the contract size limit', async () => {
    const invoke = makeHandler('session:save', async () => ({ saved: true as const }), isTrusted, quietLog());
    const result = await invoke(trusted, { text: 'x'.repeat(2_000_001) });
    expect(!result.ok && result.error).toMatch(/\(text: /);
  });

  it('passes a valid request to the handler and wraps its answer', async () => {
    const handler = vi.fn(async () => ({ canceled: false as const, path: '/tmp/Plan.json' }));
    const invoke = makeHandler('scenario:save', handler, isTrusted, quietLog());
    expect(await invoke(trusted, validSave)).toEqual({
      ok: true,
      data: { canceled: false, path: '/tmp/Plan.json' },
    });
    expect(handler).toHaveBeenCalledExactlyOnceWith(validSave);
  });

  it('passes bytes through (export:save with PNG content)', async () => {
    const handler = vi.fn(async (_request: unknown) => ({ canceled: true as const }));
    const invoke = makeHandler('export:save', handler, isTrusted, quietLog());
    const content = new Uint8Array([1, 2, 3]);
    const result = await invoke(trusted, { kind: 'png', suggestedName: 'chart.png', content });
    expect(result).toEqual({ ok: true, data: { canceled: true } });
    expect(handler.mock.calls[0]?.[0]).toMatchObject({ content });
  });

  it('wraps a thrown error in a generic sentence and logs the details', async () => {
    const log = quietLog();
    const failure = new Error('EACCES: permission denied, open /home/someone/secret/plan.json');
    const invoke = makeHandler('scenario:open', async () => Promise.reject(failure), isTrusted, log);
    const result = await invoke(trusted, {});
    expect(result).toEqual({
      ok: false,
      error: 'Something went wrong while opening the scenario. The details were written to the log.',
    });
    expect(log.error).toHaveBeenCalledWith('[ipc] scenario:open failed', failure);
  });

  it('passes a UserFacingError message through as is', async () => {
    const invoke = makeHandler(
      'scenario:open',
      async () => Promise.reject(new UserFacingError('The file could not be found.')),
      isTrusted,
      quietLog(),
    );
    expect(await invoke(trusted, {})).toEqual({ ok: false, error: 'The file could not be found.' });
  });

  it('refuses to return a response that breaks the contract', async () => {
    const log = quietLog();
    const broken = async () => ({ saved: false }) as unknown as { saved: true };
    const invoke = makeHandler('session:save', broken, isTrusted, log);
    const result = await invoke(trusted, { text: '' });
    expect(result).toEqual({ ok: false, error: 'Something went wrong while saving the working session.' });
    expect(log.error).toHaveBeenCalled();
  });
});

describe('isTrustedSenderFacts', () => {
  const window = { webContentsId: 7, appUrl: 'file:///opt/k2/out/renderer/index.html' };
  const good: SenderFacts = { webContentsId: 7, frameUrl: window.appUrl, isMainFrame: true };

  it('trusts our window main frame on our page', () => {
    expect(isTrustedSenderFacts(good, window, isAppUrl)).toBe(true);
    expect(isTrustedSenderFacts({ ...good, frameUrl: `${window.appUrl}#x` }, window, isAppUrl)).toBe(true);
  });

  it.each([
    ['another webContents', { ...good, webContentsId: 8 }],
    ['a subframe', { ...good, isMainFrame: false }],
    ['a destroyed frame', { ...good, frameUrl: null }],
    ['another page', { ...good, frameUrl: 'https://example.com/' }],
    ['another local file', { ...good, frameUrl: 'file:///tmp/evil.html' }],
  ])('refuses %s', (_label, facts) => {
    expect(isTrustedSenderFacts(facts, window, isAppUrl)).toBe(false);
  });
});

describe('createIpc', () => {
  it('registers the wrapped handler on the channel (replacing an old one)', async () => {
    const registered = new Map<string, (event: IpcMainInvokeEvent, raw: unknown) => Promise<unknown>>();
    const ipcMain = {
      handle: vi.fn(
        (channel: string, listener: (event: IpcMainInvokeEvent, raw: unknown) => Promise<unknown>) => {
          registered.set(channel, listener);
        },
      ),
      removeHandler: vi.fn((channel: string) => registered.delete(channel)),
    };
    const ipc = createIpc(ipcMain, () => true, quietLog());
    ipc.handle('session:load', async () => ({ text: 'saved' }));
    expect(ipcMain.removeHandler).toHaveBeenCalledWith('session:load');
    const listener = registered.get('session:load');
    expect(listener).toBeDefined();
    const event = {} as IpcMainInvokeEvent;
    expect(await listener?.(event, {})).toEqual({ ok: true, data: { text: 'saved' } });
    expect(await listener?.(event, { unexpected: true })).toMatchObject({ ok: false });
  });
});
