import { useEffect, useMemo, useRef, useState } from 'react';
import type { AppTranslator } from '../i18n/locale';
import { useT } from '../i18n';
import type { BuiltImage } from './runExport';

export interface ExportPreviewProps {
  built: BuiltImage;
  /** Builds the other format with the same options (the dialog then shows that file). */
  onFormat: (format: 'png' | 'svg') => void;
  onSave: () => void;
  onClose: () => void;
}

const fileSize = (bytes: number, tr: AppTranslator) =>
  bytes >= 1e6
    ? tr.t('preview.MB', { n: tr.num(Math.round(bytes / 1e5) / 10) })
    : tr.t('preview.kB', { n: tr.num(Math.max(1, Math.round(bytes / 1e3))) });

/**
 * The export preview: the file Save will write, shown from its own bytes (a blob: URL of the PNG or SVG
 * content, scenario chunk and all), not a re-drawing; Save hands those same bytes to the bridge.
 */
export function ExportPreview({ built, onFormat, onSave, onClose }: ExportPreviewProps) {
  const tr = useT();
  const closeButton = useRef<HTMLButtonElement>(null);
  const blob = useMemo(
    () =>
      new Blob([typeof built.content === 'string' ? built.content : new Uint8Array(built.content)], {
        type: built.format === 'png' ? 'image/png' : 'image/svg+xml',
      }),
    [built],
  );
  const url = useMemo(() => URL.createObjectURL(blob), [blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  // The format asked for shows at once; the file shown (and saved) stays the built one until the new one is
  // ready. Remembered with the file it was asked over, so a newly built file resets it without an effect.
  const [asked, setAsked] = useState<{ over: BuiltImage; format: 'png' | 'svg' } | null>(null);
  const askedFormat = asked && asked.over === built ? asked.format : built.format;
  const building = askedFormat !== built.format;
  const label = built.format.toUpperCase();
  return (
    <div className="export-preview-backdrop" onClick={onClose}>
      <div
        className="export-preview"
        role="dialog"
        aria-modal="true"
        aria-label={tr.t('preview.label')}
        onClick={(e) => e.stopPropagation()}
      >
        <div className="export-preview-head">
          <fieldset className="export-option">
            <legend>{tr.t('preview.legend')}</legend>
            {(['png', 'svg'] as const).map((f) => (
              <label key={f}>
                <input
                  type="radio"
                  name="export-preview-format"
                  checked={askedFormat === f}
                  onChange={() => {
                    setAsked({ over: built, format: f });
                    onFormat(f);
                  }}
                />
                {f.toUpperCase()}
              </label>
            ))}
          </fieldset>
          <p data-testid="export-preview-facts" aria-live="polite">
            {building && `${tr.t('preview.building', { format: askedFormat.toUpperCase() })} `}
            {tr.t('preview.facts', { name: built.name, size: built.size, bytes: fileSize(blob.size, tr) })}
          </p>
        </div>
        <div className="export-preview-image">
          <img src={url} alt={tr.t('preview.alt', { format: label, name: built.name })} />
        </div>
        <div className="export-preview-actions">
          <button type="button" className="doc-button primary" onClick={onSave} disabled={building}>
            {tr.t('preview.save', { format: label })}
          </button>
          <button ref={closeButton} type="button" className="doc-button" onClick={onClose}>
            {tr.t('preview.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
