import { breathe, printedDocument, useFont, type Printed } from '@ejournal/printing';

// What every archive printout shares: A4 landscape in DejaVu Sans (Cyrillic), text fitted into cells,
// and on every sheet the record's fingerprint and where to check it (003 §5), with «лист i из n».

export { breathe, useFont };
export const MARGIN = { top: 30, bottom: 42, left: 30, right: 30 };
/** A4 landscape, in points. */
export const PAGE = { width: 841.89, height: 595.28 };
/** The width between the margins. */
export const USABLE_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export type Sheet = Printed;

/** «3f2a 9c01 …»: the SHA-256 in groups of four, as a person reads it out. */
export function fingerprint(hash: string): string {
  return hash.match(/.{1,4}/g)?.join(' ') ?? hash;
}

/** A new printout; `finish` writes the footers on every sheet and gives the PDF. */
export function printout(title: string, author: string): { doc: Sheet; finish: (hash: string, verifyUrl: string) => Promise<Buffer> } {
  const { doc, bytes } = printedDocument({ size: 'A4', layout: 'landscape', margins: MARGIN, title, author });
  const finish = async (hash: string, verifyUrl: string) => {
    const count = doc.bufferedPageRange().count;
    for (let page = 0; page < count; page++) {
      doc.switchToPage(page);
      const width = PAGE.width - MARGIN.left - MARGIN.right;
      useFont(doc, 'regular').fontSize(6.5).fillColor('#444444');
      doc.text(`SHA-256: ${fingerprint(hash)}`, MARGIN.left, PAGE.height - MARGIN.bottom + 8, { width, height: 10, lineBreak: false });
      doc.text(`Проверка подлинности: ${verifyUrl}/${hash}/verification  ·  лист ${page + 1} из ${count}`, MARGIN.left, PAGE.height - MARGIN.bottom + 18, { width, height: 10, lineBreak: false });
    }
    doc.end();
    return bytes;
  };
  return { doc, finish };
}

/** The text cut to the width (a smaller size first, then «…»): a long name never runs into the next cell. */
export function fitted(doc: Sheet, text: string, width: number, size: number, smallest = size - 1.5): { text: string; size: number } {
  for (let current = size; current >= smallest; current -= 0.5) {
    doc.fontSize(current);
    if (doc.widthOfString(text) <= width) return { text, size: current };
  }
  doc.fontSize(smallest);
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return { text: `${cut}…`, size: smallest };
}

/** Writes one line into a cell (left or centred), fitted. */
export function cell(doc: Sheet, text: string, x: number, y: number, width: number, height: number, options: { size?: number; align?: 'left' | 'center'; bold?: boolean } = {}): void {
  const size = options.size ?? 7.5;
  useFont(doc, options.bold ? 'bold' : 'regular');
  const fit = fitted(doc, text, width - 4, size);
  doc.fontSize(fit.size).fillColor('#000000');
  doc.text(fit.text, x + 2, y + (height - fit.size) / 2 - 1, { width: width - 4, height, align: options.align ?? 'left', lineBreak: false });
}

/** Split into runs of at most `size`. */
export function chunks<T>(items: T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let start = 0; start < items.length; start += size) runs.push(items.slice(start, start + size));
  return runs.length > 0 ? runs : [[]];
}

/** «01.09». */
export function dayMonth(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}`;
}

/** «01.09.2026». */
export function russianDate(date: string): string {
  return date ? `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}` : '';
}
