import type { JournalPageRecord } from '../domain/closed-records';
import { breathe, cell, chunks, useFont, dayMonth, MARGIN, PAGE, printout, russianDate, USABLE_WIDTH, type Sheet } from './sheets';

// The closed journal page as a teacher knows the paper journal: on the left-hand sheets the pupils ×
// the lessons' dates with marks and absences and the period final; on the facing sheets the dates with
// topics, homework and the teacher (a substitution marked); then the changes after closure.

const ROW = 13;
const NUMBER_WIDTH = 18;
const NAME_WIDTH = 160;
const DATE_WIDTH = 22;
const FINAL_WIDTH = 34;

/** What a pupil has in a lesson: marks (several as «5 4/5»), or the absence's code in lower case. */
function cellOf(record: JournalPageRecord, lessonId: string, pupilId: string): string {
  const marks = record.marks.filter((mark) => mark.lessonId === lessonId && mark.pupilId === pupilId).map((mark) => (mark.mark === 'зачёт' ? 'зач' : mark.mark === 'незачёт' ? 'нз' : mark.mark));
  const absence = record.absences.find((entry) => entry.lessonId === lessonId && entry.pupilId === pupilId);
  return [absence ? absence.code.toLowerCase() : '', ...marks].filter(Boolean).join(' ');
}

function heading(doc: Sheet, record: JournalPageRecord, what: string): number {
  const { left } = doc.page.margins;
  const width = doc.page.width - left - doc.page.margins.right;
  const klass = record.group ? `${record.class.name} (${record.group.name})` : record.class.name;
  cell(doc, `${record.school.name}`, left, doc.page.margins.top, width, 12, { size: 8 });
  cell(doc, `Классный журнал · ${klass} · ${record.subject.name} · ${record.period.name} ${record.year.name} · ${what}`, left, doc.page.margins.top + 12, width, 14, { size: 10, bold: true });
  cell(doc, `Учитель: ${record.teachers.map((teacher) => teacher.name).join(', ') || '—'} · период ${russianDate(record.period.startsOn)}–${russianDate(record.period.endsOn)}, закрыт ${russianDate(record.period.closedOn)}`, left, doc.page.margins.top + 26, width, 12, { size: 7.5 });
  return doc.page.margins.top + 44;
}

function gridLine(doc: Sheet, x: number, y: number, width: number): void {
  doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.4).strokeColor('#777777').stroke();
}

async function marksSheets(doc: Sheet, record: JournalPageRecord): Promise<void> {
  const datesPerSheet = Math.max(1, Math.floor((USABLE_WIDTH - NUMBER_WIDTH - NAME_WIDTH - FINAL_WIDTH) / DATE_WIDTH));
  const lessonRuns = chunks(record.lessons, datesPerSheet);
  const finals = new Map(record.finals.map((final) => [final.pupilId, final.mark]));
  for (const [run, lessons] of lessonRuns.entries()) {
    const last = run === lessonRuns.length - 1;
    let numbered = 0;
    const rowsPerSheet = Math.floor((PAGE.height - 44 - MARGIN.top - MARGIN.bottom - 2 * ROW) / ROW);
    for (const pupils of chunks(record.pupils, rowsPerSheet)) {
      doc.addPage();
      let y = heading(doc, record, `отметки и посещаемость${lessonRuns.length > 1 ? ` (даты ${run + 1} из ${lessonRuns.length})` : ''}`);
      const x0 = doc.page.margins.left;
      const width = NUMBER_WIDTH + NAME_WIDTH + lessons.length * DATE_WIDTH + (last ? FINAL_WIDTH : 0);
      const top = y;
      gridLine(doc, x0, y, width);
      cell(doc, '№', x0, y, NUMBER_WIDTH, ROW * 1.5, { bold: true, size: 7 });
      cell(doc, 'Фамилия, имя ученика', x0 + NUMBER_WIDTH, y, NAME_WIDTH, ROW * 1.5, { bold: true, size: 7 });
      lessons.forEach((lesson, index) => cell(doc, dayMonth(lesson.date), x0 + NUMBER_WIDTH + NAME_WIDTH + index * DATE_WIDTH, y, DATE_WIDTH, ROW * 1.5, { size: 6, align: 'center' }));
      if (last) cell(doc, 'Итог', x0 + NUMBER_WIDTH + NAME_WIDTH + lessons.length * DATE_WIDTH, y, FINAL_WIDTH, ROW * 1.5, { bold: true, size: 7, align: 'center' });
      y += ROW * 1.5;
      gridLine(doc, x0, y, width);
      for (const pupil of pupils) {
        numbered += 1;
        cell(doc, String(numbered), x0, y, NUMBER_WIDTH, ROW, { size: 7 });
        cell(doc, pupil.name, x0 + NUMBER_WIDTH, y, NAME_WIDTH, ROW);
        lessons.forEach((lesson, index) => cell(doc, cellOf(record, lesson.id, pupil.id), x0 + NUMBER_WIDTH + NAME_WIDTH + index * DATE_WIDTH, y, DATE_WIDTH, ROW, { align: 'center', size: 7 }));
        if (last) cell(doc, finals.get(pupil.id) ?? '', x0 + NUMBER_WIDTH + NAME_WIDTH + lessons.length * DATE_WIDTH, y, FINAL_WIDTH, ROW, { align: 'center', bold: true });
        y += ROW;
        gridLine(doc, x0, y, width);
        if (numbered % 5 === 0) await breathe();
      }
      // The columns' lines.
      const columns = [0, NUMBER_WIDTH, NUMBER_WIDTH + NAME_WIDTH, ...lessons.map((_, index) => NUMBER_WIDTH + NAME_WIDTH + (index + 1) * DATE_WIDTH), ...(last ? [width] : [])];
      for (const offset of columns) doc.moveTo(x0 + offset, top).lineTo(x0 + offset, y).lineWidth(0.4).strokeColor('#777777').stroke();
    }
  }
}

/** A wrapped text's height at the width. */
function heightOf(doc: Sheet, text: string, width: number, size: number): number {
  useFont(doc, 'regular').fontSize(size);
  return doc.heightOfString(text || '—', { width });
}

async function topicsSheets(doc: Sheet, record: JournalPageRecord): Promise<void> {
  const columns = [
    { title: 'Дата', width: 50 },
    { title: '№', width: 22 },
    { title: 'Тема урока', width: 300 },
    { title: 'Домашнее задание', width: 250 },
    { title: 'Учитель', width: 160 },
  ];
  const size = 7.5;
  let y = Infinity;
  const header = () => {
    doc.addPage();
    y = heading(doc, record, 'темы уроков и домашние задания');
    let x = doc.page.margins.left;
    for (const column of columns) {
      cell(doc, column.title, x, y, column.width, ROW, { bold: true, size: 7 });
      x += column.width;
    }
    y += ROW + 2;
  };
  const bottom = () => doc.page.height - doc.page.margins.bottom - 4;
  if (record.lessons.length === 0) header();
  for (const lesson of record.lessons) {
    const texts = [
      russianDate(lesson.date),
      String(lesson.number || ''),
      lesson.topic || (lesson.status === 'cancelled' ? 'урок отменён' : '—'),
      lesson.noHomework ? 'без задания' : lesson.homework || '—',
      `${lesson.teacher.name}${lesson.substituted ? ' (замена)' : ''}`,
    ];
    const height = Math.max(ROW, ...texts.map((text, index) => heightOf(doc, text, columns[index].width - 4, size) + 3));
    if (y + height > bottom()) header();
    let x = doc.page.margins.left;
    texts.forEach((text, index) => {
      useFont(doc, 'regular').fontSize(size).fillColor('#000000');
      doc.text(text, x + 2, y + 1, { width: columns[index].width - 4, height: height + 2 });
      x += columns[index].width;
    });
    y += height;
    gridLine(doc, doc.page.margins.left, y, columns.reduce((sum, column) => sum + column.width, 0));
    await breathe();
  }
}

function historySheet(doc: Sheet, record: JournalPageRecord): void {
  const changed = record.marks.filter((mark) => mark.history.length > 0);
  if (!record.amends && record.changeRequests.length === 0 && changed.length === 0) return;
  doc.addPage();
  let y = heading(doc, record, 'изменения');
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const names = new Map(record.pupils.map((pupil) => [pupil.id, pupil.name]));
  const dates = new Map(record.lessons.map((lesson) => [lesson.id, lesson.date]));
  const line = (text: string) => {
    useFont(doc, 'regular').fontSize(7.5).fillColor('#000000');
    const height = doc.heightOfString(text, { width });
    if (y + height > doc.page.height - doc.page.margins.bottom - 4) {
      doc.addPage();
      y = heading(doc, record, 'изменения (продолжение)');
    }
    doc.text(text, doc.page.margins.left, y, { width });
    y += height + 3;
  };
  if (record.amends) line(`Эта запись изменяет запись ${record.amends.sha256.slice(0, 16)}…: ${record.amends.reason}.`);
  for (const mark of changed) {
    for (const revision of mark.history) {
      line(`${names.get(mark.pupilId) ?? mark.pupilId}, урок ${russianDate(dates.get(mark.lessonId) ?? '')}: было «${revision.mark}»${revision.removed ? ' (удалена)' : ''}; изменил(а) ${revision.changedBy} ${revision.changedAt.slice(0, 16).replace('T', ' ')}${revision.reason ? `, причина: ${revision.reason}` : ''}. Сейчас «${mark.mark}».`);
    }
  }
  for (const request of record.changeRequests) {
    const status = request.status === 'approved' ? 'одобрен' : request.status === 'rejected' ? 'отклонён' : 'ожидает решения';
    line(`Запрос на изменение: ${names.get(request.pupilId) ?? request.pupilId}, урок ${russianDate(dates.get(request.lessonId) ?? '')} → «${request.requested}»; причина: ${request.reason}; запросил(а) ${request.requestedBy}; ${status}${request.decidedBy ? ` (${request.decidedBy}${request.decisionNote ? `: ${request.decisionNote}` : ''})` : ''}.`);
  }
}

/** The PDF of a journal page's closed record. */
export async function printJournalPage(record: JournalPageRecord, hash: string, verifyUrl: string): Promise<Buffer> {
  const { doc, finish } = printout(`Классный журнал: ${record.class.name}, ${record.subject.name}, ${record.period.name} ${record.year.name}`, record.school.name);
  await marksSheets(doc, record);
  await topicsSheets(doc, record);
  historySheet(doc, record);
  return finish(hash, verifyUrl);
}
