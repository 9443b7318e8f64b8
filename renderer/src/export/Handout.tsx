import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { getBridge } from '../bridge';
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
  const pages = useMemo(() => lessonPages(lesson), [lesson]);
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
    if (!result.ok) setStatus({ text: `Could not save the handout: ${result.error}`, error: true });
    else if (result.data.canceled) setStatus({ text: 'Not saved.', error: false });
    else if (result.data.path !== null) {
      const name = result.data.path.split(/[\\/]/).pop() ?? result.data.path;
      setStatus({ text: `Saved ${name} (${pages.length} pages, one per scene).`, error: false });
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
      aria-label={`Handout: ${lesson.title}`}
      data-testid="handout"
      onKeyDown={onKeyDown}
    >
      <div className="handout-toolbar">
        <p className="handout-about">
          {pages.length} pages, one per scene (A4).{' '}
          {electron
            ? 'Save as PDF writes them to a file.'
            : 'Save as PDF opens the print dialog: choose “Save as PDF” as the printer.'}
        </p>
        <button ref={saveRef} type="button" onClick={() => void save()} disabled={busy}>
          {busy ? 'Saving…' : 'Save as PDF…'}
        </button>
        <button type="button" onClick={onClose}>
          Close (Esc)
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
  return (
    <section
      className="handout-page"
      aria-label={`Page ${page.number}: ${page.title}`}
      data-testid="handout-page"
    >
      <header className="handout-head">
        <span>{lessonTitle}</span>
        <span>
          Scene {page.number} of {count}
        </span>
      </header>
      <h2 className="handout-title">{page.title}</h2>
      {page.predicts && (
        <div className="handout-predict" data-testid="handout-predict">
          <p className="handout-predict-label">
            Your prediction: before the reveal, sketch the curve you expect here (when does it peak, how high,
            how fast does it fall?).
          </p>
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
        <p className="handout-schedule">Simulated: {page.schedule}.</p>
        <p className="handout-sources">
          <strong>Sources:</strong> {page.sources.map((s) => s.full).join(' · ')}
        </p>
        {page.cautions.length > 0 && (
          <p className="handout-caution">
            <strong>On warfarin or another vitamin K antagonist?</strong> {page.cautions.join(' ')}
          </p>
        )}
        <p className="handout-colophon">K2 Kinetics {APP_VERSION} · educational model, not dosing advice</p>
      </div>
    </section>
  );
}
