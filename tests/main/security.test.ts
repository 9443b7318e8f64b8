import { describe, expect, it } from 'vitest';
import {
  ALLOWED_EXTERNAL_HOSTS,
  LEARN_MORE_URL,
  contentSecurityPolicy,
  contentSecurityPolicyForMeta,
  isAllowedExternalUrl,
  isAppUrl,
  navigationDecision,
  permissionDecision,
  windowOpenDecision,
  withContentSecurityPolicy,
  frameNavigationDecision,
} from '../../main/security';

/** "a b; c d" -> Map { a => [b], c => [d] } */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('production policy has exactly the required directives', () => {
    const csp = directives(contentSecurityPolicy(false));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never allows eval, in production or development', () => {
    for (const isDev of [false, true]) {
      expect(contentSecurityPolicy(isDev)).not.toContain('unsafe-eval');
      expect(contentSecurityPolicy(isDev)).not.toContain('wasm-unsafe-eval');
    }
  });

  it('allows inline scripts and the HMR websocket only in development', () => {
    expect(directives(contentSecurityPolicy(false)).get('script-src')).not.toContain("'unsafe-inline'");
    expect(contentSecurityPolicy(false)).not.toContain('ws:');
    const dev = directives(contentSecurityPolicy(true));
    expect(dev.get('script-src')).toContain("'unsafe-inline'");
    expect(dev.get('connect-src')).toContain('ws://localhost:*');
  });

  it('never allows remote hosts or wildcards', () => {
    const production = contentSecurityPolicy(false);
    expect(production).not.toMatch(/https?:/);
    expect(production).not.toMatch(/(^|\s)\*(\s|;|$)/);
  });

  it('the meta variant is the production policy without frame-ancestors (ignored in meta tags)', () => {
    const meta = directives(contentSecurityPolicyForMeta());
    const full = directives(contentSecurityPolicy(false));
    expect(meta.has('frame-ancestors')).toBe(false);
    full.delete('frame-ancestors');
    expect(meta).toEqual(full);
  });
});

describe('withContentSecurityPolicy', () => {
  it('replaces an existing CSP header whatever its casing and keeps other headers', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      false,
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy(false)],
    });
  });

  it('adds the header when the response had none', () => {
    expect(withContentSecurityPolicy(undefined, true)).toEqual({
      'Content-Security-Policy': [contentSecurityPolicy(true)],
    });
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://doi.org/10.1182/blood-2006-08-040709',
    'https://pubmed.ncbi.nlm.nih.gov/17179229/',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC3502319/',
    LEARN_MORE_URL,
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://doi.org/10.1/x'],
    ['another host', 'https://example.com/'],
    ['a look-alike suffix', 'https://doi.org.evil.example/'],
    ['a look-alike prefix', 'https://evildoi.org/'],
    ['an unlisted subdomain', 'https://x.doi.org/'],
    ['credentials', 'https://user:pw@doi.org/'],
    ['an explicit port', 'https://doi.org:8443/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['not a URL', 'doi.org/10.1/x'],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('lists only exact host names (no wildcards)', () => {
    for (const host of ALLOWED_EXTERNAL_HOSTS) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });
});

describe('isAppUrl', () => {
  const fileApp = 'file:///opt/k2/out/renderer/index.html';
  const devApp = 'http://localhost:5173/';

  it('matches the same file (any hash or query) for a file:// app', () => {
    expect(isAppUrl('file:///opt/k2/out/renderer/index.html#/sources', fileApp)).toBe(true);
    expect(isAppUrl('file:///opt/k2/out/renderer/other.html', fileApp)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', fileApp)).toBe(false);
    expect(isAppUrl('https://doi.org/', fileApp)).toBe(false);
  });

  it('matches the origin for the dev server', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', devApp)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devApp)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', devApp)).toBe(false);
    expect(isAppUrl('not a url', devApp)).toBe(false);
  });
});

describe('navigationDecision', () => {
  const current = 'file:///opt/k2/out/renderer/index.html';

  it('allows staying on the same document (hash changes)', () => {
    expect(navigationDecision(current, current)).toBe('allow');
    expect(navigationDecision(current, `${current}#sources`)).toBe('allow');
  });

  it('opens allow-listed links externally instead of navigating', () => {
    expect(navigationDecision(current, 'https://doi.org/10.1/x')).toBe('open-external');
  });

  it('denies everything else', () => {
    expect(navigationDecision(current, 'file:///opt/k2/out/renderer/other.html')).toBe('deny');
    expect(navigationDecision(current, `${current}?x=1`)).toBe('deny');
    expect(navigationDecision(current, 'https://example.com/')).toBe('deny');
    expect(navigationDecision(current, 'javascript:alert(1)')).toBe('deny');
    expect(navigationDecision('not a url', 'also not')).toBe('deny');
  });
});

describe('windowOpenDecision', () => {
  it('never opens an Electron window; only allow-listed links go to the browser', () => {
    expect(windowOpenDecision('https://doi.org/10.1/x')).toEqual({ action: 'deny', openExternal: true });
    expect(windowOpenDecision('https://example.com/')).toEqual({ action: 'deny', openExternal: false });
    expect(windowOpenDecision('about:blank')).toEqual({ action: 'deny', openExternal: false });
  });
});

describe('permissionDecision', () => {
  const app = 'file:///opt/k2/out/renderer/index.html';

  it('allows fullscreen and clipboard writes from the app page only', () => {
    expect(permissionDecision('fullscreen', app, app)).toBe(true);
    expect(permissionDecision('clipboard-sanitized-write', app, app)).toBe(true);
    expect(permissionDecision('fullscreen', 'https://example.com/', app)).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'midi', 'unknown'])(
    'denies %s even to the app page',
    (permission) => {
      expect(permissionDecision(permission, app, app)).toBe(false);
    },
  );
});

describe('frameNavigationDecision (will-frame-navigate)', () => {
  const app = 'file:///opt/k2/resources/app/out/renderer/index.html';
  it('denies every subframe navigation, even to the app itself', () => {
    expect(frameNavigationDecision(app, app, false)).toBe('deny');
    expect(frameNavigationDecision(app, 'https://doi.org/10.1/x', false)).toBe('deny');
  });
  it('gives the main frame the will-navigate decision', () => {
    expect(frameNavigationDecision(app, `${app}#scene-2`, true)).toBe('allow');
    expect(frameNavigationDecision(app, 'https://doi.org/10.1/x', true)).toBe('open-external');
    expect(frameNavigationDecision(app, 'file:///etc/passwd', true)).toBe('deny');
  });
});
