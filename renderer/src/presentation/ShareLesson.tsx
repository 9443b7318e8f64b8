import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { lessonLink } from '../../../sim/share/lessonLink';
import { serializeLesson, type Lesson } from './lesson';
import { currentTranslator } from '../i18n/locale';

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
      setCopied('Link copied.');
    } catch {
      setCopied('The browser did not allow copying: select the link and copy it by hand.');
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
        <h2 id="share-lesson-title">Share with the class</h2>
        <fieldset className="share-extent">
          <legend>Share</legend>
          <label>
            <input
              ref={firstRef}
              type="radio"
              name="share-extent"
              checked={extent === 'scene'}
              onChange={() => setExtent('scene')}
            />
            This scene ({sceneIndex + 1}: {lesson.scenes[sceneIndex]?.title})
          </label>
          <label>
            <input
              type="radio"
              name="share-extent"
              checked={extent === 'lesson'}
              onChange={() => setExtent('lesson')}
            />
            The whole lesson ({lesson.scenes.length} scenes)
          </label>
        </fieldset>
        {link.ok ? (
          <div className="share-body">
            {shownQr?.matrix ? (
              <QrCode matrix={shownQr.matrix} label={`QR code of the link (${link.url.length} characters)`} />
            ) : shownQr ? (
              <p className="share-note share-qr-note" data-testid="share-no-qr">
                This link is too long for a QR code ({link.url.length.toLocaleString('en')} characters; a QR
                code holds at most {QR_MAX_BYTES.toLocaleString('en')}): send the link itself, or share one
                scene.
              </p>
            ) : (
              <p className="share-note share-qr-note">Drawing the QR code…</p>
            )}
            <div className="share-side">
              <label className="share-link">
                <span>Link ({link.url.length.toLocaleString('en')} characters)</span>
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
                  Copy link
                </button>
                {copied && <span role="status">{copied}</span>}
              </p>
              {hostOnlyThisComputer(window.location.hostname) && (
                <p className="share-note share-error" role="alert" data-testid="share-local-host">
                  This address ({window.location.host}) opens only on this computer: students’ phones cannot
                  reach it. Open the app from an address they can reach (the school’s web server or a
                  published copy of the browser version), then share again.
                </p>
              )}
              <p className="share-note">
                Students open it in the browser version, on a phone too, in student mode: predictions first
                where the lesson asks for them, and no editing. The lesson is inside the link itself: nothing
                is sent anywhere.
              </p>
            </div>
          </div>
        ) : (
          <p className="share-note share-error" role="alert" data-testid="share-refused">
            {link.error}
          </p>
        )}
        <p className="share-actions">
          <button type="button" onClick={onClose}>
            Close (Esc)
          </button>
        </p>
      </div>
    </div>
  );
}
