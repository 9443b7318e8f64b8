import '../view/view.css';
import { setSessionNotices, useSessionNotices } from './sessionNotices';
import { useT } from '../i18n';

/** The heavy-session question and a failed recovery save, above the app. */
export function SessionBanner() {
  const tr = useT();
  const n = (x: number) => tr.num(x);
  const { info, saveError, prompt, linkError } = useSessionNotices();
  return (
    <>
      {prompt && (
        <div
          className="app-banner"
          role="alertdialog"
          aria-labelledby="restore-title"
          aria-describedby="restore-body"
        >
          <h2 id="restore-title">
            {tr.t('session.large', { doses: n(prompt.doses), points: n(prompt.points) })}
          </h2>
          <p id="restore-body">{tr.t('session.largeBody')}</p>
          <button type="button" onClick={prompt.load}>
            {tr.t('session.load')}
          </button>
          <button type="button" onClick={prompt.startFresh}>
            {tr.t('session.fresh')}
          </button>
        </div>
      )}
      {info && (
        <div className="app-banner" role="status">
          {info}
          <button type="button" onClick={() => setSessionNotices({ info: null })}>
            {tr.t('session.dismiss')}
          </button>
        </div>
      )}
      {linkError && (
        <div className="app-banner error" role="alert">
          {linkError}
          <button type="button" onClick={() => setSessionNotices({ linkError: null })}>
            {tr.t('session.dismiss')}
          </button>
        </div>
      )}
      {saveError && (
        <div className="app-banner error" role="alert">
          {saveError}
          <button type="button" onClick={() => setSessionNotices({ saveError: null })}>
            {tr.t('session.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
