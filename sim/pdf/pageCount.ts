/**
 * How many pages a PDF has, read from its page objects: every page is a dictionary with `/Type /Page`
 * (ISO 32000-1, 7.7.3.3), and the page tree's nodes are `/Type /Pages`, which the pattern excludes. Chromium's
 * PDFs (printToPDF, page.pdf()) and LibreOffice's write page dictionaries uncompressed. Null when the file holds
 * none that can be seen, e.g. a PDF 1.5 that packs its page objects in compressed object streams.
 */
export function pdfPageCount(bytes: Uint8Array): number | null {
  let text = '';
  // Latin-1, byte for byte: the keywords are ASCII, and binary streams must not stop the decoding.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  return pages > 0 ? pages : null;
}
