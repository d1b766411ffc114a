import { pdfPageTexts } from '@ejournal/testing';
import { printedDocument, useFont } from '../src';

describe('a printed document', () => {
  it('sets Cyrillic text in DejaVu Sans and gives its bytes', async () => {
    const { doc, bytes } = printedDocument({ size: 'A4', title: 'Проверка', author: 'Школа № 1' });
    doc.addPage();
    useFont(doc, 'bold').fontSize(14).text('Классный журнал');
    useFont(doc, 'regular').fontSize(10).text('Иванова Мария Петровна — 5');
    doc.end();
    const pdf = await bytes;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageTexts(pdf)[0]).toMatch(/Классный журнал\s+Иванова Мария Петровна — 5/);
  });

  it('does not read the font again for the font in use (a thousand cells stay fast)', () => {
    const { doc } = printedDocument({ size: 'A4', title: 't', author: 'a' });
    doc.addPage();
    const font = jest.spyOn(doc, 'font');
    for (let cell = 0; cell < 1_000; cell++) useFont(doc, cell % 100 === 0 ? 'bold' : 'regular').text(String(cell % 5), 10, 10);
    // 10 switches to bold and 10 back: 20 calls, not 1,000.
    expect(font).toHaveBeenCalledTimes(20);
    doc.end();
  });
});
