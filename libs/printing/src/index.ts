import PDFDocument from 'pdfkit';

// The platform's printed documents (the information letters, the archive's printouts): PDF in DejaVu
// Sans, which has the Cyrillic letters — resolved through node_modules, so it is found in the image too.

export const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};
export type FontName = keyof typeof FONTS;
export type Printed = PDFKit.PDFDocument;

const fontInUse = new WeakMap<Printed, FontName>();

/**
 * Sets the font when it is not the one in use. pdfkit reads and parses the font file again on every
 * `font()` call, even of the font in use: a class's letters or a journal page's hundreds of cells took
 * seconds of one core that way, and the service stopped answering meanwhile.
 */
export function useFont(doc: Printed, name: FontName): Printed {
  if (fontInUse.get(doc) !== name) {
    doc.font(name);
    fontInUse.set(doc, name);
  }
  return doc;
}

/**
 * A new document (pages added by the caller; `bufferPages` so footers can be written last) and its
 * bytes once `doc.end()` is called.
 */
export function printedDocument(options: PDFKit.PDFDocumentOptions & { title: string; author: string }): { doc: Printed; bytes: Promise<Buffer> } {
  const { title, author, ...rest } = options;
  const doc = new PDFDocument({ autoFirstPage: false, bufferPages: true, lang: 'ru-RU', ...rest, font: FONTS.regular, info: { Title: title, Author: author } });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  fontInUse.set(doc, 'regular');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/**
 * Lets the service's one thread serve others between rows of a long document: a printout is set in
 * pieces of a few milliseconds, and the health checks and other calls are answered meanwhile (a whole
 * sheet set at once kept a service from answering its own database check: «not serving»).
 */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
