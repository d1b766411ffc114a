import { FailedPrecondition, InvalidArgument } from '@ejournal/kit';
import type { Subject } from './catalogue';
import type { SchoolSettings } from './settings';

export interface CurriculumLine {
  subjectId: string;
  hoursPerWeek: number;
  elective: boolean;
  passFail: boolean;
}

/** The curriculum (учебный план) of one grade in one year. */
export interface Curriculum {
  _id: string;
  schoolId: string;
  yearId: string;
  grade: number;
  lines: CurriculumLine[];
  status: 'draft' | 'approved';
  approvedBy: string;
  approvedAt: Date | null;
  version: number;
}

export const curriculumId = (yearId: string, grade: number) => `${yearId}:${grade}`;

export function validateCurriculumLines(lines: CurriculumLine[], subjects: Subject[]): CurriculumLine[] {
  const seen = new Set<string>();
  const violations: Record<string, string> = {};
  lines.forEach((line, index) => {
    if (!subjects.some((subject) => subject.id === line.subjectId)) violations[`lines[${index}].subjectId`] = `нет предмета «${line.subjectId}» в каталоге школы`;
    else if (seen.has(line.subjectId)) violations[`lines[${index}].subjectId`] = `предмет «${line.subjectId}» указан дважды`;
    seen.add(line.subjectId);
    if (!(line.hoursPerWeek > 0 && line.hoursPerWeek <= 10 && Number.isInteger(line.hoursPerWeek * 2))) violations[`lines[${index}].hoursPerWeek`] = `часов в неделю: от 0,5 до 10 с шагом 0,5, а дано ${line.hoursPerWeek}`;
  });
  if (lines.length === 0) violations.lines = 'в учебном плане нет предметов';
  if (Object.keys(violations).length > 0) throw new InvalidArgument(`учебный план не сохранён: ${Object.values(violations).join('; ')}`, violations);
  return lines.map((line) => ({ subjectId: line.subjectId, hoursPerWeek: line.hoursPerWeek, elective: Boolean(line.elective), passFail: Boolean(line.passFail) }));
}

/** A curriculum is set per grade the school teaches: 1 to its last grade. */
export function validateCurriculumGrade(grade: number, settings: SchoolSettings): number {
  if (!(grade >= 1 && grade <= settings.lastGrade)) throw new InvalidArgument(`параллель от 1 до ${settings.lastGrade}`, { grade: 'параллель' });
  return grade;
}

/** The curriculum with new lines: a changed curriculum needs approving again. */
export function reviseCurriculum(curriculum: Curriculum, lines: CurriculumLine[]): Curriculum {
  return { ...curriculum, lines, status: 'draft', approvedBy: '', approvedAt: null };
}

/** The curriculum approved by `by` at `at`; refused when it is approved already. */
export function approveCurriculum(curriculum: Curriculum, by: string, at: Date): Curriculum {
  if (curriculum.status === 'approved') throw new FailedPrecondition(`учебный план ${curriculum.grade} классов уже утверждён`);
  return { ...curriculum, status: 'approved', approvedBy: by, approvedAt: at };
}

export interface LoadAssignment {
  teacherId: string;
  subjectId: string;
  classId: string;
  groupId: string;
  hoursPerWeek: number;
}
