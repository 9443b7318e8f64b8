/**
 * A custom `app://` scheme for the built renderer, as Electron's security checklist advises instead of
 * file:// (file:// pages share one opaque origin and can read any local file the process can). Plain
 * functions, tested without Electron; main/index.ts does not load the window from it yet (see the note at
 * `appProtocolHandler`).
 *
 * URLs look like app://k2/index.html and map to files under the renderer folder only: a path that leaves
 * the folder (.., an encoded ../, a backslash or an absolute path) is refused with 404, never read.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'k2';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The privileges to pass to protocol.registerSchemesAsPrivileged before app 'ready': standard (relative URLs
 * and an origin of its own, so CSP 'self' means the app), secure (like https), fetch and module workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * The file under `root` an app:// URL names, or null when it is not ours or tries to leave `root`.
 * @example appUrlToPath('app://k2/assets/index.js', '/opt/k2/renderer') // '/opt/k2/renderer/assets/index.js'
 */
export function appUrlToPath(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed %-encoding
  }
  // Backslashes and NUL never appear in our asset names; on Windows a backslash would be a separator.
  if (pathname.includes('\\') || pathname.includes('\0')) return null;
  const inside = normalize(pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, ''));
  if (isAbsolute(inside)) return null;
  const file = join(root, inside);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return file;
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The function to give protocol.handle(APP_SCHEME, ...): answers GET requests for files under `root`,
 * 404 for anything else. `read` is injectable for tests.
 *
 * Not wired into the window yet: the Electron binary is not available where this was written, so loading
 * the app, its module workers and its CSP from app:// could not be run end to end, and a loader that fails
 * shows a blank window. To switch: call protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]) before
 * 'ready', protocol.handle(APP_SCHEME, appProtocolHandler(rendererFolder)) after it, load APP_ENTRY_URL
 * instead of loadFile in createWindow, and teach isAppUrl (main/security.ts) the app: origin.
 */
export function appProtocolHandler(
  root: string,
  read: (path: string) => Promise<Uint8Array> = (path) => readFile(path),
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const path = appUrlToPath(request.url, root);
    if (path === null) return new Response(null, { status: 404 });
    try {
      const body = await read(path);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { 'content-type': contentTypeFor(path) },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}
