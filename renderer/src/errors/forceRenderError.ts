/** The window event that makes the next render throw (end-to-end tests of the error boundary). */
export const FORCE_RENDER_ERROR_EVENT = 'k2:force-render-error';
