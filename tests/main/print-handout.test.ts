import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandoutPrinter, HANDOUT_PDF_OPTIONS, type HandoutPdfOptions } from '../../main/handout-pdf';
import { checkExportContent, writeUserFile } from '../../main/files';
import { makeHandler } from '../../main/ipc';
import { pdfPageCount } from '../../sim/pdf/pageCount';
import { useTempDir } from './tempdir';

/**
 * A minimal valid PDF with `pages` empty A4 pages, written out by hand from ISO 32000-1 (catalog, page tree,
 * page objects, cross-reference table with byte offsets, trailer): an independent source of "a PDF of N pages".
 */
function handmadePdf(pages: number): Uint8Array {
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const tempDir = useTempDir();

function printer(pdf: Uint8Array, chosen: string | null) {
  const calls: { printed: HandoutPdfOptions[]; asked: string[] } = { printed: [], asked: [] };
  const handle = createHandoutPrinter({
    choosePath: async (name) => {
      calls.asked.push(name);
      return chosen;
    },
    printToPdf: async (options) => {
      calls.printed.push(options);
      return pdf;
    },
    write: (path, bytes) => writeUserFile(path, bytes),
  });
  return { handle, calls };
}

describe('handout:printToPdf in main', () => {
  it('prints the window with the handout page rules and writes the PDF where the user chose', async () => {
    const dir = await tempDir();
    const target = join(dir, 'lesson-handout.pdf');
    const pdf = handmadePdf(8);
    const { handle, calls } = printer(pdf, target);
    expect(await handle({ suggestedName: 'lesson-handout.pdf', pages: 8 })).toEqual({
      canceled: false,
      path: target,
    });
    expect(calls.asked).toEqual(['lesson-handout.pdf']);
    // The @page rule of the handout (A4, its margins) decides, and the figures' colours print.
    expect(calls.printed).toEqual([HANDOUT_PDF_OPTIONS]);
    expect(HANDOUT_PDF_OPTIONS).toMatchObject({ preferCSSPageSize: true, printBackground: true });
    expect(new Uint8Array(await readFile(target))).toEqual(pdf);
  });

  it('prints nothing and writes nothing when the teacher cancels the dialog', async () => {
    const { handle, calls } = printer(handmadePdf(2), null);
    expect(await handle({ suggestedName: 'h.pdf', pages: 2 })).toEqual({ canceled: true });
    expect(calls.printed).toEqual([]);
  });

  it('refuses a PDF whose pages do not match the scenes, or one that is not a whole PDF, and writes nothing', async () => {
    const dir = await tempDir();
    const over = printer(handmadePdf(9), join(dir, 'a.pdf'));
    await expect(over.handle({ suggestedName: 'a.pdf', pages: 8 })).rejects.toThrow(
      'The handout printed as 9 pages for 8 scenes, so it was not saved: a scene did not fit its page.',
    );
    const whole = handmadePdf(2);
    const cut = printer(whole.subarray(0, whole.length - 10), join(dir, 'b.pdf'));
    await expect(cut.handle({ suggestedName: 'b.pdf', pages: 2 })).rejects.toThrow(
      'The handout did not print as a complete PDF, so it was not saved.',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('is reached through the contract: a request without a valid page count is refused in words', async () => {
    const { handle } = printer(handmadePdf(1), '/nowhere.pdf');
    const ipc = makeHandler('handout:printToPdf', handle, () => true, { warn: () => {}, error: () => {} });
    expect(await ipc({}, { suggestedName: 'h.pdf', pages: 0 })).toEqual({
      ok: false,
      error: expect.stringMatching(/^The request for saving the handout as a PDF was not valid \(pages: /),
    });
    const refused = await ipc({}, { suggestedName: 'h.pdf', pages: 3 });
    expect(refused).toEqual({
      ok: false,
      error: 'The handout printed as 1 page for 3 scenes, so it was not saved: a scene did not fit its page.',
    });
  });
});

describe('export:save of slides', () => {
  it('takes a zip as .pptx and refuses text or other bytes in one sentence', () => {
    expect(() => checkExportContent('pptx', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]))).not.toThrow();
    expect(() => checkExportContent('pptx', 'PK')).toThrow(
      "The slides to save must be a file's bytes, not text.",
    );
    expect(() => checkExportContent('pptx', handmadePdf(1))).toThrow(
      'The slides to save are not a PowerPoint (.pptx) file, so they were not saved.',
    );
  });
});

describe('pdfPageCount', () => {
  it('counts the page objects of a PDF, not its page tree', () => {
    for (const n of [1, 2, 8, 100]) expect(pdfPageCount(handmadePdf(n))).toBe(n);
    expect(pdfPageCount(new TextEncoder().encode('%PDF-1.7\n%%EOF\n'))).toBeNull();
  });
});
