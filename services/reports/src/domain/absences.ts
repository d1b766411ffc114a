import { later } from './moments';

/** An absence as attendance tells of it (code '' once it is withdrawn; revision orders its versions). */
export interface KeptAbsence {
  lessonId: string;
  studentId: string;
  subjectId: string;
  date: string;
  /** Н (unexcused), Б (illness), У (excused), О…; '' when withdrawn (004 §4.2.5). */
  code: string;
  revision: number;
}

/** A class's absences of one month: the attendance sheet by month and the summary sheet read it. */
export interface ClassMonthAbsences {
  _id: string;
  version: number;
  schoolId: string;
  classId: string;
  /** YYYY-MM. */
  month: string;
  absences: KeptAbsence[];
  asOf: string;
}

export const classMonthId = (classId: string, date: string) => `${classId}:${date.slice(0, 7)}`;

export function blankClassMonth(schoolId: string, classId: string, date: string): ClassMonthAbsences {
  return { _id: classMonthId(classId, date), version: 0, schoolId, classId, month: date.slice(0, 7), absences: [], asOf: '' };
}

export function withAbsence(doc: ClassMonthAbsences, absence: KeptAbsence, at: string): ClassMonthAbsences | null {
  const same = (item: KeptAbsence) => item.lessonId === absence.lessonId && item.studentId === absence.studentId;
  const current = doc.absences.find(same);
  if (current && current.revision >= absence.revision) return null;
  return { ...doc, absences: [...doc.absences.filter((item) => !same(item)), absence], asOf: later(at, doc.asOf) };
}

/** The months [from, to] touches, YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const name = `${year}-${String(month).padStart(2, '0')}`;
    if (name > last) break;
    months.push(name);
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}
