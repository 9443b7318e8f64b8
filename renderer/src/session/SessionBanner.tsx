import '../view/view.css';
import { setSessionNotices, useSessionNotices } from './sessionNotices';

const n = (x: number) => x.toLocaleString('en');

/** The heavy-session question and a failed recovery save, above the app. */
export function SessionBanner() {
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
            Your last session is large ({n(prompt.doses)} doses, {n(prompt.points)} points). Load it?
          </h2>
          <p id="restore-body">
            Loading it takes a while; the page stays usable and you can cancel. If you start fresh, the
            session is kept for recovery until you change the new scenario.
          </p>
          <button type="button" onClick={prompt.load}>
            Load
          </button>
          <button type="button" onClick={prompt.startFresh}>
            Start fresh
          </button>
        </div>
      )}
      {info && (
        <div className="app-banner" role="status">
          {info}
          <button type="button" onClick={() => setSessionNotices({ info: null })}>
            Dismiss
          </button>
        </div>
      )}
      {linkError && (
        <div className="app-banner error" role="alert">
          {linkError}
          <button type="button" onClick={() => setSessionNotices({ linkError: null })}>
            Dismiss
          </button>
        </div>
      )}
      {saveError && (
        <div className="app-banner error" role="alert">
          {saveError}
          <button type="button" onClick={() => setSessionNotices({ saveError: null })}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
