import { describe, expect, it, vi } from 'vitest';
import { CrashRecovery, type ReloadableContents } from '../../main/crash';

/** A webContents that records reloads (Electron is not available here). */
function fakeContents(destroyed = false) {
  const contents = { isDestroyed: () => destroyed, reload: vi.fn<() => void>() };
  return contents satisfies ReloadableContents;
}
const quiet = () => ({ warn: vi.fn(), error: vi.fn() });

describe('CrashRecovery', () => {
  it('reloads after a crash and leaves one message in plain words for the restored page', () => {
    const recovery = new CrashRecovery(quiet());
    const contents = fakeContents();
    expect(recovery.onRenderProcessGone(contents, { reason: 'crashed', exitCode: 139 })).toBe('reloaded');
    expect(contents.reload).toHaveBeenCalledTimes(1);
    expect(recovery.takeNotice()).toBe(
      'The window was reloaded because it crashed. Your last working scenario has been restored.',
    );
    expect(recovery.takeNotice()).toBeNull();
  });

  it('a clean exit (the window closing) or a destroyed window is not a crash', () => {
    const recovery = new CrashRecovery(quiet());
    const open = fakeContents();
    expect(recovery.onRenderProcessGone(open, { reason: 'clean-exit', exitCode: 0 })).toBe('ignored');
    const closed = fakeContents(true);
    expect(recovery.onRenderProcessGone(closed, { reason: 'crashed', exitCode: 1 })).toBe('ignored');
    expect(open.reload).not.toHaveBeenCalled();
    expect(closed.reload).not.toHaveBeenCalled();
    expect(recovery.takeNotice()).toBeNull();
  });

  it('stops reloading a renderer that keeps dying, and tries again after a quiet minute', () => {
    let now = 0;
    const log = quiet();
    const recovery = new CrashRecovery(log, () => now, 3, 60_000);
    const contents = fakeContents();
    const outcomes = [0, 1, 2, 3].map(() => {
      now += 1000;
      return recovery.onRenderProcessGone(contents, { reason: 'oom', exitCode: 1 });
    });
    expect(outcomes).toEqual(['reloaded', 'reloaded', 'reloaded', 'gave-up']);
    expect(contents.reload).toHaveBeenCalledTimes(3);
    expect(log.error).toHaveBeenLastCalledWith(expect.stringMatching(/not reloading/));
    now += 61_000;
    expect(recovery.onRenderProcessGone(contents, { reason: 'oom', exitCode: 1 })).toBe('reloaded');
  });
});
