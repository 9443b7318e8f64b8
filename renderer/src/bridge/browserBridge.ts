import {
  MAX_LESSON_BYTES,
  type BridgeResult,
  type K2Bridge,
  type MenuCommand,
  type ResponseOf,
} from '../../../sim/ipc/contract';
import { readPickedFile, readPickedScenario, SCENARIO_ACCEPT } from './readPickedFile';
import { browserExportStreams, downloadBlob } from './browserExportStream';

const SESSION_KEY = 'k2-kinetics:session';

function ok<T>(data: T): BridgeResult<T> {
  return { ok: true, data };
}

function fail(e: unknown): { ok: false; error: string } {
  return { ok: false, error: e instanceof Error ? e.message : String(e) };
}

/** Starts a download of `content` named `name`; the browser decides where it goes. */
function download(content: string | Uint8Array, name: string, type: string): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content);
  downloadBlob(new Blob([part], { type }), name);
}

const MIME: Record<'png' | 'svg' | 'csv' | 'json' | 'pptx', string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv',
  json: 'application/json',
};

/** Keyboard shortcuts standing in for the native menu (Ctrl or Cmd). */
const SHORTCUTS: { key: string; shift: boolean; command: MenuCommand }[] = [
  { key: 'o', shift: false, command: 'scenario:open' },
  { key: 's', shift: false, command: 'scenario:save' },
  { key: 's', shift: true, command: 'scenario:saveAs' },
  { key: 'z', shift: false, command: 'edit:undo' },
  { key: 'z', shift: true, command: 'edit:redo' },
  { key: 'y', shift: false, command: 'edit:redo' },
  { key: 'e', shift: false, command: 'export:png' },
];

type Picked = { canceled: true } | { canceled: false; name: string; text: string };

/** A file input for one file, read with the same checks main makes (size before reading, strict UTF-8). */
function pickTextFile(maxBytes: number, what: string): Promise<BridgeResult<Picked>> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.k2.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(ok({ canceled: true as const }));
      readPickedFile(file, maxBytes, what).then(
        (read) =>
          resolve(
            read.ok
              ? ok({ canceled: false as const, name: file.name, text: read.text })
              : { ok: false, error: read.error },
          ),
        (e: unknown) => resolve(fail(e)),
      );
    });
    input.addEventListener('cancel', () => resolve(ok({ canceled: true as const })));
    input.click();
  });
}

/** A file input for a scenario file or an exported PNG or SVG, read as main reads it (readPickedScenario). */
function pickScenarioFile(): Promise<BridgeResult<ResponseOf<'scenario:open'>>> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = SCENARIO_ACCEPT;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(ok({ canceled: true as const }));
      readPickedScenario(file).then(
        (read) =>
          resolve(
            !read.ok
              ? { ok: false, error: read.error }
              : ok({
                  canceled: false as const,
                  path: file.name,
                  text: read.text,
                  ...(read.source === 'scenario' ? {} : { image: read.source }),
                }),
          ),
        (e: unknown) => resolve(fail(e)),
      );
    });
    input.addEventListener('cancel', () => resolve(ok({ canceled: true as const })));
    input.click();
  });
}

/** The bridge in a plain browser: downloads, a file input, localStorage, the async clipboard. */
export function createBrowserBridge(): K2Bridge {
  return {
    kind: 'browser',
    openScenario: () => pickScenarioFile(),
    openLesson: () => pickTextFile(MAX_LESSON_BYTES, 'lesson file'),
    saveScenario: async (request) => {
      try {
        download(request.text, request.suggestedName, MIME.json);
        return ok({ canceled: false as const, path: request.suggestedName });
      } catch (e) {
        return fail(e);
      }
    },
    saveExport: async (request) => {
      try {
        download(request.content, request.suggestedName, MIME[request.kind]);
        return ok({ canceled: false as const, path: request.suggestedName });
      } catch (e) {
        return fail(e);
      }
    },
    ...browserExportStreams(),
    // The browser's own print dialog, whose "Save as PDF" writes the handout; the page's print stylesheet
    // lays it out one scene a page. Nothing says where the PDF went, so the answer's path is null.
    printHandout: async () => {
      try {
        window.print();
        return ok({ canceled: false as const, path: null });
      } catch (e) {
        return fail(e);
      }
    },
    copyImage: async (request) => {
      try {
        if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
          return { ok: false, error: 'This browser cannot copy images; use Export PNG instead.' };
        }
        const blob = new Blob([new Uint8Array(request.png)], { type: 'image/png' });
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
        return ok({ written: true as const });
      } catch (e) {
        return fail(e);
      }
    },
    saveSession: async (request) => {
      try {
        localStorage.setItem(SESSION_KEY, request.text);
        return ok({ saved: true as const });
      } catch (e) {
        return fail(e);
      }
    },
    loadSession: async () => {
      try {
        return ok({ text: localStorage.getItem(SESSION_KEY) });
      } catch (e) {
        return fail(e);
      }
    },
    setDocumentState: async (request) => {
      document.title = request.title;
      return ok({ updated: true as const });
    },
    // The browser is never given files by the system: nothing is ever waiting.
    takeLaunchedScenario: async () => ok({ file: null }),
    takeLaunchedLesson: async () => ok({ file: null }),
    onFileLaunched: () => () => {},
    onMenuCommand: (listener) => {
      const onKey = (event: KeyboardEvent): void => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
        const key = event.key.toLowerCase();
        const hit = SHORTCUTS.find((s) => s.key === key && s.shift === event.shiftKey);
        if (!hit) return;
        // Inside a text box, undo belongs to the box, unless the box declined it (a number box with nothing
        // typed since its last commit: its text undo would disagree with the scenario).
        const target = event.target as HTMLElement | null;
        if (
          hit.command.startsWith('edit:') &&
          target?.tagName === 'INPUT' &&
          target.getAttribute('type') !== 'range' &&
          !event.defaultPrevented
        )
          return;
        event.preventDefault();
        listener(hit.command);
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
  };
}
