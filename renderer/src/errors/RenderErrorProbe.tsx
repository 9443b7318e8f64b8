import { useEffect, useState } from 'react';
import { FORCE_RENDER_ERROR_EVENT } from './forceRenderError';

/**
 * Throws while rendering after a `k2:force-render-error` event, to prove in a real browser that a render
 * error shows the boundary and that going back restores. Renders nothing otherwise. Only script running in
 * the page can send the event, and all it can do is show the recovery message.
 */
export function RenderErrorProbe() {
  const [fail, setFail] = useState(false);
  useEffect(() => {
    const onForce = () => setFail(true);
    window.addEventListener(FORCE_RENDER_ERROR_EVENT, onForce);
    return () => window.removeEventListener(FORCE_RENDER_ERROR_EVENT, onForce);
  }, []);
  if (fail) throw new Error('A test asked this view to fail while drawing.');
  return null;
}
