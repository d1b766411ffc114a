import { absenceNotice, accountNotice, addressed, changeRequestNotice, invitationNotice, finalAtRiskNotice, homeworkNotice, lessonNotice, markNotice, markOverAbsenceNotice, markValue, messageNotice, noticeId, reportNotice, russianDate, type Names } from '../../src/domain/notices';

// 000 §9.1, 000 §9.2: parents are told of failing marks and absences; 002 §3.8: the family sees the teacher's comments.

const names: Names = {
  subject: (id) => ({ math: 'Математика', rus: 'Русский язык' })[id] ?? '',
  workKind: (code) => ({ test: 'контрольная работа', lab: 'лабораторная работа' })[code] ?? '',
  pupil: (id) => ({ STU5: 'Иванов Пётр' })[id] ?? '',
};
const mark = { markId: 'M1', revision: 1, studentId: 'STU5', subjectId: 'math', date: '2026-12-01', values: [5], passFail: '', workKind: 'test', comment: '', removed: false };

describe('a notice’s id', () => {
  it('is the same for the same fact and person: a redelivered fact makes no second notice', () => {
    expect(noticeId('mark:M1:1', 'P')).toBe(noticeId('mark:M1:1', 'P'));
    expect(noticeId('mark:M1:1', 'P')).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('differs across persons and across facts', () => {
    expect(noticeId('mark:M1:1', 'P')).not.toBe(noticeId('mark:M1:1', 'Q'));
    expect(noticeId('mark:M1:1', 'P')).not.toBe(noticeId('mark:M1:2', 'P'));
    // The separator keeps «fact + person» from running together.
    expect(noticeId('ab', 'c')).not.toBe(noticeId('a', 'bc'));
  });

  it('addresses a draft to a person, unread', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(addressed(markNotice(mark, false, names), 'P', 'S', now, '2027-11')).toEqual({
      _id: noticeId('mark:M1:1', 'P'),
      personId: 'P',
      schoolId: 'S',
      kind: 'mark',
      title: 'Новая оценка: Математика',
      text: 'Иванов Пётр: 5 (контрольная работа) за 01.12.2026',
      studentId: 'STU5',
      createdAt: now,
      read: false,
      keptUntil: '2027-11',
    });
  });
});

describe('dates as the families read them', () => {
  it('are ДД.ММ.ГГГГ', () => {
    expect(russianDate('2026-12-01')).toBe('01.12.2026');
    expect(russianDate('2027-05-31')).toBe('31.05.2027');
  });

  it('are left as they are when they are not dates', () => {
    expect(russianDate('')).toBe('');
    expect(russianDate('вчера')).toBe('вчера');
  });
});

describe('marks (002 §3.8: the family sees marks and the teacher’s comments)', () => {
  it('tells of a new mark with its subject, value, kind of work, date and the teacher’s comment', () => {
    expect(markNotice({ ...mark, comment: 'Молодец, без ошибок' }, false, names)).toEqual({
      factKey: 'mark:M1:1',
      kind: 'mark',
      title: 'Новая оценка: Математика',
      text: 'Иванов Пётр: 5 (контрольная работа) за 01.12.2026. Комментарий учителя: Молодец, без ошибок',
      studentId: 'STU5',
    });
  });

  it('tells of a corrected mark as a fact of its own (its revision)', () => {
    const corrected = markNotice({ ...mark, revision: 2, values: [4] }, true, names);
    expect(corrected).toMatchObject({ factKey: 'mark:M1:2', kind: 'mark-corrected', title: 'Оценка исправлена: Математика', text: 'Иванов Пётр: 4 (контрольная работа) за 01.12.2026' });
  });

  it('tells of a removed mark without its value or comment', () => {
    expect(markNotice({ ...mark, revision: 3, removed: true, comment: 'списано' }, true, names)).toMatchObject({ title: 'Оценка отменена: Математика', text: 'Иванов Пётр: оценка 01.12.2026 отменена' });
  });

  it('writes a double mark as «4/5» (004 §4.2.5) and leaves out an unknown kind of work', () => {
    expect(markNotice({ ...mark, values: [4, 5], workKind: '' }, false, names).text).toBe('Иванов Пётр: 4/5 за 01.12.2026');
  });

  it('writes pass/fail marks as the journal has them: «зачёт», «незачёт» (000 §9.1)', () => {
    expect(markValue([], 'зачёт')).toBe('зачёт');
    expect(markValue([], 'незачёт')).toBe('незачёт');
    expect(markValue([], 'pass')).toBe('зачёт');
    expect(markValue([], 'fail')).toBe('незачёт');
    expect(markNotice({ ...mark, values: [], passFail: 'зачёт' }, false, names).text).toBe('Иванов Пётр: зачёт (контрольная работа) за 01.12.2026');
    expect(markNotice({ ...mark, values: [], passFail: 'незачёт' }, false, names).text).toBe('Иванов Пётр: незачёт (контрольная работа) за 01.12.2026');
  });

  it('shortens a long comment to 300 characters', () => {
    const { text } = markNotice({ ...mark, comment: 'а'.repeat(400) }, false, names);
    expect(text).toBe(`Иванов Пётр: 5 (контрольная работа) за 01.12.2026. Комментарий учителя: ${'а'.repeat(299)}…`);
  });
});

describe('a mark over an absence (000 §9.1: with the teacher’s explanation for the parents)', () => {
  const fact = { markId: 'M2', studentId: 'STU5', subjectId: 'rus', date: '2026-12-02', absenceCode: 'н', explanation: 'Диктант написан после уроков' };

  it('names the subject, the date, the absence and the teacher’s explanation', () => {
    expect(markOverAbsenceNotice(fact, names)).toEqual({
      factKey: 'over-absence:M2',
      kind: 'mark-over-absence',
      title: 'Оценка за пропущенный урок: Русский язык',
      text: 'Иванов Пётр: на уроке 02.12.2026 отмечен пропуск («Н»), и поставлена оценка. Пояснение учителя: Диктант написан после уроков',
      studentId: 'STU5',
    });
  });

  it('says so when no explanation was given', () => {
    expect(markOverAbsenceNotice({ ...fact, explanation: '' }, names).text).toMatch(/Пояснение учителя: не дано$/);
  });
});

describe('absences (004 §4.2.5: Н, Б, У)', () => {
  const fact = { lessonId: 'L1', studentId: 'STU5', subjectId: 'math', date: '2026-12-03', code: 'Н', revision: 1 };

  it.each([
    ['Н', 'без уважительной причины'],
    ['Б', 'по болезни'],
    ['У', 'по уважительной причине'],
    ['О', 'опоздание'],
  ])('«%s» is told as «%s»', (code, reason) => {
    expect(absenceNotice({ ...fact, code }, false, names)).toEqual({
      factKey: 'absence:L1:STU5:1',
      kind: 'absence',
      title: 'Пропуск урока: Математика',
      text: `Иванов Пётр: 03.12.2026 — «${code}» (${reason})`,
      studentId: 'STU5',
    });
  });

  it('tells of a corrected reason as a fact of its own', () => {
    expect(absenceNotice({ ...fact, code: 'б', revision: 2 }, true, names)).toEqual({
      factKey: 'absence:L1:STU5:2',
      kind: 'absence-corrected',
      title: 'Исправлена отметка о пропуске: Математика',
      text: 'Иванов Пётр: 03.12.2026 — «Б» (по болезни)',
      studentId: 'STU5',
    });
  });

  it('tells of an absence mark taken off', () => {
    expect(absenceNotice({ ...fact, code: '', revision: 3 }, true, names).text).toBe('Иванов Пётр: отметка о пропуске 03.12.2026 снята');
  });
});

describe('a final at risk (004 §5: «2» or «н/а»)', () => {
  const fact = { studentId: 'STU5', subjectId: 'math', periodId: 'Q2', kind: 'period', value: 2, notAttested: false };

  it('tells of a «2» for a period with the subject', () => {
    expect(finalAtRiskNotice(fact, names)).toEqual({
      factKey: 'final:STU5:math:Q2:period:2',
      kind: 'final-at-risk',
      title: 'Итоговая отметка: Математика',
      text: 'Иванов Пётр: за период — «2». Обратитесь к учителю или классному руководителю.',
      studentId: 'STU5',
    });
  });

  it('tells of «н/а» for the year and for an exam', () => {
    expect(finalAtRiskNotice({ ...fact, kind: 'year', value: 0, notAttested: true }, names)).toMatchObject({ factKey: 'final:STU5:math:Q2:year:na', text: 'Иванов Пётр: за год — «н/а» (не аттестован). Обратитесь к учителю или классному руководителю.' });
    expect(finalAtRiskNotice({ ...fact, kind: 'exam' }, names)!.text).toBe('Иванов Пётр: за экзамен — «2». Обратитесь к учителю или классному руководителю.');
  });

  it.each([3, 4, 5])('tells nothing of a «%s»', (value) => {
    expect(finalAtRiskNotice({ ...fact, value }, names)).toBeNull();
  });
});

describe('homework', () => {
  const fact = { lessonId: 'L1', subjectId: 'math', date: '2026-12-04', homework: '№ 125, 126' };

  it('names the subject, the lesson’s date and the task', () => {
    expect(homeworkNotice(fact, 'STU5', names)).toMatchObject({ kind: 'homework', title: 'Домашнее задание: Математика', text: 'Иванов Пётр: к уроку 04.12.2026 — № 125, 126', studentId: 'STU5' });
  });

  it('is the same fact for the same text, and a new one when the text changes', () => {
    expect(homeworkNotice(fact, 'STU5', names).factKey).toBe(homeworkNotice({ ...fact }, 'STU5', names).factKey);
    expect(homeworkNotice(fact, 'STU5', names).factKey).not.toBe(homeworkNotice({ ...fact, homework: '№ 127' }, 'STU5', names).factKey);
    expect(homeworkNotice(fact, 'STU5', names).factKey).not.toBe(homeworkNotice(fact, 'STU5B', names).factKey);
    expect(homeworkNotice(fact, 'STU5', names).factKey).toMatch(/^homework:L1:[A-Za-z0-9_-]{12}:STU5$/);
  });
});

describe('lessons cancelled and moved', () => {
  const lesson = { id: 'L1', subjectId: 'math', date: '2026-12-05', number: 3 };

  it('tells of a cancelled lesson with its number and reason', () => {
    expect(lessonNotice(lesson, { cancelled: true, previousDate: '', reason: 'болезнь учителя', version: 4 }, 'STU5', names)).toEqual({
      factKey: 'lesson-cancelled:L1:4:STU5',
      kind: 'lesson-cancelled',
      title: 'Урок отменён: Математика',
      text: 'Иванов Пётр: урок 05.12.2026 (3-й) отменён: болезнь учителя',
      studentId: 'STU5',
    });
  });

  it('tells of a moved lesson with both dates', () => {
    expect(lessonNotice({ ...lesson, number: 0 }, { cancelled: false, previousDate: '2026-12-04', reason: '', version: 5 }, 'STU5', names)).toEqual({
      factKey: 'lesson-moved:L1:5:STU5',
      kind: 'lesson-moved',
      title: 'Урок перенесён: Математика',
      text: 'Иванов Пётр: урок перенесён с 04.12.2026 на 05.12.2026',
      studentId: 'STU5',
    });
  });
});

describe('messages and reports', () => {
  it('tells of a new message with its thread’s subject and author', () => {
    expect(messageNotice({ threadId: 'TH', messageId: 'm1', subject: 'Контрольная', authorName: 'Григорьева Дарья Ивановна', text: 'Добрый день' })).toEqual({
      factKey: 'message:m1',
      kind: 'message',
      title: 'Новое сообщение: Контрольная',
      text: 'Григорьева Дарья Ивановна: Добрый день',
      studentId: '',
    });
  });

  it('quotes the reported message and the reason', () => {
    expect(reportNotice({ reportId: 'R1', subject: 'Контрольная', reporterName: 'Никитина Ольга', authorName: 'Орлов Павел', text: 'грубость', reason: '' })).toEqual({
      factKey: 'report:R1',
      kind: 'message-reported',
      title: 'Жалоба на сообщение в переписке «Контрольная»',
      text: 'Никитина Ольга сообщает о сообщении от Орлов Павел: «грубость». Причина: не указана',
      studentId: '',
    });
  });
});

describe('decisions, codes and the account itself', () => {
  it('tells the teacher how the administrator decided the change they asked for, with the note (004 §4.1)', () => {
    const rejected = changeRequestNotice({ requestId: 'r1', subjectId: 'math', date: '2026-09-07', approved: false, note: 'нужна работа на бумаге' }, { subject: () => 'Математика' });
    expect(rejected).toMatchObject({ factKey: 'change-request:r1', kind: 'change-request-decided', title: 'Исправление отклонено: Математика', text: 'Запрос на исправление отметки за 07.09.2026 отклонён администратором. Комментарий: нужна работа на бумаге' });
    expect(changeRequestNotice({ requestId: 'r2', subjectId: 'math', date: '2026-09-07', approved: true, note: '' }, { subject: () => 'Математика' }).text).toBe('Запрос на исправление отметки за 07.09.2026 одобрен администратором; отметка исправлена');
  });

  it('tells the parents for whom a code for their child was issued (004 §3.2), never the code', () => {
    const notice = invitationNotice({ invitationId: 'i1', childId: 'c1', role: 'interested_person' }, { pupil: () => 'Петров Пётр' });
    expect(notice).toMatchObject({ factKey: 'invitation:i1', kind: 'invitation', studentId: 'c1' });
    expect(notice.text).toBe('Петров Пётр: выдан код приглашения для заинтересованного лица. Если вы не знаете, кому он выдан, сообщите классному руководителю.');
  });

  it('tells of a blocked account and of a reset password, each as its own fact', () => {
    const locked = accountNotice({ accountId: 'a1', at: '2026-12-01T10:00:00.000Z', kind: 'account-locked' });
    const reset = accountNotice({ accountId: 'a1', at: '2026-12-01T10:00:00.000Z', kind: 'password-reset' });
    expect(locked).toMatchObject({ kind: 'account-locked', title: 'Учётная запись заблокирована' });
    expect(reset).toMatchObject({ kind: 'password-reset', title: 'Пароль сброшен' });
    expect(locked.factKey).not.toBe(reset.factKey);
    expect(accountNotice({ accountId: 'a1', at: '2026-12-02T10:00:00.000Z', kind: 'password-reset' }).factKey).not.toBe(reset.factKey);
  });
});
