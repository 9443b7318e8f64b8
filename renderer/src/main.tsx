import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './errors/ErrorBoundary';
import { RenderErrorProbe } from './errors/RenderErrorProbe';
import { I18nProvider, initialLanguage, setCurrentTranslator, translatorFor } from './i18n';
import { SessionBanner } from './session/SessionBanner';
import { ViewProbe } from './view/ViewProbe';
import './styles.css';
import './phone.css';
import { registerServiceWorker } from './bridge/serviceWorker';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The UI's language is ready before the first render, so a German system never flashes English.
void translatorFor(initialLanguage()).then((tr) => {
  setCurrentTranslator(tr);
  createRoot(root).render(
    <StrictMode>
      <I18nProvider initial={tr}>
        {window.location.hash === '#view-probe' ? (
          <ViewProbe />
        ) : (
          <>
            <SessionBanner />
            <ErrorBoundary what="the app">
              <RenderErrorProbe />
              <App />
            </ErrorBoundary>
          </>
        )}
      </I18nProvider>
    </StrictMode>,
  );
});

registerServiceWorker();
