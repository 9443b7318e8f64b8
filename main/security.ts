/**
 * Security policies for the app window, as plain functions so they are unit-tested without Electron.
 * main/index.ts wires them to session.webRequest, will-navigate, setWindowOpenHandler and the permission
 * handlers. Default is deny: the renderer is a local single-page app that never needs to leave its page.
 */

/**
 * The Content-Security-Policy for the renderer.
 *
 * Production: everything from the app itself and nothing else. `style-src 'unsafe-inline'` is needed because
 * React and recharts set inline `style` attributes; scripts stay strict ('self' only, never 'unsafe-eval').
 * Development adds what the Vite dev server needs: its inline React Refresh preamble script and the HMR
 * websocket on localhost.
 *
 * Delivered two ways: as a response header from session.webRequest.onHeadersReceived (main/index.ts), and as
 * a `<meta http-equiv>` tag injected into the built index.html by electron.vite.config.ts, because Electron
 * does not reliably run webRequest hooks for file:// pages (see {@link contentSecurityPolicyForMeta}).
 */
export function contentSecurityPolicy(isDev: boolean): string {
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', isDev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', isDev ? ["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*'] : ["'self'"]],
    ['worker-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/**
 * The production policy minus `frame-ancestors`, which browsers ignore (with a console error) in a meta tag.
 */
export function contentSecurityPolicyForMeta(): string {
  return contentSecurityPolicy(false)
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}

/** Response headers with our CSP set, replacing any CSP header the response already had (any casing). */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  isDev: boolean,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy(isDev)];
  return result;
}

/**
 * Hosts whose https pages may open in the user's browser: literature links (DOI, PubMed, PMC, PubChem) and
 * the NIH fact sheet behind "Learn more". Exact host names, no wildcards.
 */
export const ALLOWED_EXTERNAL_HOSTS: readonly string[] = [
  'doi.org',
  'pubmed.ncbi.nlm.nih.gov',
  'pmc.ncbi.nlm.nih.gov',
  'www.ncbi.nlm.nih.gov',
  'pubchem.ncbi.nlm.nih.gov',
  'ods.od.nih.gov',
];

/** The Help menu's "Learn more" page (NIH Office of Dietary Supplements, vitamin K fact sheet). */
export const LEARN_MORE_URL = 'https://ods.od.nih.gov/factsheets/VitaminK-HealthProfessional/';

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for https URLs on an allow-listed host, with no credentials and no explicit port: only these are ever
 * handed to shell.openExternal, so a compromised renderer cannot launch other protocols (file:, smb:, custom
 * app schemes) or arbitrary sites.
 */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    ALLOWED_EXTERNAL_HOSTS.includes(parsed.hostname)
  );
}

/**
 * True when `url` is a page of the app loaded from `appUrl`: same origin for the dev server (http), same
 * file path for a file:// build (file URLs all share the opaque origin "null", so the origin says nothing).
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const target = parseUrl(url);
  const app = parseUrl(appUrl);
  if (!target || !app) return false;
  if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
  return (app.protocol === 'http:' || app.protocol === 'https:') && target.origin === app.origin;
}

function withoutHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

export type NavigationDecision = 'allow' | 'deny' | 'open-external';

/**
 * What to do when the window is about to navigate. The app is a single page, so only a same-document move
 * (same URL, the hash may differ) is allowed; allow-listed https links open in the user's browser instead;
 * everything else is refused.
 */
export function navigationDecision(currentUrl: string, targetUrl: string): NavigationDecision {
  const current = parseUrl(currentUrl);
  const target = parseUrl(targetUrl);
  if (current && target && withoutHash(current) === withoutHash(target)) return 'allow';
  return isAllowedExternalUrl(targetUrl) ? 'open-external' : 'deny';
}

/**
 * The 'will-frame-navigate' guard: 'will-navigate' only sees the main frame, so a frame (an iframe injected
 * into the page, or a frame navigating itself) could otherwise go anywhere. The app has no frames of its
 * own: a subframe may not navigate at all; the main frame gets the same decision as 'will-navigate'.
 */
export function frameNavigationDecision(
  currentUrl: string,
  targetUrl: string,
  isMainFrame: boolean,
): NavigationDecision {
  return isMainFrame ? navigationDecision(currentUrl, targetUrl) : 'deny';
}

/**
 * window.open and target=_blank never create an Electron window; allow-listed links open in the browser.
 * The shape matches what setWindowOpenHandler expects.
 */
export function windowOpenDecision(url: string): { action: 'deny'; openExternal: boolean } {
  return { action: 'deny', openExternal: isAllowedExternalUrl(url) };
}

/**
 * Permission requests (camera, geolocation, notifications, ...) are refused, except two the app itself uses
 * from its own page: `fullscreen` (presentation mode calls element.requestFullscreen) and
 * `clipboard-sanitized-write` (copying text such as CSV with navigator.clipboard.writeText).
 */
export function permissionDecision(permission: string, requestingUrl: string, appUrl: string): boolean {
  const allowed = permission === 'fullscreen' || permission === 'clipboard-sanitized-write';
  return allowed && isAppUrl(requestingUrl, appUrl);
}
