/**
 * Closing the window with unsaved work. The rule is a plain function and the flow a small state machine,
 * both tested without Electron; main/index.ts shows the message box and calls these.
 *
 * Flow: 'close' while dirty -> ask (Save / Don't Save / Cancel). Save sends the 'scenario:save' menu command
 * to the renderer and waits: when the renderer reports dirty=false (document:setState) the window closes;
 * when the save is cancelled or fails, the wait is dropped and the window stays open.
 */

/** Button order of the message box; index 0 is the default, 2 is what Escape picks. */
export const CLOSE_BUTTONS = ['Save', "Don't Save", 'Cancel'] as const;
export const CLOSE_DEFAULT_ID = 0;
export const CLOSE_CANCEL_ID = 2;

export type CloseDecision = 'close' | 'save-then-close' | 'stay';

/**
 * What to do with the user's answer. Not dirty: close. Save: save first. Don't Save: close and discard.
 * Cancel, or anything unexpected (the box closed some other way): keep the window, never lose work.
 */
export function closeDecision(dirty: boolean, buttonIndex: number): CloseDecision {
  if (!dirty) return 'close';
  if (buttonIndex === 0) return 'save-then-close';
  if (buttonIndex === 1) return 'close';
  return 'stay';
}

/**
 * Tracks whether the window may close; one per window. Deliberately forgiving: a new close request always
 * asks again (even while a save is pending), so a renderer that never answers cannot trap the user.
 */
export class CloseGuard {
  private dirty = false;
  private asking = false;
  private waitingForSave = false;
  private saveCompleted = false;
  private closeAllowed = false;

  get isDirty(): boolean {
    return this.dirty;
  }

  /**
   * On the window's 'close' event. 'allow': let it close. 'ask': preventDefault and show the box.
   * 'wait': preventDefault only, the box is already showing.
   */
  onCloseRequested(): 'allow' | 'ask' | 'wait' {
    if (this.closeAllowed || !this.dirty) return 'allow';
    if (this.asking) return 'wait';
    this.asking = true;
    this.waitingForSave = false;
    return 'ask';
  }

  /** After the box: 'close' (call window.close again), 'save' (send scenario:save) or 'stay'. */
  onAnswer(buttonIndex: number): 'close' | 'save' | 'stay' {
    this.asking = false;
    const decision = closeDecision(this.dirty, buttonIndex);
    if (decision === 'close') {
      this.closeAllowed = true;
      return 'close';
    }
    if (decision === 'save-then-close') {
      this.waitingForSave = true;
      this.saveCompleted = false;
      return 'save';
    }
    return 'stay';
  }

  /** From document:setState. Returns 'close' when the save asked for by the close box has completed. */
  onDocumentState(dirty: boolean): 'close' | 'none' {
    this.dirty = dirty;
    if (!this.waitingForSave) return 'none';
    if (!dirty) {
      this.waitingForSave = false;
      this.closeAllowed = true;
      return 'close';
    }
    // Saved, yet still dirty (edited meanwhile): drop the pending close rather than close on a later save.
    if (this.saveCompleted) this.waitingForSave = false;
    return 'none';
  }

  /** From the scenario:save handler: a cancelled or failed save drops the pending close. */
  onSaveFinished(saved: boolean): void {
    if (!this.waitingForSave) return;
    if (saved) this.saveCompleted = true;
    else this.waitingForSave = false;
  }
}
