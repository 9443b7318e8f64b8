import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { lessonLink } from '../../../sim/share/lessonLink';
import { serializeLesson, type Lesson } from './lesson';
import { currentTranslator } from '../i18n/locale';
import { useT } from '../i18n';

/**
 * Most characters a QR code holds as bytes: version 40 at error correction L (ISO/IEC 18004, table 7). A
 * projected code is not scratched or folded, so L's 7% recovery is enough and leaves the most room.
 */
export const QR_MAX_BYTES = 2953;

type Extent = 'scene' | 'lesson';

/** The lesson to share: the whole lesson, or the current scene alone under the lesson's title. */
export function sharedLesson(lesson: Lesson, extent: Extent, sceneIndex: number): Lesson {
  return extent === 'lesson' ? lesson : { title: lesson.title, scenes: [lesson.scenes[sceneIndex]!] };
}

interface QrMatrix {
  size: number;
  dark: (row: number, col: number) => boolean;
}

/** The QR code's modules for `text` (qrcode-generator, loaded on first use), or null when it cannot hold it. */
async function qrFor(text: string): Promise<QrMatrix | null> {
  if (new TextEncoder().encode(text).length > QR_MAX_BYTES) return null;
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'L');
  qr.addData(text, 'Byte');
  qr.make();
  return { size: qr.getModuleCount(), dark: (r, c) => qr.isDark(r, c) };
}

/** The dark modules as one SVG path, with the 4-module quiet zone the standard asks for around the code. */
function QrCode({ matrix, label }: { matrix: QrMatrix; label: string }) {
  const quiet = 4;
  const side = matrix.size + 2 * quiet;
  let d = '';
  for (let r = 0; r < matrix.size; r++) {
    for (let c = 0; c < matrix.size; c++) {
      if (matrix.dark(r, c)) d += `M${c + quiet} ${r + quiet}h1v1h-1z`;
    }
  }
  return (
    <svg
      className="share-qr"
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      data-testid="share-qr"
      data-modules={matrix.size}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}

export interface ShareLessonProps {
  lesson: Lesson;
  sceneIndex: number;
  onClose: () => void;
}

/**
 * Whether a link on this host can open on a student's phone: localhost and loopback addresses name the
 * teacher's own computer, so a QR code of them opens nothing elsewhere.
 */
export function hostOnlyThisComputer(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1';
}

/**
 * "Share with the class": a link and its QR code that open the current scene or the whole lesson in students'
 * browsers, in student mode. The lesson travels in the link's fragment (#lesson=), which browsers never send to
 * a server: nothing is uploaded, and the link works from any copy of the browser version.
 */
export function ShareLesson({ lesson, sceneIndex, onClose }: ShareLessonProps) {
  const tr = useT();
  const [extent, setExtent] = useState<Extent>('scene');
  const [qr, setQr] = useState<{ url: string; matrix: QrMatrix | null } | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);

  const link = useMemo(() => {
    const shared = sharedLesson(lesson, extent, sceneIndex);
    const base = `${window.location.origin}${window.location.pathname}`;
    return lessonLink(base, serializeLesson(shared), extent, currentTranslator());
  }, [lesson, extent, sceneIndex]);

  useEffect(() => {
    if (!link.ok) return;
    let current = true;
    void qrFor(link.url).then((matrix) => current && setQr({ url: link.url, matrix }));
    return () => {
      current = false;
    };
  }, [link]);

  useEffect(() => {
    firstRef.current?.focus();
    const guard = (event: FocusEvent): void => {
      const root = rootRef.current;
      if (root && event.target instanceof Node && !root.contains(event.target)) firstRef.current?.focus();
    };
    document.addEventListener('focusin', guard);
    return () => document.removeEventListener('focusin', guard);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      // Closes the dialog only, not presentation mode behind it.
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  const copy = async (url: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(tr.t('pres.share.copied'));
    } catch {
      setCopied(tr.t('pres.share.copyRefused'));
    }
  };

  const shownQr = link.ok && qr?.url === link.url ? qr : null;
  return (
    <div
      ref={rootRef}
      className="share-lesson"
      role="dialog"
      aria-modal="true"
      aria-labelledby="share-lesson-title"
      data-testid="share-lesson"
      onKeyDown={onKeyDown}
    >
      <div className="share-card">
        <h2 id="share-lesson-title">{tr.t('pres.share.title')}</h2>
        <fieldset className="share-extent">
          <legend>{tr.t('pres.share.legend')}</legend>
          <label>
            <input
              ref={firstRef}
              type="radio"
              name="share-extent"
              checked={extent === 'scene'}
              onChange={() => setExtent('scene')}
            />
            {tr.t('pres.share.thisScene', {
              n: sceneIndex + 1,
              title: lesson.scenes[sceneIndex]?.title ?? '',
            })}
          </label>
          <label>
            <input
              type="radio"
              name="share-extent"
              checked={extent === 'lesson'}
              onChange={() => setExtent('lesson')}
            />
            {tr.t('pres.share.wholeLesson', { n: lesson.scenes.length })}
          </label>
        </fieldset>
        {link.ok ? (
          <div className="share-body">
            {shownQr?.matrix ? (
              <QrCode matrix={shownQr.matrix} label={tr.t('pres.share.qr', { n: tr.num(link.url.length) })} />
            ) : shownQr ? (
              <p className="share-note share-qr-note" data-testid="share-no-qr">
                {tr.t('pres.share.tooLong', { n: tr.num(link.url.length), max: tr.num(QR_MAX_BYTES) })}
              </p>
            ) : (
              <p className="share-note share-qr-note">{tr.t('pres.share.drawing')}</p>
            )}
            <div className="share-side">
              <label className="share-link">
                <span>{tr.t('pres.share.link', { n: tr.num(link.url.length) })}</span>
                <input
                  type="text"
                  readOnly
                  value={link.url}
                  data-testid="share-url"
                  onFocus={(e) => e.currentTarget.select()}
                />
              </label>
              <p className="share-actions">
                <button type="button" onClick={() => void copy(link.url)}>
                  {tr.t('pres.share.copy')}
                </button>
                {copied && <span role="status">{copied}</span>}
              </p>
              {hostOnlyThisComputer(window.location.hostname) && (
                <p className="share-note share-error" role="alert" data-testid="share-local-host">
                  {tr.t('pres.share.localHost', { host: window.location.host })}
                </p>
              )}
              <p className="share-note">{tr.t('pres.share.about')}</p>
            </div>
          </div>
        ) : (
          <p className="share-note share-error" role="alert" data-testid="share-refused">
            {link.error}
          </p>
        )}
        <p className="share-actions">
          <button type="button" onClick={onClose}>
            {tr.t('pres.share.close')}
          </button>
        </p>
      </div>
    </div>
  );
}
