/**
 * The handout:printToPdf handler: the window shows the lesson handout (its print stylesheet lays out one page per
 * scene), Chromium prints it to PDF, the user chooses where, and the file is written atomically. Free of
 * Electron: the window's printToPDF, the save dialog and the writer are passed in, so this is unit-tested.
 */
import type { RequestOf, ResponseOf } from '../sim/ipc/contract';
import { pdfPageCount } from '../sim/pdf/pageCount';
import { UserFacingError } from './errors';
import { checkDocumentBytes } from './files';

/** The subset of Electron's printToPDF options the handout uses (webContents.printToPDF). */
export interface HandoutPdfOptions {
  printBackground: boolean;
  /** The page size and margins come from the handout's @page rule, so the browser's print and this agree. */
  preferCSSPageSize: boolean;
  pageSize: 'A4';
  displayHeaderFooter: boolean;
  generateTaggedPDF: boolean;
}

export const HANDOUT_PDF_OPTIONS: HandoutPdfOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  pageSize: 'A4',
  displayHeaderFooter: false,
  generateTaggedPDF: true,
};

export interface HandoutPrinterDeps {
  /** webContents.printToPDF of the app's window. */
  printToPdf(options: HandoutPdfOptions): Promise<Uint8Array>;
  /** The native save dialog for a PDF (files.chooseExportPath): a path, or null when canceled. */
  choosePath(suggestedName: string): Promise<string | null>;
  /** An atomic write (files.writeUserFile). */
  write(path: string, bytes: Uint8Array): Promise<void>;
}

/**
 * Asks where first (nothing is printed when the teacher cancels), then prints, checks the PDF (a whole PDF with
 * one page per scene) and writes it. A PDF with another page count means a scene did not fit its page: it is
 * refused in one sentence rather than saved as a handout whose pages no longer match the scenes.
 */
export function createHandoutPrinter(
  deps: HandoutPrinterDeps,
): (request: RequestOf<'handout:printToPdf'>) => Promise<ResponseOf<'handout:printToPdf'>> {
  return async ({ suggestedName, pages }) => {
    const path = await deps.choosePath(suggestedName);
    if (path === null) return { canceled: true };
    const pdf = await deps.printToPdf(HANDOUT_PDF_OPTIONS);
    checkDocumentBytes('pdf', pdf);
    const printed = pdfPageCount(pdf);
    if (printed !== null && printed !== pages) {
      throw new UserFacingError(
        `The handout printed as ${printed} page${printed === 1 ? '' : 's'} for ${pages} scene${pages === 1 ? '' : 's'}, so it was not saved: a scene did not fit its page.`,
      );
    }
    await deps.write(path, pdf);
    return { canceled: false, path };
  };
}
