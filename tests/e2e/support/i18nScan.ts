/**
 * The pseudo-locale scan of issue 18 §1 (tests/e2e/i18n.test.ts, i18n-presentation.test.ts): every visible text
 * of the page is translated (accented pseudo text, or a number, unit, compound name or date) and fits its box.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './browser';

type Viewport = { width: number; height: number };
type LanguagePage = { page: Page; errors: string[]; close: () => Promise<void> };

/**
 * For a test file of language pages: one Chromium and one server for the file (vitest's beforeAll/afterAll),
 * and `open(locale, stored, viewport)` as openInLanguage, at `defaultViewport` unless told.
 */
export function languagePages(
  defaultViewport: Viewport,
): (locale: string, stored: string | null, viewport?: Viewport) => Promise<LanguagePage> {
  let harness: BrowserHarness | undefined;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return (locale, stored, viewport = defaultViewport) => {
    if (!harness) throw new Error('languagePages: the browser starts in beforeAll');
    return openInLanguage(harness.browser, harness.server.url, locale, stored, viewport);
  };
}

/**
 * Whether every one of `chars` draws differently in `where`'s own font: a missing glyph draws the same "tofu"
 * box for every character, while distinct characters with real glyphs draw distinct pixels.
 */
export function drawsDistinctGlyphs(where: Locator, chars: string): Promise<boolean> {
  return where.evaluate((el, text) => {
    const font = getComputedStyle(el).font;
    const pixels = (ch: string) => {
      const c = document.createElement('canvas');
      c.width = 40;
      c.height = 40;
      const g = c.getContext('2d')!;
      g.font = font.replace(/\d+(\.\d+)?px/, '32px');
      g.fillText(ch, 2, 32);
      return Array.from(g.getImageData(0, 0, 40, 40).data).join(',');
    };
    const list = [...text];
    return new Set(list.map(pixels)).size === list.length;
  }, chars);
}

/**
 * A page of the app in a browser whose system language is `locale`, with the app's stored language set to
 * `stored` when given (once: a reload keeps what the app stored since).
 */
export async function openInLanguage(
  browser: Browser,
  url: string,
  locale: string,
  stored: string | null,
  viewport: Viewport,
): Promise<LanguagePage> {
  const context = await browser.newContext({ locale, viewport });
  if (stored !== null)
    await context.addInitScript((lang) => {
      if (!sessionStorage.getItem('i18n-test-set')) {
        localStorage.setItem('k2.language', lang);
        sessionStorage.setItem('i18n-test-set', '1');
      }
    }, stored);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator('[data-testid="metrics-table"]').waitFor();
  return { page, errors, close: () => context.close() };
}

/** Text that needs no translation: numbers, units, compound names, times, dates, symbols. */
export const NEUTRAL =
  /^[\s\d.,:;()[\]–—−\-+×/%·…'"’=<>≤≥µ±~^*#½⇄→↶↷▾]*((µg|ng|mL|nmol|L|h|g|mg|min|ms|kg|mol|R²|MK-[47]|K1|Cmax|Tmax|AUC|CV|ka|INR|e|E|t½|V1?|F|x|cm|px|UTC|GMT|[A-Z][a-z]+\/[A-Z][A-Za-z_]+)[\s\d.,:;()[\]–—\-+×/%·…'"’=<>µ±]*)*$/;
/** Dates and times as Intl writes them in the pseudo-locale (English): "Wed 2", "Thu 26 Mar 08:00". */
export const INTL_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2}( (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))?( \d\d:\d\d)?$/;

export interface TextScan {
  untranslated: string[];
  overflowing: string[];
  horizontalScroll: boolean;
  scrollWidth: number;
  pastRight: string[];
}

/**
 * Scans the page as it shows now. With `englishInside`, a translated sentence holding three plain English words in
 * a row counts as untranslated too (the main window's scan; the presentation handout still quotes a regimen and a
 * reference that way, its lane's to fix).
 */
export function scanTexts(page: Page, { englishInside = false } = {}): Promise<TextScan> {
  return page.evaluate(
    ([neutral, dates, inside]) => {
      const re = new RegExp(neutral);
      const dateRe = new RegExp(dates);
      const pseudo = /[àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ·]/;
      const untranslated: string[] = [];
      const overflowing: string[] = [];
      const seen = new Set<Element>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent?.trim() ?? '';
        const el = n.parentElement;
        if (!text || !el) continue;
        // Cited English text (lang="en"), language names, and the app's name are not for translating.
        if (el.closest('[lang="en"], [translate="no"], script, style, noscript, h1')) continue;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (
          box.width === 0 ||
          box.height === 0 ||
          style.visibility === 'hidden' ||
          el.closest('[hidden], [aria-hidden="true"] svg')
        )
          continue;
        if (el.closest('details:not([open]) > :not(summary)')) continue;
        if (!pseudo.test(text) && !re.test(text) && !dateRe.test(text))
          untranslated.push(`${el.tagName.toLowerCase()}: ${text.slice(0, 80)}`);
        else if (inside && pseudo.test(text)) {
          // English words inside a translated sentence: a value put in as English text (a trial's population
          // once read "… bei postmenopausal women with osteoporosis"). Three plain lower-case words in a row,
          // since every letter of the pseudo-locale's own text is accented.
          const english = /(?:^|[\s(])([a-z]{2,}[,;:]? [a-z]{2,}[,;:]? [a-z]{2,})(?=$|[\s.,;:)])/.exec(text);
          if (english && /[a-z]{4}/.test(english[1]!))
            untranslated.push(
              `${el.tagName.toLowerCase()} (English inside): ${english[1]} | ${text.slice(0, 80)}`,
            );
        }
        // Overflow: a block holding text that is wider than its box and clips or scrolls it.
        const block =
          el.closest('p, li, td, th, label, button, h2, h3, summary, legend, span.field-hint, option') ?? el;
        if (seen.has(block)) continue;
        seen.add(block);
        const bs = getComputedStyle(block);
        if (bs.display === 'inline' || block.clientWidth === 0) continue;
        // Text for screen readers only (a 1-px clipped box, e.g. the change announcer) has no box to fit.
        if (block.closest('.visually-hidden')) continue;
        // Or a box that reaches past its card (a select or button wider than the panel it sits in).
        const card = block.closest('.card, aside, header, .sidebar');
        // (A table in a horizontal scroll box may be wider than its card: the scroll box is its box.)
        const scroller = (() => {
          for (let a = block.parentElement; a && a !== card; a = a.parentElement)
            if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return a;
          return null;
        })();
        if (card && !scroller && block.getBoundingClientRect().right > card.getBoundingClientRect().right + 1)
          overflowing.push(
            `${block.tagName.toLowerCase()}: ${(block.textContent ?? '').trim().slice(0, 60)} reaches past its panel`,
          );
        if (block.scrollWidth > block.clientWidth + 1 && bs.overflowX !== 'visible')
          overflowing.push(
            `${block.tagName.toLowerCase()}: ${(block.textContent ?? '').trim().slice(0, 60)} (${block.scrollWidth} > ${block.clientWidth})`,
          );
        if (
          block.scrollWidth > block.clientWidth + 1 &&
          bs.overflowX === 'visible' &&
          block.tagName !== 'TD' &&
          block.tagName !== 'TH'
        )
          overflowing.push(
            `${block.tagName.toLowerCase()}: ${(block.textContent ?? '').trim().slice(0, 60)} spills out (${block.scrollWidth} > ${block.clientWidth})`,
          );
      }
      // A closed select shows its chosen option, which has no box of its own.
      for (const select of Array.from(document.querySelectorAll('select'))) {
        const shown = select.selectedOptions[0];
        const text = shown?.textContent?.trim() ?? '';
        if (!shown || !text || shown.closest('[translate="no"], [lang="en"]')) continue;
        if (select.getBoundingClientRect().width === 0) continue;
        if (!pseudo.test(text) && !re.test(text)) untranslated.push(`select: ${text.slice(0, 80)}`);
      }
      return {
        untranslated,
        overflowing,
        // The elements reaching past the window's right edge (none: no horizontal scroll).
        horizontalScroll: document.documentElement.scrollWidth > window.innerWidth,
        scrollWidth: document.documentElement.scrollWidth,
        pastRight: Array.from(document.querySelectorAll('body *'))
          .filter((e) => {
            if (
              e.getBoundingClientRect().right <= window.innerWidth + 1 ||
              Array.from(e.children).some((c) => c.getBoundingClientRect().right > window.innerWidth + 1)
            )
              return false;
            // Inside a box that scrolls or clips, it does not widen the page.
            for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
              if (/auto|scroll|hidden|clip/.test(getComputedStyle(a).overflowX)) return false;
            return true;
          })
          .map(
            (e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? '').trim().slice(0, 50)}`,
          )
          .slice(0, 10),
      };
    },
    [NEUTRAL.source, INTL_DATE.source, englishInside] as const,
  );
}
