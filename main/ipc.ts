/**
 * The one way main answers the renderer. Every channel goes through {@link makeHandler}: refuse senders
 * other than our window's main frame, validate the request with the channel's zod schema from contract.ts,
 * run the handler, validate its answer, and wrap everything in a BridgeResult so the renderer never sees a
 * rejected promise, a stack trace or a file system detail it did not ask for.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import {
  channels,
  type BridgeResult,
  type Channel,
  type RequestOf,
  type ResponseOf,
} from '../sim/ipc/contract';
import { UserFacingError } from './errors';

export type Handler<C extends Channel> = (request: RequestOf<C>) => Promise<ResponseOf<C>>;

/** Where problems go; console in the app, a spy in tests. */
export interface Logger {
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

/** What the generic error sentence says each channel was doing. */
const CHANNEL_ACTIONS: Record<Channel, string> = {
  'scenario:open': 'opening the scenario',
  'lesson:open': 'opening the lesson',
  'launch:takeScenario': 'opening the file given to the app',
  'launch:takeLesson': 'opening the lesson given to the app',
  'scenario:save': 'saving the scenario',
  'export:save': 'saving the export',
  'export:begin': 'starting the export',
  'export:chunk': 'writing the export',
  'export:end': 'finishing the export',
  'export:abort': 'canceling the export',
  'handout:printToPdf': 'saving the handout as a PDF',
  'clipboard:writeImage': 'copying the image',
  'session:save': 'saving the working session',
  'session:load': 'restoring the last session',
  'document:setState': 'updating the window title',
};

export const UNTRUSTED_SENDER_ERROR =
  'This request did not come from the K2 Kinetics window and was refused.';

/** Names the first invalid field, e.g. "text: Invalid input: expected string, received number". */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/**
 * The channel's schemas typed as exactly RequestOf<C> / ResponseOf<C>. They are, by definition (z.infer of
 * the same entries), but TypeScript cannot correlate a generic index into the channels object by itself.
 */
function schemasFor<C extends Channel>(
  channel: C,
): { request: z.ZodType<RequestOf<C>>; response: z.ZodType<ResponseOf<C>> } {
  return channels[channel] as unknown as {
    request: z.ZodType<RequestOf<C>>;
    response: z.ZodType<ResponseOf<C>>;
  };
}

/**
 * The core of the IPC wrapper, free of Electron so it is unit-tested directly. `E` is the event type
 * (IpcMainInvokeEvent in the app, a plain object in tests); only `isTrustedSender` looks at it.
 */
export function makeHandler<C extends Channel, E>(
  channel: C,
  handler: Handler<C>,
  isTrustedSender: (event: E) => boolean,
  log: Logger = console,
): (event: E, raw: unknown) => Promise<BridgeResult<ResponseOf<C>>> {
  const { request: requestSchema, response: responseSchema } = schemasFor(channel);
  return async (event, raw) => {
    if (!isTrustedSender(event)) {
      log.warn(`[ipc] ${channel}: refused a request from an untrusted sender`);
      return { ok: false, error: UNTRUSTED_SENDER_ERROR };
    }
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) {
      const detail = describeZodError(parsed.error);
      log.warn(`[ipc] ${channel}: invalid request (${detail})`);
      return { ok: false, error: `The request for ${CHANNEL_ACTIONS[channel]} was not valid (${detail}).` };
    }
    try {
      const data = await handler(parsed.data);
      const checked = responseSchema.safeParse(data);
      if (!checked.success) {
        log.error(
          `[ipc] ${channel}: handler answered with an invalid response`,
          describeZodError(checked.error),
        );
        return { ok: false, error: `Something went wrong while ${CHANNEL_ACTIONS[channel]}.` };
      }
      return { ok: true, data: checked.data };
    } catch (error) {
      if (error instanceof UserFacingError) {
        log.warn(`[ipc] ${channel}: ${error.message}`, error.cause ?? '');
        return { ok: false, error: error.message };
      }
      log.error(`[ipc] ${channel} failed`, error);
      return {
        ok: false,
        error: `Something went wrong while ${CHANNEL_ACTIONS[channel]}. The details were written to the log.`,
      };
    }
  };
}

/** What main knows about the window it trusts. */
export interface TrustedWindow {
  webContentsId: number;
  /** The URL the window loaded (dev server URL or file:// URL of index.html). */
  appUrl: string;
}

/** The parts of an IPC event the trust check reads, extracted so the rule is testable. */
export interface SenderFacts {
  webContentsId: number;
  /** URL of the sending frame; null when the frame navigated away or was destroyed. */
  frameUrl: string | null;
  /** True when the sending frame is a top-level frame (not an iframe). */
  isMainFrame: boolean;
}

/**
 * Trusted means: our window's webContents, its top-level frame (never an iframe), showing our own page.
 * The URL check uses isAppUrl so a navigation that somehow slipped through cannot use the bridge.
 */
export function isTrustedSenderFacts(
  facts: SenderFacts,
  trusted: TrustedWindow,
  isAppUrl: (url: string, appUrl: string) => boolean,
): boolean {
  return (
    facts.webContentsId === trusted.webContentsId &&
    facts.isMainFrame &&
    facts.frameUrl !== null &&
    isAppUrl(facts.frameUrl, trusted.appUrl)
  );
}

/** Reads the facts from a real IPC event. */
export function senderFacts(event: IpcMainInvokeEvent): SenderFacts {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

/** Registers handlers on ipcMain through makeHandler; the one `handle` all channels use. */
export function createIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  log: Logger = console,
): { handle<C extends Channel>(channel: C, handler: Handler<C>): void } {
  return {
    handle(channel, handler) {
      ipcMain.removeHandler(channel);
      ipcMain.handle(channel, makeHandler(channel, handler, isTrustedSender, log));
    },
  };
}
