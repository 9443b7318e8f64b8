import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './errors/ErrorBoundary';
import { RenderErrorProbe } from './errors/RenderErrorProbe';
import { SessionBanner } from './session/SessionBanner';
import { ViewProbe } from './view/ViewProbe';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
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
  </StrictMode>,
);
