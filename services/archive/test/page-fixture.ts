import type { gradebookV1 } from '@ejournal/contracts';

/** A closed page as the gradebook answers: `pupils` pupils, `lessons` dated lessons, a few marks, absences, finals, one approved change. */
export function closedPage(pupils: number, lessons: number): gradebookV1.JournalPage__Output {
  const studentIds = Array.from({ length: pupils }, (_, index) => `pupil-${String(index + 1).padStart(2, '0')}`);
  const dates = Array.from({ length: lessons }, (_, index) => new Date(Date.UTC(2026, 8, 1) + index * 2 * 86_400_000).toISOString().slice(0, 10));
  const at = { seconds: String(Date.UTC(2026, 9, 1) / 1000), nanos: 0 };
  const lessonOf = (date: string, index: number): gradebookV1.LessonRecord__Output => ({
    lessonId: `lesson-${index + 1}`,
    date,
    number: 2,
    teacherId: index === 3 ? 'teacher-2' : 'teacher-1',
    substituted: index === 3,
    status: 'scheduled',
    topic: index === 0 ? 'Сложение и вычитание обыкновенных дробей с разными знаменателями: повторение' : `Тема ${index + 1}`,
    homework: `§ ${index + 1}, № ${100 + index}`,
    noHomework: false,
    individualHomework: [],
    remarks: [],
    conducted: true,
    recordedBy: 'teacher-1',
    recordedAt: at,
    onTime: true,
    files: [],
    topicNumber: 0,
  });
  const marks: gradebookV1.Mark__Output[] = studentIds.flatMap((studentId, pupil) =>
    dates.slice(0, 6).map((_, lesson) => ({
      id: `mark-${pupil}-${lesson}`,
      lessonId: `lesson-${lesson + 1}`,
      studentId,
      values: lesson === 2 ? [4, 5] : [((pupil + lesson) % 4) + 2],
      passFail: '',
      workKind: lesson === 2 ? 'test' : 'oral',
      weight: lesson === 2 ? 2 : 1,
      comment: '',
      setBy: 'teacher-1',
      setAt: at,
      onTime: true,
      revision: pupil === 0 && lesson === 0 ? 1 : 0,
      history: pupil === 0 && lesson === 0 ? [{ values: [2], passFail: '', workKind: 'oral', comment: '', changedBy: 'teacher-1', changedAt: at, reason: 'ошибка при вводе', removed: false }] : [],
      explanation: '',
      removed: false,
    })),
  );
  return {
    id: 'page-1',
    classId: 'class-5a',
    groupId: '',
    subjectId: 'math',
    periodId: 'q1',
    grade: 5,
    lessons: dates.map(lessonOf),
    studentIds,
    marks,
    finals: studentIds.map((studentId, index) => ({ kind: 'period', studentId, value: (index % 3) + 3, proposed: (index % 3) + 3, average: 3.5, reason: '', setBy: 'teacher-1', setAt: at, notAttested: false })),
    proposals: [],
    changeRequests: [{ id: 'cr-1', markId: 'mark-1-1', lessonId: 'lesson-2', studentId: studentIds[1], values: [5], passFail: '', workKind: 'oral', comment: '', removal: false, reason: 'ответ пересмотрен', requestedBy: 'teacher-1', requestedAt: at, status: 'approved', decidedBy: 'admin-1', decisionNote: 'согласовано' }],
    version: '7',
    markCorrectionMinutes: 60,
    absences: [{ lessonId: 'lesson-4', studentId: studentIds[2], code: 'Б' }, { lessonId: 'lesson-5', studentId: studentIds[0], code: 'Н' }],
    closed: true,
    finalRequests: [],
    planTopics: [],
  } as unknown as gradebookV1.JournalPage__Output;
}

/** Names as identity gives them: some very long (a double surname and a long patronymic). */
export function pupilName(id: string): string {
  if (id === 'teacher-1') return 'Смирнова Ольга Ивановна';
  if (id === 'teacher-2') return 'Кузнецов Пётр Андреевич';
  if (id === 'admin-1') return 'Волкова Анна Сергеевна';
  const number = Number(id.split('-')[1]);
  return number === 7 ? 'Римского-Корсакова-Долгорукова Александра-Виктория Константиновна' : `Ученикова${number} Мария Петровна`;
}

export const PLACE = {
  school: { id: 'school-1', name: 'МБОУ «Средняя школа № 7»' },
  year: { id: 'year-1', name: '2026/2027' },
  period: { id: 'q1', name: '1 четверть', startsOn: '2026-09-01', endsOn: '2026-10-31', closedOn: '2026-10-31' },
  class: { id: 'class-5a', name: '5А' },
  subject: { id: 'math', name: 'Математика' },
};
