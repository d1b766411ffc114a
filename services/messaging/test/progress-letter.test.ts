import type { diaryV1 } from '@ejournal/contracts';
import { InvalidArgument } from '@ejournal/kit';
import { pdfPageTexts } from '@ejournal/testing';
import { letterInterval, pupilLetter } from '../src/letters/letter-sources';
import { russianDate } from '../src/domain/notices';
import { intervalTitle, renderProgressLetters, type LetterSubject, type ProgressLetter } from '../src/letters/progress-letter';

// 000 §9.2, 004 §4.2.4: the class teacher's information letter for families without internet.

/** Text compared without its spaces and line breaks: a long name wraps where the line ends. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

const SUBJECTS = ['Русский язык', 'Математика', 'Литература', 'История', 'Окружающий мир', 'Английский язык', 'Физическая культура', 'Музыка', 'Изобразительное искусство', 'Технология', 'Информатика', 'Биология'];
const LONG_NAME = 'Константинопольская-Завьялова-Нечипоренко Анастасия-Виктория Александровна-Мария Оглы Кызы Христорождественская';

const subject = (name: string, fill: Partial<LetterSubject> = {}): LetterSubject => ({ name, teachers: ['Иванова Мария Петровна'], marks: [], absences: [], homework: [], remarks: [], ...fill });

/** Pupil n of the class: every third with a long name; pupil 7 with a month of many marks, comments and homework in every subject. */
function letterOf(n: number): ProgressLetter {
  const pupil = n % 3 === 0 ? `${LONG_NAME} ${n}` : `Ученикова Анна ${['Сергеевна', 'Петровна', 'Ивановна'][n % 3]} №${n}`;
  const heavy = n === 7;
  const subjects = heavy
    ? SUBJECTS.map((name, s) =>
        subject(name, {
          marks: Array.from({ length: 12 }, (_, m) => ({ date: `2026-12-${String(1 + m * 2).padStart(2, '0')}`, mark: String(2 + ((m + s) % 4)), workKind: 'Ответ на уроке', comment: `Комментарий ${s}-${m}: разобрать ошибки в задачах на проценты и повторить правило` })),
          homework: Array.from({ length: 8 }, (_, h) => ({ date: `2026-12-${String(1 + h * 3).padStart(2, '0')}`, text: `§ ${h + 1}, упр. ${10 + h}–${15 + h}; повторить определения и выучить наизусть стихотворение` })),
        }),
      )
    : [
        subject('Математика', { marks: [{ date: '2026-12-02', mark: n % 2 ? '5' : '4/5', workKind: 'Контрольная работа', comment: `Отметка ученика ${n}` }, { date: '2026-12-04', mark: 'зачёт', workKind: '', comment: '' }], homework: [{ date: '2026-12-02', text: '§ 12, № 5–9' }] }),
        subject('Русский язык', { absences: [{ date: '2026-12-03', text: n % 2 ? 'Б' : 'Н' }], remarks: [{ date: '2026-12-03', text: 'Не было тетради' }] }),
      ];
  return { school: 'МБОУ СШ № 7', className: '5А', classTeacher: 'Петрова Ольга Ивановна', from: '2026-12-01', to: '2026-12-31', pupil, subjects };
}

describe('the information letters of a class (000 §9.2, 004 §4.2.4)', () => {
  const letters = Array.from({ length: 35 }, (_, n) => letterOf(n));
  let rendered: { pdf: Buffer; pages: number };
  let pages: string[];
  /** The sheets of pupil n, in order. */
  const sheetsOf = (n: number) => pages.filter((text) => squeezed(text).includes(squeezed(`${letters[n].pupil}, 5А — лист`)));

  beforeAll(async () => {
    rendered = await renderProgressLetters(letters);
    pages = pdfPageTexts(rendered.pdf);
  });

  it('sets one A4 PDF in which every pupil of 35 has their own sheet, named in Cyrillic', () => {
    expect(rendered.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(rendered.pages).toBeGreaterThanOrEqual(35);
    expect(pages).toHaveLength(rendered.pages);
    letters.forEach((letter, n) => {
      const [first] = sheetsOf(n);
      expect(first).toBeDefined();
      expect(first).toContain('Информационное письмо');
      expect(squeezed(first)).toContain(squeezed(letter.pupil));
      expect(first).toContain('Период: 1 — 31 декабря 2026');
      expect(sheetsOf(n).at(-1)).toContain('Родитель (законный представитель)');
    });
    // A4 portrait: 595 × 842 points.
    expect(rendered.pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it("prints a pupil's marks with dates, kinds of work and comments, absences and homework on that pupil's sheet only", () => {
    const [sheet] = sheetsOf(4);
    expect(sheet).toContain('Математика');
    expect(sheet).toContain('02.12.2026 — 4/5 (Контрольная работа); комментарий учителя: «Отметка ученика 4»');
    expect(sheet).toContain('04.12.2026 — зачёт');
    expect(sheet).toContain('03.12.2026 — Н (без уважительной причины)');
    expect(sheet).toContain('Пропуски уроков за период: 1 (Н — 1).');
    expect(sheet).toContain('02.12.2026 — § 12, № 5–9');
    expect(sheet).toContain('Не было тетради');
    expect(sheetsOf(5)[0]).toContain('03.12.2026 — Б (по болезни)');
    expect(pages.filter((text) => text.includes('«Отметка ученика 4»'))).toEqual([sheet]);
  });

  it('continues a pupil whose month does not fit on one sheet on the next, under their heading again', () => {
    const sheets = sheetsOf(7);
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    expect(sheets[0]).not.toContain('(продолжение)');
    for (const sheet of sheets.slice(1)) {
      expect(sheet).toContain('Информационное письмо (продолжение)');
      expect(squeezed(sheet)).toContain(squeezed(`Ученик(ца): ${letters[7].pupil}`));
    }
    expect(sheets.at(-1)).toContain(`лист ${sheets.length} из ${sheets.length}`);
    // Everything is there, once: the last subject's last mark, the signatures at the very end.
    expect(pages.filter((text) => squeezed(text).includes(squeezed('Комментарий 11-11: разобрать ошибки')))).toHaveLength(1);
    expect(sheets.at(-1)).toContain('Родитель (законный представитель)');
    expect(sheets.slice(0, -1).some((sheet) => sheet.includes('Родитель (законный представитель)'))).toBe(false);
    // The next pupil starts on a sheet of their own.
    expect(pages.indexOf(sheetsOf(8)[0])).toBe(pages.indexOf(sheets.at(-1)!) + 1);
    expect(rendered.pages).toBe(35 + sheets.length - 1);
  });
});

describe('the dates of a letter', () => {
  it('reads as a Russian reader expects', () => {
    expect(russianDate('2026-12-07')).toBe('07.12.2026');
    expect(intervalTitle('2026-12-01', '2026-12-07')).toBe('1 — 7 декабря 2026');
    expect(intervalTitle('2026-11-28', '2026-12-04')).toBe('28 ноября — 4 декабря 2026');
    expect(intervalTitle('2026-12-29', '2027-01-04')).toBe('29 декабря 2026 — 4 января 2027');
    expect(intervalTitle('2026-12-07', '2026-12-07')).toBe('7 декабря 2026');
  });
});

describe('the interval of a letter (a week or a month)', () => {
  it('takes a week and a month, and names the weeks the diary is asked for', () => {
    expect(letterInterval('2026-12-07', '2026-12-13')).toEqual({ from: '2026-12-07', to: '2026-12-13', mondays: ['2026-12-07'] });
    expect(letterInterval('2026-12-01', '2026-12-31').mondays).toEqual(['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
    expect(letterInterval('2026-11-01', '2026-12-01').mondays).toHaveLength(6);
    expect(letterInterval('2026-12-07', '2026-12-07').mondays).toEqual(['2026-12-07']);
  });

  it('refuses more than 31 days, an end before the start and what is not a date', () => {
    expect(() => letterInterval('2026-12-01', '2027-01-01')).toThrow(InvalidArgument);
    expect(() => letterInterval('2026-12-01', '2027-01-01')).toThrow('период письма — не длиннее 31 дня (неделя или месяц)');
    expect(() => letterInterval('2026-12-08', '2026-12-07')).toThrow('начало периода позже его конца');
    for (const [from, to] of [['2026-02-30', '2026-03-02'], ['07.12.2026', '2026-12-13'], ['2026-12-07', ''], ['', '']]) {
      expect(() => letterInterval(from, to)).toThrow(InvalidArgument);
    }
  });
});

describe("a pupil's letter from the diary's weeks", () => {
  const lesson = (fill: Partial<diaryV1.DiaryLesson__Output>): diaryV1.DiaryLesson__Output => ({
    lessonId: 'L',
    date: '2026-12-07',
    number: 1,
    startsAt: '08:30',
    endsAt: '09:15',
    subjectId: 'math',
    subjectName: 'Математика',
    teacherId: 'T',
    teacherName: 'Иванова Мария Петровна',
    substituted: false,
    status: 'planned',
    topic: '',
    homework: '',
    noHomework: false,
    individualHomework: '',
    files: [],
    marks: [],
    absence: '',
    periodId: 'P',
    remark: '',
    ...fill,
  });
  const mark = (values: number[], workKind: string, comment = ''): diaryV1.DiaryMark__Output => ({ markId: 'M', values, passFail: '', workKind, weight: 1, comment });

  it('keeps the lessons of the interval by subject, with the kinds of work by name', () => {
    const week: diaryV1.WeekPage__Output = {
      studentId: 'S',
      week: '2026-12-07',
      keeping: null,
      lessons: [
        lesson({ lessonId: 'A', marks: [mark([5], 'test', 'Молодец')], homework: '№ 1–5', files: [{ id: 'F', name: 'задачи.pdf', contentType: 'application/pdf', size: 10 }] }),
        lesson({ lessonId: 'B', date: '2026-12-08', subjectId: 'rus', subjectName: 'Русский язык', absence: 'Б', teacherName: 'Петрова Ольга Ивановна' }),
        lesson({ lessonId: 'C', date: '2026-12-09', status: 'cancelled', homework: 'не печатается' }),
        lesson({ lessonId: 'D', date: '2026-12-14', marks: [mark([2], 'test')] }),
        lesson({ lessonId: 'E', date: '2026-12-09', number: 2, marks: [mark([4, 5], 'secret')], individualHomework: 'доклад', teacherName: 'Сидоров Пётр Ильич' }),
      ],
    };
    const letter = pupilLetter({ school: 'МБОУ СШ № 7', className: '5А', classTeacher: '', from: '2026-12-07', to: '2026-12-13' }, 'Петров Пётр', [week], new Map([['test', 'Контрольная работа']]));
    expect(letter.pupil).toBe('Петров Пётр');
    expect(letter.subjects).toEqual([
      {
        name: 'Математика',
        teachers: ['Иванова Мария Петровна', 'Сидоров Пётр Ильич'],
        marks: [
          { date: '2026-12-07', mark: '5', workKind: 'Контрольная работа', comment: 'Молодец' },
          { date: '2026-12-09', mark: '4/5', workKind: '', comment: '' },
        ],
        absences: [],
        homework: [
          { date: '2026-12-07', text: '№ 1–5; (файлы в электронном дневнике: задачи.pdf)' },
          { date: '2026-12-09', text: 'индивидуально: доклад' },
        ],
        remarks: [],
      },
      { name: 'Русский язык', teachers: ['Петрова Ольга Ивановна'], marks: [], absences: [{ date: '2026-12-08', text: 'Б' }], homework: [], remarks: [] },
    ]);
  });
});
