import { pdfPageTexts } from '@ejournal/testing';
import { journalPageRecord } from '../../src/domain/record-builders';
import { attendanceSheetRecord, summarySheetRecord } from '../../src/domain/record-builders';
import { printAttendanceSheet } from '../../src/printouts/attendance-printout';
import { printJournalPage } from '../../src/printouts/journal-printout';
import { printSummarySheet } from '../../src/printouts/summary-printout';
import { closedPage, PLACE, pupilName } from '../page-fixture';

// 002 §5, 003 §5: paper-equivalent printouts of the closed journal, in Russian, each sheet carrying the
// record's fingerprint and where to check it.

const HASH = '3f2a9c01'.repeat(8);
const URL = 'https://ejournal.example.ru/api/archive/records';

describe('the printed journal page', () => {
  it('prints 35 pupils and 50 lessons: names in Cyrillic, marks, the final, topics, history — the fingerprint on every sheet', async () => {
    const record = journalPageRecord(PLACE, closedPage(35, 50), pupilName);
    const pages = pdfPageTexts(await printJournalPage(record, HASH, URL));
    // 50 dates need two runs of columns; 35 pupils fit one sheet each; then topics and the changes.
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const all = pages.join('\n');
    expect(all).toContain('Классный журнал · 5А · Математика · 1 четверть 2026/2027');
    expect(all).toContain('Ученикова35 Мария Петровна');
    expect(all).toContain('Римского-Корсакова'); // the long name, fitted into its cell
    expect(all).toContain('4/5');
    expect(all).toContain('Итог');
    expect(all).toContain('Сложение и вычитание обыкновенных дробей');
    expect(all).toContain('Кузнецов Пётр Андреевич (замена)');
    expect(all).toContain('ошибка при вводе');
    expect(all).toMatch(/одобрен \(Волкова Анна Сергеевна: согласовано\)/);
    pages.forEach((text, index) => {
      expect(text).toContain('SHA-256: 3f2a 9c01');
      expect(text).toContain(`${URL}/${HASH}/verification`);
      expect(text).toContain(`лист ${index + 1} из ${pages.length}`);
    });
  });

  it('prints a class of one pupil and one lesson on single sheets', async () => {
    const record = journalPageRecord(PLACE, closedPage(1, 1), pupilName);
    const pages = pdfPageTexts(await printJournalPage(record, HASH, URL));
    expect(pages.length).toBe(3);
  });
});

describe('the printed summary sheet', () => {
  it('prints pupils × subjects with year finals and exams, and the signatures', async () => {
    const finals = (subjectId: string, year: number) => ({
      classId: 'class-5a',
      subjectId,
      yearId: 'year-1',
      students: Array.from({ length: 35 }, (_, index) => ({ studentId: `pupil-${String(index + 1).padStart(2, '0')}`, periodFinals: [{ periodId: 'q1', periodName: '1 четверть', value: year }], proposed: year, yearFinal: year, exam: subjectId === 'rus' ? 4 : 0 })),
      finals: [],
      closed: true,
      finalRequests: [],
    });
    const record = summarySheetRecord({ ...PLACE, period: { ...PLACE.period, id: 'year:year-1' } }, [{ id: 'q1', name: '1 четверть' }], [
      { subject: { id: 'math', name: 'Математика' }, finals: finals('math', 5) },
      { subject: { id: 'rus', name: 'Русский язык' }, finals: finals('rus', 4) },
    ], pupilName);
    const pages = pdfPageTexts(await printSummarySheet(record, HASH, URL));
    const all = pages.join('\n');
    expect(all).toContain('Сводная ведомость учёта успеваемости · 5А · 2026/2027');
    expect(all).toMatch(/Русский\s+язык/);
    expect(all).toContain('4 (4)');
    expect(all).toContain('Ученикова35 Мария Петровна');
    expect(all).toContain('Директор');
    pages.forEach((text) => expect(text).toContain('SHA-256: 3f2a 9c01'));
  });
});

describe('the printed attendance sheet', () => {
  it('prints 35 pupils × the class\'s days with the missed lessons and each pupil\'s totals', async () => {
    const sheet = attendanceSheetRecord(PLACE, [journalPageRecord(PLACE, closedPage(35, 40), pupilName)]);
    const pages = pdfPageTexts(await printAttendanceSheet(sheet, HASH, URL));
    const all = pages.join('\n');
    expect(all).toContain('Сводная ведомость посещаемости · 5А · 1 четверть 2026/2027');
    expect(all).toContain('Ученикова35 Мария Петровна');
    expect(all).toContain('всего');
    expect(all).toMatch(/(^|\s)б(\s|$)/m);
    pages.forEach((text, index) => expect(text).toContain(`лист ${index + 1} из ${pages.length}`));
  });
});
