import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { scenarioTextOf } from '../state/scenarioText';
import { defaultScenario } from '../../../sim';
import { getBridge } from '../bridge';
import type { ScenarioStore } from '../state/store';
import { baseName, documentTitle, interpretOpenedFile, isDirty, scenarioFileName } from './documentState';
import { currentTranslator } from '../i18n/locale';
import { useFirstPaintDone } from '../start/AfterFirstPaint';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  /** For exports: time until the file was handed over (ms); shown to tests and curious users as data. */
  elapsedMs?: number;
  /** A share link the clipboard refused, shown in a box to copy by hand. */
  link?: string;
}

export interface DocumentApi {
  dirty: boolean;
  /** The window title; null until the first chart is painted. */
  title: string | null;
  /** Save to the current file (Electron), or ask where (first save, or `asNew`: Save As). */
  save: (asNew: boolean) => Promise<Notice | null>;
  /** Electron: the native open dialog. The browser uses a file input and calls `openText`. */
  openWithDialog: () => Promise<Notice | null>;
  /**
   * Applies an opened file's text, or explains why not (the current scenario is then untouched). `image`: the
   * text came out of an exported PNG or SVG, which is never the document's file (Save must not write over it).
   */
  openText: (fileName: string, text: string, image?: 'png' | 'svg') => Notice;
  newScenario: () => Notice;
}

/**
 * The scenario as a document: which file it belongs to, whether it changed since it was saved or opened
 * (main asks before closing; the browser prompts before unloading), and the window title.
 * Opening a file or starting a new scenario is an undoable edit, so no work is ever replaced for good.
 */
export function useDocument(store: ScenarioStore): DocumentApi {
  const { scenario, dispatch } = store;
  const [fileName, setFileName] = useState<string | null>(null);
  const [savedText, setSavedText] = useState(() => scenarioTextOf(defaultScenario()));
  const dirty = useMemo(() => isDirty(savedText, scenario), [savedText, scenario]);
  // The window title waits for the first chart to be painted: its sentence (describeScenario, the first
  // Intl.ListFormat) is not on the first screen.
  const titled = useFirstPaintDone();
  const title = titled ? documentTitle(fileName, scenario) : null;
  // Handlers read the scenario at call time (a save right after a drag must write the dragged value).
  const latest = useRef(scenario);
  useEffect(() => {
    latest.current = scenario;
  }, [scenario]);

  // The title changes at every slider step (it says the dose): written on a timer, not in the step's frame.
  const [sender] = useState(() => documentStateSender((state) => void getBridge().setDocumentState(state)));
  useEffect(() => {
    if (title !== null) sender.update({ dirty, title });
  }, [sender, dirty, title]);
  useEffect(() => () => sender.flush(), [sender]);

  useEffect(() => {
    if (!dirty || getBridge().kind !== 'browser') return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = useCallback(
    async (asNew: boolean): Promise<Notice | null> => {
      const current = latest.current;
      const text = scenarioTextOf(current);
      const bridge = getBridge();
      // In the browser every save is a download, so there is no file to overwrite.
      const path = asNew || bridge.kind === 'browser' ? null : fileName;
      const result = await bridge.saveScenario({
        text,
        path,
        suggestedName: scenarioFileName(fileName, current),
      });
      if (!result.ok)
        return { kind: 'error', text: currentTranslator().t('doc.saveFailed', { error: result.error }) };
      if (result.data.canceled) return null;
      setFileName(result.data.path);
      setSavedText(text);
      return {
        kind: 'info',
        text: currentTranslator().t('doc.savedFile', { name: baseName(result.data.path) }),
      };
    },
    [fileName],
  );

  const openText = useCallback(
    (name: string, text: string, image?: 'png' | 'svg'): Notice => {
      const outcome = interpretOpenedFile(name, text);
      if (!outcome.ok) return { kind: 'error', text: outcome.message };
      dispatch({ type: 'replaceScenario', scenario: outcome.scenario });
      setFileName(image ? null : name);
      setSavedText(scenarioTextOf(outcome.scenario));
      return { kind: 'info', text: currentTranslator().t('doc.undoHint', { message: outcome.message }) };
    },
    [dispatch],
  );

  const openWithDialog = useCallback(async (): Promise<Notice | null> => {
    const result = await getBridge().openScenario();
    if (!result.ok)
      return { kind: 'error', text: currentTranslator().t('doc.openFileFailed', { error: result.error }) };
    if (result.data.canceled) return null;
    return openText(result.data.path, result.data.text, result.data.image);
  }, [openText]);

  const newScenario = useCallback((): Notice => {
    const fresh = defaultScenario();
    dispatch({ type: 'replaceScenario', scenario: fresh });
    setFileName(null);
    setSavedText(scenarioTextOf(fresh));
    return { kind: 'info', text: currentTranslator().t('doc.newScenario') };
  }, [dispatch]);

  return { dirty, title, save, openWithDialog, openText, newScenario };
}

/** What the window shows of the document (Electron: title and the close prompt; browser: the tab title). */
export interface DocumentState {
  dirty: boolean;
  title: string;
}

/** Longest time the window title lags the scenario while it keeps changing (a drag). */
export const TITLE_LAG_MS = 250;

export interface DocumentStateSender {
  update: (state: DocumentState) => void;
  /** Sends a waiting title now (on unmount). */
  flush: () => void;
}

/**
 * Sends the document's state only when it changed: a change of `dirty` at once (closing asks by it), a new
 * title within `lagMs`, the newest one. A slider drag retitles at every step, and setting document.title costs
 * the browser milliseconds each time, inside the step's frame.
 */
export function documentStateSender(
  send: (state: DocumentState) => void,
  lagMs: number = TITLE_LAG_MS,
): DocumentStateSender {
  let sent: DocumentState | null = null;
  let waiting: DocumentState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const sendNow = (state: DocumentState): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    waiting = null;
    sent = state;
    send(state);
  };
  const flush = (): void => {
    if (waiting !== null) sendNow(waiting);
  };
  return {
    update(state) {
      if (sent === null || state.dirty !== sent.dirty) return sendNow(state);
      if (state.title === sent.title) {
        // Back to what the window shows: nothing to write.
        if (timer !== null) clearTimeout(timer);
        timer = null;
        waiting = null;
        return;
      }
      waiting = state;
      timer ??= setTimeout(flush, lagMs);
    },
    flush,
  };
}
