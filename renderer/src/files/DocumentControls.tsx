import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { asSentence } from '../../../sim';
import { readPickedScenario, SCENARIO_ACCEPT } from '../bridge/readPickedFile';
import { parseAhead } from './documentState';
import { copyScenarioLink } from './shareLink';
import { getBridge } from '../bridge';
import { useLaunchedFiles } from '../bridge/useLaunchedFiles';
import { ExportMenu } from '../export/ExportMenu';
import { DEFAULT_DENSITY, DEFAULT_PRESET } from '../export/presets';
import { ExportPreview } from '../export/ExportPreview';
import type { ExportKind, ExportOptions } from '../export/exportKinds';
import { loadExport } from '../export/loadExport';
import type { BuiltImage } from '../export/runExport';
import { isVariationShown } from '../population/variationSwitch';
import type { ScenarioStore } from '../state/store';
import './documentControls.css';
import { useDocument, type Notice } from './useDocument';
import { useMenuCommands } from './useMenuCommands';
import { useT } from '../i18n';

/** Progress appears only for exports that take longer than this, so quick ones do not flicker. */
const PROGRESS_DELAY_MS = 200;
const INFO_NOTICE_MS = 8000;

/** Undo/redo, open/save and export, with their menu commands and shortcuts, and one notice line. */
export function DocumentControls({
  store,
  sensitivityRegimen,
  sessionRestored = true,
}: {
  store: ScenarioStore;
  /** Files given by the system open after the last session is restored, as an undoable edit over it. */
  sessionRestored?: boolean;
  /** The regimen chosen in the Sensitivity section, for the sensitivity chart exports. */
  sensitivityRegimen: number | null;
}) {
  const tr = useT();
  const doc = useDocument(store);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [options, setOptions] = useState<ExportOptions>({ preset: DEFAULT_PRESET, density: DEFAULT_DENSITY });
  const [progress, setProgress] = useState<{ fraction: number; label: string; visible: boolean } | null>(
    null,
  );
  const fileInput = useRef<HTMLInputElement>(null);
  /** Cancels the export in progress (a long CSV streams for seconds to minutes). */
  const exportAbort = useRef<AbortController | null>(null);
  const busy = progress !== null;

  useEffect(() => {
    // A link shown to copy by hand stays until dismissed.
    if (notice?.kind !== 'info' || notice.link) return;
    const timer = setTimeout(() => setNotice(null), INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const show = (n: Notice | null) => n && setNotice(n);
  const fail = (e: unknown) => setNotice({ kind: 'error', text: e instanceof Error ? e.message : String(e) });

  const open = () => {
    if (getBridge().kind === 'browser') fileInput.current?.click();
    else doc.openWithDialog().then(show, fail);
  };
  const save = (asNew: boolean) => void doc.save(asNew).then(show, fail);
  // A scenario file double-clicked, or given to a second launch of the desktop app.
  useLaunchedFiles(
    () => getBridge().takeLaunchedScenario(),
    (file) =>
      setNotice(
        'error' in file
          ? {
              kind: 'error',
              text: tr.t('doc.couldNotOpen', { file: file.name, error: asSentence(file.error) }),
            }
          : doc.openText(file.path, file.text, file.image),
      ),
    sessionRestored,
  );

  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    try {
      // Size first (nothing is read from a file over the limit), then strict UTF-8 (a BOM is dropped), or
      // the scenario an exported PNG or SVG carries.
      const read = await readPickedScenario(file);
      if (!read.ok) {
        setNotice({
          kind: 'error',
          text: tr.t('doc.couldNotOpen', { file: file.name, error: asSentence(read.error) }),
        });
        return;
      }
      // A large file's parse and schema run in a worker first; openText then takes their answer.
      await parseAhead(read.text);
      setNotice(doc.openText(file.name, read.text, read.source === 'scenario' ? undefined : read.source));
    } catch (e) {
      fail(e);
    }
  };

  const exportAs = useCallback(
    async (kind: ExportKind) => {
      if (busy) return;
      setNotice(null);
      setProgress({ fraction: 0, label: tr.t('doc.preparing'), visible: false });
      const reveal = setTimeout(() => setProgress((p) => p && { ...p, visible: true }), PROGRESS_DELAY_MS);
      const abort = new AbortController();
      exportAbort.current = abort;
      try {
        const { runExport } = await loadExport();
        const outcome = await runExport(
          kind,
          store.scenario,
          { ...options, population: isVariationShown(), sensitivityRegimen },
          (fraction, label) => setProgress((p) => p && { ...p, fraction, label }),
          abort.signal,
        );
        if (!outcome.canceled)
          setNotice({ kind: 'info', text: outcome.message, elapsedMs: outcome.elapsedMs });
        else if (abort.signal.aborted) setNotice({ kind: 'info', text: outcome.message });
      } catch (e) {
        fail(e);
      } finally {
        exportAbort.current = null;
        clearTimeout(reveal);
        setProgress(null);
      }
    },
    [busy, store.scenario, options, sensitivityRegimen, tr],
  );

  /** The image file Save would write, built once and shown; Save from the preview writes those bytes. */
  const [preview, setPreview] = useState<BuiltImage | null>(null);
  const showPreview = async (format: 'png' | 'svg') => {
    if (busy) return;
    setProgress({ fraction: 0, label: tr.t('doc.preparingPreview'), visible: false });
    const reveal = setTimeout(() => setProgress((p) => p && { ...p, visible: true }), PROGRESS_DELAY_MS);
    try {
      const { buildImage } = await loadExport();
      setPreview(
        await buildImage(
          format,
          store.scenario,
          { ...options, population: isVariationShown(), sensitivityRegimen },
          (fraction, label) => setProgress((p) => p && { ...p, fraction, label }),
        ),
      );
    } catch (e) {
      fail(e);
    } finally {
      clearTimeout(reveal);
      setProgress(null);
    }
  };
  const closePreview = useCallback(() => setPreview(null), []);
  const savePreview = async (built: BuiltImage) => {
    setPreview(null);
    try {
      const { saveImage } = await loadExport();
      const saved = await saveImage(built);
      setNotice({ kind: 'info', text: saved.message });
    } catch (e) {
      fail(e);
    }
  };

  const copyLink = async () => {
    const copied = await copyScenarioLink(store.scenario);
    if (copied.kind === 'refused') return setNotice({ kind: 'error', text: copied.error });
    setNotice(
      copied.kind === 'copied'
        ? {
            kind: 'info',
            text: tr.t('doc.copied', { n: copied.url.length }),
          }
        : {
            kind: 'info',
            text: tr.t('doc.copyYourself', { n: copied.url.length }),
            link: copied.url,
          },
    );
  };

  useMenuCommands({
    'scenario:new': () => setNotice(doc.newScenario()),
    'scenario:open': open,
    'scenario:save': () => save(false),
    'scenario:saveAs': () => save(true),
    'export:png': () => void exportAs('png'),
    'export:svg': () => void exportAs('svg'),
    'export:csv': () => void exportAs('csv'),
    'export:copy': () => void exportAs('copy'),
    'export:sensitivity-png': () => void exportAs('sensitivity-png'),
    'export:sensitivity-svg': () => void exportAs('sensitivity-svg'),
    'edit:undo': store.undo,
    'edit:redo': store.redo,
  });

  return (
    <div className="doc-controls">
      <div className="doc-group" role="group" aria-label={tr.t('doc.history')}>
        <button
          type="button"
          className="doc-button"
          onClick={store.undo}
          disabled={!store.canUndo}
          title={tr.t('doc.undoTitle')}
        >
          <span aria-hidden="true">↶ </span>
          {tr.t('doc.undo')}
        </button>
        <button
          type="button"
          className="doc-button"
          onClick={store.redo}
          disabled={!store.canRedo}
          title={tr.t('doc.redoTitle')}
        >
          <span aria-hidden="true">↷ </span>
          {tr.t('doc.redo')}
        </button>
      </div>
      <div className="doc-group" role="group" aria-label={tr.t('doc.file')}>
        <button
          type="button"
          className="doc-button"
          onClick={open}
          aria-label={tr.t('doc.openLabel')}
          title={tr.t('doc.openTitle')}
        >
          {tr.t('doc.open')}
        </button>
        <button
          type="button"
          className="doc-button"
          onClick={() => save(false)}
          aria-label={tr.t('doc.saveLabel')}
          title={tr.t('doc.saveTitle')}
        >
          {tr.t('doc.save')}
        </button>
        <button
          type="button"
          className="doc-button"
          onClick={() => save(true)}
          aria-label={tr.t('doc.saveAsLabel')}
          title={tr.t('doc.saveAsTitle')}
        >
          {tr.t('doc.saveAs')}
        </button>
        <span className="dirty-state" data-dirty={doc.dirty}>
          {tr.t(doc.dirty ? 'doc.dirty' : 'doc.saved')}
        </span>
        <input
          ref={fileInput}
          type="file"
          accept={SCENARIO_ACCEPT}
          hidden
          aria-label={tr.t('doc.fileInput')}
          data-testid="scenario-file-input"
          onChange={(e) => void onFileChosen(e)}
        />
      </div>
      <ExportMenu
        options={options}
        onOptions={setOptions}
        onExport={(k) => void exportAs(k)}
        onPreview={() => void showPreview('png')}
        onCopyLink={getBridge().kind === 'browser' ? () => void copyLink().catch(fail) : undefined}
        busy={busy}
      />
      {preview && (
        <ExportPreview
          built={preview}
          onFormat={(format) => void showPreview(format)}
          onSave={() => void savePreview(preview)}
          onClose={closePreview}
        />
      )}
      {progress?.visible && (
        <div className="export-progress" role="status">
          {progress.label}… <progress value={progress.fraction} max={1} aria-label={tr.t('doc.progress')} />
          <button type="button" className="doc-button" onClick={() => exportAbort.current?.abort()}>
            {tr.t('doc.cancelExport')}
          </button>
        </div>
      )}
      {notice && (
        <div
          className={`doc-notice ${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-elapsed-ms={notice.elapsedMs === undefined ? undefined : Math.round(notice.elapsedMs)}
        >
          <span>{notice.text}</span>
          {notice.link && (
            <input
              className="share-link"
              type="text"
              readOnly
              value={notice.link}
              aria-label={tr.t('doc.linkLabel')}
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
          <button
            type="button"
            className="notice-close"
            aria-label={tr.t('doc.dismiss')}
            onClick={() => setNotice(null)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
