import { describe, expect, it } from 'vitest';
import { CLOSE_BUTTONS, CLOSE_CANCEL_ID, CloseGuard, closeDecision } from '../../main/close';

const SAVE = CLOSE_BUTTONS.indexOf('Save');
const DONT_SAVE = CLOSE_BUTTONS.indexOf("Don't Save");
const CANCEL = CLOSE_BUTTONS.indexOf('Cancel');

describe('closeDecision', () => {
  it('closes at once when nothing is unsaved, whatever the button', () => {
    for (const button of [SAVE, DONT_SAVE, CANCEL, -1]) expect(closeDecision(false, button)).toBe('close');
  });

  it('maps the three buttons when dirty', () => {
    expect(closeDecision(true, SAVE)).toBe('save-then-close');
    expect(closeDecision(true, DONT_SAVE)).toBe('close');
    expect(closeDecision(true, CANCEL)).toBe('stay');
  });

  it('keeps the window for any unexpected answer', () => {
    expect(closeDecision(true, -1)).toBe('stay');
    expect(closeDecision(true, 7)).toBe('stay');
  });

  it('Escape (the cancel id) is Cancel', () => {
    expect(CLOSE_CANCEL_ID).toBe(CANCEL);
  });
});

describe('CloseGuard', () => {
  function dirtyGuard(): CloseGuard {
    const guard = new CloseGuard();
    guard.onDocumentState(true);
    return guard;
  }

  it('lets a clean window close without asking', () => {
    expect(new CloseGuard().onCloseRequested()).toBe('allow');
  });

  it('asks once while the box is open', () => {
    const guard = dirtyGuard();
    expect(guard.onCloseRequested()).toBe('ask');
    expect(guard.onCloseRequested()).toBe('wait');
  });

  it("Don't Save closes and the next close request is allowed", () => {
    const guard = dirtyGuard();
    guard.onCloseRequested();
    expect(guard.onAnswer(DONT_SAVE)).toBe('close');
    expect(guard.onCloseRequested()).toBe('allow');
  });

  it('Cancel keeps the window and asks again next time', () => {
    const guard = dirtyGuard();
    guard.onCloseRequested();
    expect(guard.onAnswer(CANCEL)).toBe('stay');
    expect(guard.onCloseRequested()).toBe('ask');
  });

  it('Save waits for the renderer to report a clean document, then closes', () => {
    const guard = dirtyGuard();
    guard.onCloseRequested();
    expect(guard.onAnswer(SAVE)).toBe('save');
    expect(guard.onCloseRequested()).toBe('ask'); // still dirty: never closes behind the user's back
    guard.onAnswer(SAVE);
    guard.onSaveFinished(true);
    expect(guard.onDocumentState(false)).toBe('close');
    expect(guard.onCloseRequested()).toBe('allow');
  });

  it('a cancelled save drops the pending close: a later save does not close the window', () => {
    const guard = dirtyGuard();
    guard.onCloseRequested();
    guard.onAnswer(SAVE);
    guard.onSaveFinished(false);
    expect(guard.onDocumentState(false)).toBe('none');
  });

  it('a save that leaves the document dirty (edited meanwhile) drops the pending close', () => {
    const guard = dirtyGuard();
    guard.onCloseRequested();
    guard.onAnswer(SAVE);
    guard.onSaveFinished(true);
    expect(guard.onDocumentState(true)).toBe('none');
    expect(guard.onDocumentState(false)).toBe('none');
  });

  it('ordinary saves never close the window', () => {
    const guard = dirtyGuard();
    guard.onSaveFinished(true);
    expect(guard.onDocumentState(false)).toBe('none');
    expect(guard.isDirty).toBe(false);
  });
});
