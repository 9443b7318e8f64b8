import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, appProtocolHandler, appUrlToPath } from '../../main/app-protocol';
import { useTempDir } from './tempdir';

const tempDir = useTempDir();
const ROOT = '/opt/k2/resources/app/out/renderer';

describe('app:// URLs to files', () => {
  it('maps the app and its assets under the renderer folder', () => {
    expect(appUrlToPath(APP_ENTRY_URL, ROOT)).toBe(join(ROOT, 'index.html'));
    expect(appUrlToPath('app://k2/', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(appUrlToPath('app://k2/assets/index-abc.js?v=1#x', ROOT)).toBe(
      join(ROOT, 'assets', 'index-abc.js'),
    );
    expect(appUrlToPath('app://k2/assets/a%20b.css', ROOT)).toBe(join(ROOT, 'assets', 'a b.css'));
  });

  it.each([
    ['app://k2/../../../../etc/passwd'],
    ['app://k2/%2e%2e/%2e%2e/etc/passwd'],
    ['app://k2/assets/%2e%2e%2f%2e%2e%2f..%2fmain%2findex.js'],
    ['app://k2/..%5c..%5cwindows%5cwin.ini'],
    ['app://k2//etc/passwd'],
    ['app://k2/%00index.html'],
    ['app://k2/%E0%A4%A'],
    ['app://other-host/index.html'],
    ['file:///etc/passwd'],
    ['https://k2/index.html'],
    ['not a url'],
  ])('never leaves the folder: %s', (url) => {
    const path = appUrlToPath(url, ROOT);
    // Refused, or resolved inside the folder (the URL parser itself folds "/../" and "/%2e%2e/" away, so
    // app://k2/../../etc/passwd names ROOT/etc/passwd, which does not exist and answers 404).
    if (path !== null) expect(path.startsWith(`${ROOT}/`)).toBe(true);
    if (!url.startsWith('app://k2/') || /%5c|%00|%A$/i.test(url) || url.includes('%2f'))
      expect(path).toBeNull();
  });
});

describe('appProtocolHandler', () => {
  it('serves files with their type and 404s everything outside the folder', async () => {
    const dir = await tempDir();
    const root = join(dir, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'assets', 'index.js'), 'export {}');
    await writeFile(join(dir, 'secret.txt'), 'secret');
    const handle = appProtocolHandler(root);

    const page = await handle(new Request(APP_ENTRY_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<!doctype html>');
    const script = await handle(new Request('app://k2/assets/index.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    for (const url of ['app://k2/../secret.txt', 'app://k2/%2e%2e/secret.txt', 'app://k2/missing.js']) {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
    }
    expect((await handle(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
