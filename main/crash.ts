/**
 * When the renderer process dies (crash, out of memory, killed), Electron leaves a blank window. This reloads
 * it; the reloaded renderer restores the session file, which holds the last scenario that rendered (the
 * renderer saves only after a successful render), and shows the message from `takeNotice` so the user knows
 * what happened. A renderer that keeps dying is not reloaded forever: after `maxReloads` within `windowMs`
 * the window is left alone and the failure logged. Plain class, tested with a fake webContents.
 */
import type { Logger } from './ipc';

/** What Electron's 'render-process-gone' passes (RenderProcessGoneDetails), the fields used here. */
export interface GoneDetails {
  reason: string;
  exitCode: number;
}

/** The parts of WebContents used here. */
export interface ReloadableContents {
  isDestroyed(): boolean;
  reload(): void;
}

const REASONS: Record<string, string> = {
  crashed: 'it crashed',
  oom: 'it ran out of memory',
  killed: 'it was stopped by the system',
  'abnormal-exit': 'it stopped unexpectedly',
  'launch-failed': 'it could not start',
  'integrity-failure': 'its code failed an integrity check',
};

export type GoneOutcome = 'ignored' | 'reloaded' | 'gave-up';

export class CrashRecovery {
  private reloadsAtMs: number[] = [];
  private notice: string | null = null;

  constructor(
    private readonly log: Logger = console,
    private readonly nowMs: () => number = Date.now,
    private readonly maxReloads = 3,
    private readonly windowMs = 60_000,
  ) {}

  onRenderProcessGone(contents: ReloadableContents, details: GoneDetails): GoneOutcome {
    // A clean exit is the window closing normally, not a failure.
    if (details.reason === 'clean-exit' || contents.isDestroyed()) return 'ignored';
    const now = this.nowMs();
    this.reloadsAtMs = this.reloadsAtMs.filter((t) => now - t < this.windowMs);
    if (this.reloadsAtMs.length >= this.maxReloads) {
      this.log.error(
        `[window] renderer gone again (${details.reason}, exit ${details.exitCode}); not reloading`,
      );
      return 'gave-up';
    }
    this.reloadsAtMs.push(now);
    const why = REASONS[details.reason] ?? 'it stopped unexpectedly';
    this.notice = `The window was reloaded because ${why}. Your last working scenario has been restored.`;
    this.log.error(`[window] renderer gone (${details.reason}, exit ${details.exitCode}); reloading`);
    contents.reload();
    return 'reloaded';
  }

  /** The message for the reloaded renderer, once (delivered with session:load). */
  takeNotice(): string | null {
    const notice = this.notice;
    this.notice = null;
    return notice;
  }
}
