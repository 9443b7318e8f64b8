/**
 * Issue 18 §1-2 for files and exports, in Chromium: in German a bad scenario file and a bad CSV are refused in
 * German; an exported SVG figure has a German title, caption and footer and decimal commas, while the CSV of the
 * same run is byte for byte the English one; in the pseudo-locale (en-XA) the error messages, the export preview
 * and the exported figures (chart and tornado) hold no untranslated text; the header keeps to two rows at
 * 1024 × 768 in German and Japanese. (The pseudo-locale scan of the main window is tests/e2e/i18n.test.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultScenario, serializeScenario } from '../../sim';
import { captureDownload } from './support/files';
import { INTL_DATE, NEUTRAL, languagePages, scanTexts } from './support/i18nScan';

const open = languagePages({ width: 1280, height: 900 });

/** The default scenario with the first regimen's dose written as a word: a wrong-typed field. */
function wrongTypedScenario(): Buffer {
  const doc = JSON.parse(serializeScenario(defaultScenario())) as { regimens: { doseUg: unknown }[] };
  doc.regimens[0]!.doseUg = 'ninety';
  return Buffer.from(JSON.stringify(doc, null, 2));
}

/** 10,001 lab results under a header: one more than a scenario may hold. */
const tooManyLevels = (): Buffer =>
  Buffer.from(['date;value', ...Array.from({ length: 10_001 }, () => '2026-03-23 08:00;1,2')].join('\n'));

const scenarioInput = (page: Page) => page.getByTestId('scenario-file-input');
const csvInput = (page: Page) => page.locator('[data-panel="measured"] input[type="file"]');

/** Opens a wrong-typed scenario file, then a CSV of too many levels; the two refusals' text, as shown. */
async function refusals(page: Page, scenarioName: string, csvName: string): Promise<[string, string]> {
  await scenarioInput(page).setInputFiles({
    name: scenarioName,
    mimeType: 'application/json',
    buffer: wrongTypedScenario(),
  });
  const alert = page.getByRole('alert').filter({ hasText: scenarioName });
  await alert.waitFor();
  await csvInput(page).setInputFiles({ name: csvName, mimeType: 'text/csv', buffer: tooManyLevels() });
  const status = page.locator('[data-panel="measured"] [role="status"]').filter({ hasText: csvName });
  await status.waitFor();
  return [(await alert.textContent()) ?? '', (await status.textContent()) ?? ''];
}

/** The Export panel's action buttons, in the panel's order (png, svg, csv, parameters, copy, tornado png/svg). */
const EXPORT_ACTION = { png: 0, svg: 1, csv: 2, parameters: 3, tornadoSvg: 6 } as const;
async function exportAction(page: Page, which: keyof typeof EXPORT_ACTION): Promise<void> {
  await page.locator('.doc-controls button[aria-expanded]').click();
  await page.locator('.export-panel .export-action').nth(EXPORT_ACTION[which]).click();
}

/** Every text of an SVG document, by the class of the element holding it (figure-title, figure-caption, …). */
function svgTexts(page: Page, svg: string): Promise<{ cls: string; text: string }[]> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('not well-formed SVG');
    return Array.from(doc.querySelectorAll('text'))
      .map((t) => ({
        cls: /\bfigure-[a-z]+/.exec(t.closest('[class*="figure-"]')?.getAttribute('class') ?? '')?.[0] ?? '',
        text: (t.textContent ?? '').trim(),
      }))
      .filter((t) => t.text !== '');
  }, svg);
}

describe('files and exports in German (chromium)', () => {
  it('a bad scenario file and a bad CSV are refused in German', async () => {
    const { page, errors, close } = await open('de-DE', null);
    try {
      const [refusal, csvRefusal] = await refusals(page, 'plan.k2.json', 'labor.csv');
      console.log(`[i18n-export] de scenario refusal: ${refusal}`);
      expect(refusal).toContain(
        'Schema 1 (MK-4): Das Feld „Dosis“ muss eine Zahl sein, eingegeben: "ninety"',
      );
      expect(refusal).not.toMatch(/Regimen|must be|got/);
      console.log(`[i18n-export] de CSV refusal: ${csvRefusal}`);
      expect(csvRefusal).toContain(
        'Dieses Szenario hätte 10.001 Messwerte; die Grenze liegt bei 10.000 Messwerten',
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the SVG figure is German with decimal commas; the CSV of the same run is the English bytes', async () => {
    const german = await open('de-DE', null);
    const english = await open('en-US', 'en');
    try {
      // A meal fat with a fraction, so the caption itself must write a decimal separator.
      for (const { page } of [german, english]) {
        const fat = page.getByRole('textbox', { name: /Meal fat|Fett der Mahlzeit/ }).first();
        await fat.fill('12.5');
        await fat.press('Enter');
      }
      const svg = await captureDownload(german.page, () => exportAction(german.page, 'svg'));
      const texts = await svgTexts(german.page, svg.text);
      const of = (cls: string) =>
        texts
          .filter((t) => t.cls === cls)
          .map((t) => t.text)
          .join(' ');
      console.log(
        `[i18n-export] de figure: ${of('figure-title')} | ${of('figure-caption')} | ${of('figure-footer')}`,
      );
      // The regimens' order (MK-4 first in the default scenario), as the English title.
      expect(of('figure-title')).toBe('MK-4, MK-7 und K1 im Plasma und im Gewebe');
      expect(of('figure-caption')).toContain('12,5 g Fett');
      expect(of('figure-caption')).toContain('30 Tage');
      expect(of('figure-footer')).toContain('Quellen:');
      expect(of('figure-footer')).toContain('Lernsimulation, keine medizinische Beratung');
      // The axes' numbers: some with a decimal comma, none with a decimal point.
      const numbers = texts.map((t) => t.text).filter((t) => /^-?[\d.,]+$/.test(t));
      expect(numbers.some((t) => /^\d+,\d+$/.test(t))).toBe(true);
      expect(numbers.filter((t) => /^\d+\.\d{1,2}$/.test(t))).toEqual([]);

      // A figure's file name follows the UI's language; a data file keeps its contents' English name.
      expect(svg.name).toMatch(/^mk-7-mk-4-und-k1-90-ug-alle-24-h.*\.svg$/);
      const csvGerman = await captureDownload(german.page, () => exportAction(german.page, 'csv'));
      const csvEnglish = await captureDownload(english.page, () => exportAction(english.page, 'csv'));
      expect(csvGerman.name).toBe(csvEnglish.name);
      expect(csvGerman.bytes.length).toBeGreaterThan(1000);
      expect(csvGerman.bytes.equals(csvEnglish.bytes)).toBe(true);
      // The parameters CSV too, with the regimen in the data files' English and a decimal point.
      const paramsGerman = await captureDownload(german.page, () => exportAction(german.page, 'parameters'));
      const paramsEnglish = await captureDownload(english.page, () =>
        exportAction(english.page, 'parameters'),
      );
      expect(paramsGerman.bytes.equals(paramsEnglish.bytes)).toBe(true);
      expect(paramsGerman.text).toContain('with a 12.5 g-fat meal');
      expect(german.errors).toEqual([]);
    } finally {
      await german.close();
      await english.close();
    }
  });
});

describe('pseudo-locale: errors, preview and exported figures (chromium, 1024 × 768)', () => {
  /** A text that is pseudo (accented), neutral (numbers, units, names) or a date is translated. */
  const translated = (text: string) =>
    /[àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ·]/.test(text) ||
    NEUTRAL.test(text) ||
    INTL_DATE.test(text);

  it('the file and CSV refusals and the export preview show no untranslated text', async () => {
    const { page, errors, close } = await open('en-US', 'pseudo', { width: 1024, height: 768 });
    try {
      const messages = await refusals(page, 'plan.k2.json', 'lab.csv');
      console.log(`[i18n-export] pseudo refusals:\n  ${messages.join('\n  ')}`);
      // Every word of a message is pseudo text, a value the user gave, or the file's name.
      for (const message of messages) {
        const english = message
          .replace(/"[^"]*"|“[^”]*”|[\w.]+\.(csv|json)/g, '')
          .split(/[\s:;,.()[\]“”"'—–-]+/)
          .filter((w) => /[a-z]{3,}/i.test(w) && !/[àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž]/i.test(w));
        expect(english, message).toEqual([]);
      }
      const report = await scanTexts(page);
      expect([...new Set(report.untranslated)]).toEqual([]);
      expect(report.overflowing).toEqual([]);

      // The export preview (the dialog after "Preview…", the last but one action).
      await page.locator('.doc-controls button[aria-expanded]').click();
      const actions = page.locator('.export-panel .export-action');
      await actions.nth(7).click();
      await page.locator('.export-preview').waitFor();
      await page.locator('[data-testid="export-preview-facts"]').filter({ hasText: '.png' }).waitFor();
      const preview = await scanTexts(page);
      console.log(`[i18n-export] pseudo preview untranslated: ${preview.untranslated.join(' | ')}`);
      // The format names PNG and SVG are names.
      expect([...new Set(preview.untranslated)].filter((t) => !/^label: (PNG|SVG)$/.test(t))).toEqual([]);
      expect(preview.overflowing).toEqual([]);
      await page.screenshot({ path: '/tmp/i18n-rest-pseudo-preview.png' });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the exported chart figure and the tornado figure hold no untranslated text', async () => {
    const { page, errors, close } = await open('en-US', 'pseudo', { width: 1024, height: 768 });
    try {
      const chart = await captureDownload(page, () => exportAction(page, 'svg'));
      const tornado = await captureDownload(page, () => exportAction(page, 'tornadoSvg'), 120_000);
      for (const [name, file] of [
        ['chart', chart],
        ['tornado', tornado],
      ] as const) {
        const texts = (await svgTexts(page, file.text)).map((t) => t.text);
        const untranslated = texts.filter(
          // The app's name and the sources' short citations ("Schurgers 2007") are names.
          (t) => !translated(t) && !/^K2 Kinetics\b/.test(t) && !/^[A-Z][a-zø]+( et al\.)? \d{4}/.test(t),
        );
        console.log(
          `[i18n-export] pseudo ${name} figure: ${texts.length} texts, untranslated: ${untranslated.join(' | ')}`,
        );
        expect(texts.length).toBeGreaterThan(10);
        expect(untranslated).toEqual([]);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

/**
 * The header's height at 1024 × 768: English measures 174 px (four rows); German and Japanese were 256 and 232 px
 * with labels broken inside their buttons, and are 212 and 184 px with whole buttons wrapping.
 */
const HEADER_MAX_PX = 220;

describe('header at 1024 × 768 (chromium)', () => {
  it('in German and Japanese the subtitle stays beside the title, no button label breaks, and the header is at most 220 px', async () => {
    const failures: string[] = [];
    for (const [locale, stored] of [
      ['en-US', 'en'],
      ['de-DE', 'de'],
      ['ja-JP', 'ja'],
    ] as const) {
      const { page, close } = await open(locale, stored, { width: 1024, height: 768 });
      try {
        const box = (sel: string) => page.locator(sel).first().boundingBox();
        const header = (await box('.app-header'))!;
        const title = (await box('.app-header h1'))!;
        const subtitle = (await box('.app-header .subtitle'))!;
        const language = (await box('.app-header .language-switch'))!;
        await page.screenshot({
          path: `/tmp/i18n-rest-header-${stored}.png`,
          clip: { x: 0, y: 0, width: 1024, height: 320 },
        });
        console.log(
          `[i18n-export] ${locale} header ${Math.round(header.height)} px; subtitle ${Math.round(subtitle.height)} px tall`,
        );
        // The title's row: the subtitle beside the title, on one line (a wrapped subtitle is two lines tall).
        if (Math.abs(subtitle.y + subtitle.height / 2 - (title.y + title.height / 2)) >= 12)
          failures.push(`${locale}: the subtitle is not beside the title`);
        if (subtitle.height >= 30) failures.push(`${locale}: the subtitle wraps`);
        if (language.x + language.width > 1024) failures.push(`${locale}: the language menu is outside`);
        if (header.height > HEADER_MAX_PX) failures.push(`${locale}: header ${Math.round(header.height)} px`);
        // No label breaks inside its button: every header button is one line tall.
        const tall = await page.locator('.app-header button:visible').evaluateAll((buttons) =>
          buttons
            .filter(
              (b) =>
                // One line is padding and border (about 14 px) and a line of about 1.2 font sizes.
                b.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(b).fontSize) + 14,
            )
            .map(
              (b) => `${(b.textContent ?? '').trim()} (${Math.round(b.getBoundingClientRect().height)} px)`,
            ),
        );
        if (tall.length > 0) failures.push(`${locale}: labels on two lines: ${tall.join(', ')}`);
      } finally {
        await close();
      }
    }
    expect(failures).toEqual([]);
  });
});
