import { randomUUID } from 'node:crypto';
import { FailedPrecondition, InvalidArgument } from '@ejournal/kit';
import { markOnTime } from './deadlines';
import { lessonOf, type JournalPage, type Mark } from './journal-page';
import { ensureBegun, ensureConductable } from './lesson-record';
import type { JournalRules } from './rules';
import { boundedText as text } from './text';

export const PASS_FAIL = ['зачёт', 'незачёт'];

export interface MarkInput {
  studentId: string;
  values: number[];
  passFail?: string;
  workKind: string;
  comment?: string;
  explanation?: string;
}

/** Codes of a real absence (late, «О», is not one). */
const ABSENT = ['Н', 'Б', 'У'];

export const absenceOf = (page: JournalPage, lessonId: string, studentId: string) =>
  (page.absences ?? []).find((absence) => absence.lessonId === lessonId && absence.studentId === studentId && ABSENT.includes(absence.code));

export function checkedMark(input: MarkInput, rules: JournalRules) {
  const kind = rules.workKinds.find((candidate) => candidate.code === input.workKind);
  if (!kind) throw new InvalidArgument(`вид работы «${input.workKind}» не задан в настройках школы: ${rules.workKinds.map((candidate) => candidate.code).join(', ')}`, { workKind: 'вид работы' });
  const passFail = (input.passFail ?? '').trim();
  if (rules.scale === 'pass-fail' && !passFail) throw new InvalidArgument('этот предмет оценивается зачётом (учебный план): «зачёт» или «незачёт»', { passFail: 'зачёт или незачёт' });
  if (rules.scale === 'marks' && passFail) throw new InvalidArgument(`этот предмет оценивается отметками ${rules.lowestMark}–${rules.highestMark}, а не зачётом (учебный план)`, { values: `от ${rules.lowestMark} до ${rules.highestMark}` });
  if (passFail) {
    if (!PASS_FAIL.includes(passFail)) throw new InvalidArgument('зачёт/незачёт: «зачёт» или «незачёт»', { passFail: 'зачёт или незачёт' });
    if (input.values.length > 0) throw new InvalidArgument('у зачёта нет отметки баллом', { values: 'пусто при зачёте' });
  } else {
    // 004 §4.2.5: marks on the school's scale; a double mark «4/5» where two kinds of work were done.
    if (input.values.length === 0 || input.values.length > 2) throw new InvalidArgument('отметка: одно значение или двойная отметка из двух', { values: '1 или 2 значения' });
    for (const value of input.values) {
      if (!(Number.isInteger(value) && value >= rules.lowestMark && value <= rules.highestMark)) throw new InvalidArgument(`отметка ${value} вне шкалы школы (${rules.lowestMark}–${rules.highestMark})`, { values: `от ${rules.lowestMark} до ${rules.highestMark}` });
    }
  }
  return { kind, passFail, comment: text(input.comment, 'comment', 500) };
}

/**
 * Bulk entry of marks on one lesson. A mark is refused for a student not in the class (or group) on
 * the lesson's date, and in the first grade (000 §9.1). Entry is never blocked for lateness; each mark
 * knows whether it came on time (004 §4.2.5).
 */
export function setMarks(page: JournalPage, lessonId: string, inputs: MarkInput[], students: string[], rules: JournalRules, by: string, at: Date, idOf: (index: number) => string = () => randomUUID()): { page: JournalPage; marks: Mark[]; added: Mark[] } {
  const lesson = lessonOf(page, lessonId);
  ensureConductable(lesson);
  if (lesson.grade === 1) throw new FailedPrecondition('в 1 классе отметки не ставятся (000 §9.1, 002 §1.5, 004 §3.8)');
  if (inputs.length === 0) throw new InvalidArgument('нет отметок', { marks: 'хотя бы одна' });
  ensureBegun(lesson, at, rules, 'отметки');
  const marks = inputs.map((input, index) => {
    // A retry of the same request (the same idempotency key) finds its marks there: they are not set twice.
    const already = page.marks.find((mark) => mark.id === idOf(index));
    if (already) return already;
    if (!students.includes(input.studentId)) throw new InvalidArgument(`строка ${index + 1}: ученика нет в списке класса на ${lesson.date}`, { [`marks[${index}].studentId`]: 'ученик класса на дату урока' });
    const { kind, passFail, comment } = checkedMark(input, rules);
    // 000 §9.1: a mark over an absence (work done later) only with an explanation to parents and administration.
    const explanation = text(input.explanation, 'explanation', 500);
    if (absenceOf(page, lessonId, input.studentId) && !explanation) {
      throw new InvalidArgument(`строка ${index + 1}: ученик отсутствовал на уроке — отметка ставится только с пояснением для родителей (000 §9.1)`, { [`marks[${index}].explanation`]: 'обязательно при отсутствии' });
    }
    const mark: Mark = {
      id: idOf(index),
      lessonId,
      studentId: input.studentId,
      values: passFail ? [] : input.values,
      passFail,
      workKind: kind.code,
      weight: kind.weight,
      comment,
      setBy: by,
      setAt: at,
      onTime: markOnTime(lesson.date, kind, rules, at),
      removed: false,
      revision: 1,
      history: [],
      explanation,
    };
    return mark;
  });
  const added = marks.filter((mark) => !page.marks.includes(mark));
  return { page: { ...page, marks: [...page.marks, ...added] }, marks, added };
}

