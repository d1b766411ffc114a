import type { SummarySheetRecord } from '../domain/closed-records';
import { breathe, cell, chunks, useFont, MARGIN, PAGE, printout, russianDate, USABLE_WIDTH, type Sheet } from './sheets';

// The class's summary sheet of the year (сводная ведомость учёта успеваемости, 003 §4.1): pupils ×
// subjects with the year final (the exam's mark beside it), for signing and keeping 25 years (002 §5).

const ROW = 13;
const NUMBER_WIDTH = 18;
const NAME_WIDTH = 160;
const HEADER = ROW * 4;

function heading(doc: Sheet, record: SummarySheetRecord): number {
  const { left, right, top } = doc.page.margins;
  const width = doc.page.width - left - right;
  cell(doc, record.school.name, left, top, width, 12, { size: 8 });
  cell(doc, `Сводная ведомость учёта успеваемости · ${record.class.name} · ${record.year.name} учебный год`, left, top + 12, width, 14, { size: 10, bold: true });
  cell(doc, `Годовые отметки (в скобках — экзамен); год закрыт ${russianDate(record.period.closedOn)}`, left, top + 26, width, 12, { size: 7.5 });
  return top + 44;
}

/** The PDF of a class's summary sheet. */
export async function printSummarySheet(record: SummarySheetRecord, hash: string, verifyUrl: string): Promise<Buffer> {
  const { doc, finish } = printout(`Сводная ведомость: ${record.class.name}, ${record.year.name}`, record.school.name);
  const rows = new Map(record.rows.map((row) => [`${row.pupilId}|${row.subjectId}`, row]));
  doc.addPage();
  const subjectWidth = 40;
  const subjectsPerSheet = Math.max(1, Math.floor((USABLE_WIDTH - NUMBER_WIDTH - NAME_WIDTH) / subjectWidth));
  let first = true;
  for (const subjects of chunks(record.subjects, subjectsPerSheet)) {
    const rowsPerSheet = Math.floor((PAGE.height - 44 - MARGIN.top - MARGIN.bottom - HEADER - 30) / ROW);
    let numbered = 0;
    for (const pupils of chunks(record.pupils, rowsPerSheet)) {
      if (!first) doc.addPage();
      first = false;
      let y = heading(doc, record);
      const x0 = doc.page.margins.left;
      cell(doc, '№', x0, y, NUMBER_WIDTH, HEADER, { bold: true, size: 7 });
      cell(doc, 'Фамилия, имя ученика', x0 + NUMBER_WIDTH, y, NAME_WIDTH, HEADER, { bold: true, size: 7 });
      subjects.forEach((subject, index) => {
        useFont(doc, 'regular').fontSize(5.5).fillColor('#000000');
        doc.text(subject.name, x0 + NUMBER_WIDTH + NAME_WIDTH + index * subjectWidth + 1, y + 1, { width: subjectWidth - 2, height: HEADER - 2, align: 'center' });
      });
      y += HEADER;
      for (const pupil of pupils) {
        numbered += 1;
        cell(doc, String(numbered), x0, y, NUMBER_WIDTH, ROW, { size: 7 });
        cell(doc, pupil.name, x0 + NUMBER_WIDTH, y, NAME_WIDTH, ROW);
        subjects.forEach((subject, index) => {
          const row = rows.get(`${pupil.id}|${subject.id}`);
          const text = row ? `${row.year}${row.exam ? ` (${row.exam})` : ''}` : '';
          cell(doc, text, x0 + NUMBER_WIDTH + NAME_WIDTH + index * subjectWidth, y, subjectWidth, ROW, { align: 'center', size: 7 });
        });
        y += ROW;
        if (numbered % 5 === 0) await breathe();
        doc.moveTo(x0, y).lineTo(x0 + NUMBER_WIDTH + NAME_WIDTH + subjects.length * subjectWidth, y).lineWidth(0.4).strokeColor('#777777').stroke();
      }
    }
  }
  const y = Math.min(doc.y + 20, doc.page.height - doc.page.margins.bottom - 30);
  cell(doc, 'Классный руководитель ____________________     Директор ____________________', doc.page.margins.left, y, USABLE_WIDTH, 14, { size: 8 });
  return finish(hash, verifyUrl);
}
