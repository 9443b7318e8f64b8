import { useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_FIGURE_OPTIONS, type FigureOptions } from './figureSpec';
import { DENSITIES, pngPixelSize, SIZE_PRESETS, type Density, type SizePresetId } from './presets';
import { type ExportKind, type ExportOptions } from './exportKinds';
import { useT } from '../i18n';

export interface ExportMenuProps {
  options: ExportOptions;
  onOptions: (options: ExportOptions) => void;
  onExport: (kind: ExportKind) => void;
  /** Shows the image file that Save would write (PNG first), before writing it. */
  onPreview?: () => void;
  /** "Copy link": the browser version only (a link needs the web page's address to open). */
  onCopyLink?: () => void;
  busy: boolean;
}

/** As .export-panel's width in documentControls.css. */
const PANEL_WIDTH_PX = 300;

const KINDS: readonly ExportKind[] = [
  'png',
  'svg',
  'csv',
  'parameters',
  'copy',
  'sensitivity-png',
  'sensitivity-svg',
];

const PANEL_CHOICES: readonly { id: FigureOptions['panels']; label: string }[] = [
  { id: 'both', label: 'Both' },
  { id: 'plasma', label: 'Plasma' },
  { id: 'tissue', label: 'Tissue' },
];

/** The "Export" button and its panel: the four exports, image size and PNG pixel density. */
export function ExportMenu({ options, onOptions, onExport, onPreview, onCopyLink, busy }: ExportMenuProps) {
  const tr = useT();
  const [open, setOpen] = useState(false);
  const [alignStart, setAlignStart] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const preset = SIZE_PRESETS[options.preset];
  const figure = options.figure ?? DEFAULT_FIGURE_OPTIONS;
  const setFigure = (change: Partial<FigureOptions>) =>
    onOptions({ ...options, figure: { ...figure, ...change } });
  const px = pngPixelSize(preset, options.density);
  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="doc-button primary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          // The panel hangs from the button's right edge, unless that would push it off the window's left
          // edge (a narrow window wraps the header and puts the button near the left).
          const left = button.current?.getBoundingClientRect().left ?? Infinity;
          setAlignStart(left < PANEL_WIDTH_PX);
          setOpen((o) => !o);
        }}
      >
        {tr.t('header.export')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          id={panelId}
          className="export-panel"
          data-align={alignStart ? 'start' : 'end'}
          role="group"
          aria-label={tr.t('header.export')}
        >
          <div className="export-actions">
            {KINDS.map((kind) => (
              <button
                key={kind}
                type="button"
                className="export-action"
                disabled={busy}
                onClick={() => {
                  setOpen(false);
                  onExport(kind);
                }}
              >
                {tr.t('export.kind', { kind: kind.replace('-', '_') })}
              </button>
            ))}
            {onPreview && (
              <button
                type="button"
                className="export-action"
                disabled={busy}
                onClick={() => {
                  setOpen(false);
                  onPreview();
                }}
              >
                {tr.t('export.preview')}
              </button>
            )}
            {onCopyLink && (
              <button
                type="button"
                className="export-action"
                onClick={() => {
                  setOpen(false);
                  onCopyLink();
                }}
              >
                {tr.t('export.copyLink')}
              </button>
            )}
          </div>
          <fieldset className="export-option">
            <legend>{tr.t('export.size')}</legend>
            {(Object.keys(SIZE_PRESETS) as SizePresetId[]).map((id) => (
              <label key={id}>
                <input
                  type="radio"
                  name={`${panelId}-preset`}
                  checked={options.preset === id}
                  onChange={() => onOptions({ ...options, preset: id })}
                />
                {tr.t('export.sizeName', { id })}
              </label>
            ))}
          </fieldset>
          <fieldset className="export-option">
            <legend>{tr.t('export.panels')}</legend>
            {PANEL_CHOICES.map((c) => (
              <label key={c.id}>
                <input
                  type="radio"
                  name={`${panelId}-panels`}
                  checked={figure.panels === c.id}
                  onChange={() => setFigure({ panels: c.id })}
                />
                {tr.t('export.panel', { id: c.id })}
              </label>
            ))}
          </fieldset>
          <fieldset className="export-option">
            <legend>{tr.t('export.text')}</legend>
            <label>
              <input
                type="checkbox"
                checked={figure.title}
                onChange={(e) => setFigure({ title: e.target.checked })}
              />
              {tr.t('export.titleCaption')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={figure.footer}
                onChange={(e) => setFigure({ footer: e.target.checked })}
              />
              {tr.t('export.footer')}
            </label>
          </fieldset>
          <fieldset className="export-option">
            <legend>{tr.t('export.density')}</legend>
            {DENSITIES.map((d: Density) => (
              <label key={d}>
                <input
                  type="radio"
                  name={`${panelId}-density`}
                  checked={options.density === d}
                  onChange={() => onOptions({ ...options, density: d })}
                />
                {d}x
              </label>
            ))}
          </fieldset>
          <p className="export-hint">
            {tr.t('export.hint', {
              w: String(px.width),
              h: String(px.height),
              dpi:
                options.preset === 'print'
                  ? tr.t('export.dpi', { dpi: preset.dpiAt1x * options.density })
                  : '',
              sw: String(preset.widthPx),
              sh: String(preset.heightPx),
              link: onCopyLink ? 'yes' : 'no',
            })}
          </p>
        </div>
      )}
    </div>
  );
}
