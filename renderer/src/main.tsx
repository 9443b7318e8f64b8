import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './errors/ErrorBoundary';
import { RenderErrorProbe } from './errors/RenderErrorProbe';
import { I18nProvider, initialLanguage, setCurrentTranslator, translatorFor } from './i18n';
import { SessionBanner } from './session/SessionBanner';
import { StudentLink } from './files/StudentLink';
import { provideLessonMaterials } from './presentation/lessonMaterials';
import { ViewProbe } from './view/ViewProbe';
import './styles.css';
import './phone.css';
import { registerServiceWorker } from './bridge/serviceWorker';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Slides and handouts: the export code, fetched when presentation mode first asks for it.
provideLessonMaterials(() => import('./export/lessonMaterials'));
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
              <StudentLink />
            </ErrorBoundary>
          </>
        )}
      </I18nProvider>
    </StrictMode>,
  );
});

registerServiceWorker();
