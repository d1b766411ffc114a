import type { AttendanceSheetRecord } from '../domain/closed-records';
import { ABSENCE_CODES } from '../domain/record-builders';
import { breathe, cell, chunks, dayMonth, MARGIN, PAGE, printout, russianDate, USABLE_WIDTH, type Sheet } from './sheets';

// The class's attendance sheet of a closed period (003 §4.1): pupils × the class's school days with the
// number of lessons missed that day (by code when one code), and each pupil's totals by code.

const ROW = 13;
const NUMBER_WIDTH = 18;
const NAME_WIDTH = 160;
const DAY_WIDTH = 20;
const TOTAL_WIDTH = 22;
const TOTALS = [...ABSENCE_CODES, 'всего'];

function heading(doc: Sheet, record: AttendanceSheetRecord, run: string): number {
  cell(doc, record.school.name, MARGIN.left, MARGIN.top, USABLE_WIDTH, 12, { size: 8 });
  cell(doc, `Сводная ведомость посещаемости · ${record.class.name} · ${record.period.name} ${record.year.name}${run}`, MARGIN.left, MARGIN.top + 12, USABLE_WIDTH, 14, { size: 10, bold: true });
  cell(doc, `Пропущено уроков в день (Н — без причины, Б — по болезни, У — по уважительной причине, О — опоздание); период ${russianDate(record.period.startsOn)}–${russianDate(record.period.endsOn)}, закрыт ${russianDate(record.period.closedOn)}`, MARGIN.left, MARGIN.top + 26, USABLE_WIDTH, 12, { size: 7 });
  return MARGIN.top + 44;
}

/** What a day's cell says: «2н», «б», «н+у» — the count when one code, the codes when several. */
function dayCell(lessons: Array<{ code: string }>): string {
  if (lessons.length === 0) return '';
  const codes = [...new Set(lessons.map((lesson) => lesson.code.toLowerCase()))];
  if (codes.length === 1) return `${lessons.length > 1 ? lessons.length : ''}${codes[0]}`;
  return codes.join('+');
}

/** The PDF of a class's attendance sheet. */
export async function printAttendanceSheet(record: AttendanceSheetRecord, hash: string, verifyUrl: string): Promise<Buffer> {
  const { doc, finish } = printout(`Посещаемость: ${record.class.name}, ${record.period.name} ${record.year.name}`, record.school.name);
  const missed = new Map(record.missed.map((entry) => [`${entry.pupilId}|${entry.date}`, entry.lessons]));
  const totals = new Map(record.totals.map((total) => [total.pupilId, total]));
  const daysPerSheet = Math.max(1, Math.floor((USABLE_WIDTH - NUMBER_WIDTH - NAME_WIDTH - TOTALS.length * TOTAL_WIDTH) / DAY_WIDTH));
  const dayRuns = chunks(record.days, daysPerSheet);
  const rowsPerSheet = Math.floor((PAGE.height - 44 - MARGIN.top - MARGIN.bottom - 2 * ROW) / ROW);
  for (const [run, days] of dayRuns.entries()) {
    const last = run === dayRuns.length - 1;
    let numbered = 0;
    for (const pupils of chunks(record.pupils, rowsPerSheet)) {
      doc.addPage();
      let y = heading(doc, record, dayRuns.length > 1 ? ` (дни ${run + 1} из ${dayRuns.length})` : '');
      const x0 = MARGIN.left;
      cell(doc, '№', x0, y, NUMBER_WIDTH, ROW * 1.5, { bold: true, size: 7 });
      cell(doc, 'Фамилия, имя ученика', x0 + NUMBER_WIDTH, y, NAME_WIDTH, ROW * 1.5, { bold: true, size: 7 });
      days.forEach((day, index) => cell(doc, dayMonth(day), x0 + NUMBER_WIDTH + NAME_WIDTH + index * DAY_WIDTH, y, DAY_WIDTH, ROW * 1.5, { size: 5.5, align: 'center' }));
      const totalsX = x0 + NUMBER_WIDTH + NAME_WIDTH + days.length * DAY_WIDTH;
      if (last) TOTALS.forEach((title, index) => cell(doc, title, totalsX + index * TOTAL_WIDTH, y, TOTAL_WIDTH, ROW * 1.5, { bold: true, size: 6.5, align: 'center' }));
      y += ROW * 1.5;
      const width = NUMBER_WIDTH + NAME_WIDTH + days.length * DAY_WIDTH + (last ? TOTALS.length * TOTAL_WIDTH : 0);
      for (const pupil of pupils) {
        numbered += 1;
        doc.moveTo(x0, y).lineTo(x0 + width, y).lineWidth(0.4).strokeColor('#777777').stroke();
        cell(doc, String(numbered), x0, y, NUMBER_WIDTH, ROW, { size: 7 });
        cell(doc, pupil.name, x0 + NUMBER_WIDTH, y, NAME_WIDTH, ROW);
        days.forEach((day, index) => cell(doc, dayCell(missed.get(`${pupil.id}|${day}`) ?? []), x0 + NUMBER_WIDTH + NAME_WIDTH + index * DAY_WIDTH, y, DAY_WIDTH, ROW, { size: 6.5, align: 'center' }));
        if (last) {
          const total = totals.get(pupil.id);
          TOTALS.forEach((code, index) => cell(doc, String(code === 'всего' ? (total?.all ?? 0) : (total?.byCode[code] ?? 0)), totalsX + index * TOTAL_WIDTH, y, TOTAL_WIDTH, ROW, { size: 7, align: 'center', bold: code === 'всего' }));
        }
        y += ROW;
        if (numbered % 5 === 0) await breathe();
      }
      doc.moveTo(x0, y).lineTo(x0 + width, y).lineWidth(0.4).strokeColor('#777777').stroke();
    }
  }
  return finish(hash, verifyUrl);
}
