import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { getBridge } from '../bridge';
import { useT } from '../i18n';
import { fileSlug } from '../../../sim/text/fileSlug';
import type { Lesson } from '../presentation/lesson';
import { APP_VERSION } from './appVersion';
import { lessonPages, type LessonPage } from './lessonPages';
import './handout.css';

export interface HandoutProps {
  lesson: Lesson;
  onClose: () => void;
}

/** "vitamin-k-kinetics-handout.pdf". */
export function handoutFileName(title: string): string {
  return `${fileSlug(title) || 'lesson'}-handout.pdf`;
}

/** The export figure's SVG placed inline: the XML declaration belongs to a file, not to a page. */
function inlineSvg(svg: string): string {
  return svg.replace(/^<\?xml[^>]*>\s*/, '');
}

/**
 * The lesson handout: one A4 page per scene with the figure as the export draws it, the caption, the sources and,
 * where the scene predicts, an empty frame for the student's prediction. On screen it is a stack of pages with
 * Save as PDF and Close; in print (handout.css) only the pages are laid out, one a page (`break-after: page`).
 * The desktop app saves the PDF itself (handout:printToPdf); the browser opens its print dialog.
 */
export function Handout({ lesson, onClose }: HandoutProps) {
  const tr = useT();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tr: the pages' words are in the UI's language
  const pages = useMemo(() => lessonPages(lesson), [lesson, tr]);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const electron = getBridge().kind === 'electron';

  useEffect(() => {
    saveRef.current?.focus();
    // Keyboard focus stays in the handout while it is open (presentation mode keeps its own focus trap).
    const guard = (event: FocusEvent): void => {
      const root = rootRef.current;
      if (root && event.target instanceof Node && !root.contains(event.target)) saveRef.current?.focus();
    };
    document.addEventListener('focusin', guard);
    document.body.classList.add('printing-handout');
    return () => {
      document.removeEventListener('focusin', guard);
      document.body.classList.remove('printing-handout');
    };
  }, []);

  const save = async (): Promise<void> => {
    setBusy(true);
    setStatus(null);
    const result = await getBridge().printHandout({
      suggestedName: handoutFileName(lesson.title),
      pages: pages.length,
    });
    setBusy(false);
    if (!result.ok) setStatus({ text: tr.t('pres.handout.notSaved', { error: result.error }), error: true });
    else if (result.data.canceled) setStatus({ text: tr.t('pres.handout.canceled'), error: false });
    else if (result.data.path !== null) {
      const name = result.data.path.split(/[\\/]/).pop() ?? result.data.path;
      setStatus({ text: tr.t('pres.handout.saved', { name, n: pages.length }), error: false });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Esc closes the handout only, not presentation mode behind it.
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      ref={rootRef}
      className="handout"
      role="dialog"
      aria-modal="true"
      aria-label={tr.t('pres.handout.label', { title: lesson.title })}
      data-testid="handout"
      onKeyDown={onKeyDown}
    >
      <div className="handout-toolbar">
        <p className="handout-about">
          {tr.t('pres.handout.about', { n: pages.length })}{' '}
          {electron ? tr.t('pres.handout.saveWrites') : tr.t('pres.handout.savePrints')}
        </p>
        <button ref={saveRef} type="button" onClick={() => void save()} disabled={busy}>
          {busy ? tr.t('pres.handout.saving') : tr.t('pres.handout.save')}
        </button>
        <button type="button" onClick={onClose}>
          {tr.t('pres.handout.close')}
        </button>
        {status && (
          <p className={status.error ? 'handout-status handout-error' : 'handout-status'} role="status">
            {status.text}
          </p>
        )}
      </div>
      <div className="handout-pages">
        {pages.map((page) => (
          <HandoutPage key={page.number} page={page} lessonTitle={lesson.title} count={pages.length} />
        ))}
      </div>
    </div>
  );
}

function HandoutPage({ page, lessonTitle, count }: { page: LessonPage; lessonTitle: string; count: number }) {
  const tr = useT();
  return (
    <section
      className="handout-page"
      aria-label={tr.t('pres.handout.page', { n: page.number, title: page.title })}
      data-testid="handout-page"
    >
      <header className="handout-head">
        <span>{lessonTitle}</span>
        <span>{tr.t('pres.mode.sceneOf', { n: page.number, count })}</span>
      </header>
      <h2 className="handout-title">{page.title}</h2>
      {page.predicts && (
        <div className="handout-predict" data-testid="handout-predict">
          <p className="handout-predict-label">{tr.t('pres.handout.predict')}</p>
        </div>
      )}
      <figure className="handout-figure">
        <div
          className="handout-svg"
          role="img"
          aria-label={page.figure.alt}
          // The export's own SVG text (react-dom/server of the chart kit), no user markup: names are escaped there.
          dangerouslySetInnerHTML={{ __html: inlineSvg(page.figure.svg) }}
        />
        <figcaption className="handout-caption">{page.caption}</figcaption>
      </figure>
      <div className="handout-foot">
        <p className="handout-schedule">{tr.t('pres.handout.simulated', { schedule: page.schedule })}</p>
        <p className="handout-sources">
          <strong>{tr.t('pres.handout.sources')}</strong> {page.sources.map((s) => s.full).join(' · ')}
        </p>
        {page.cautions.length > 0 && (
          <p className="handout-caution">
            <strong>{tr.t('pres.export.cautionHead')}</strong> {page.cautions.join(' ')}
          </p>
        )}
        <p className="handout-colophon">{tr.t('pres.export.colophon', { version: APP_VERSION })}</p>
      </div>
    </section>
  );
}
