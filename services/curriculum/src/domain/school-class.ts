import { Conflict, InvalidArgument } from '@ejournal/kit';
import type { AcademicYear } from './academic-year';
import { isUuid } from './ids';
import type { SchoolSettings } from './settings';

export interface Group {
  id: string;
  subjectId: string;
  name: string;
}

export interface SchoolClass {
  _id: string;
  schoolId: string;
  yearId: string;
  grade: number;
  letter: string;
  /** «5А»: unique in a year. */
  name: string;
  classTeacherId: string;
  shift: number;
  groups: Group[];
  previousClassId: string;
  version: number;
}

export function className(grade: number, letter: string): string {
  return `${grade}${letter}`;
}

/** Splits «5А», «10 Б», «11-в» into grade and letter. */
export function parseClassName(written: string): { grade: number; letter: string } | undefined {
  const match = /^\s*(\d{1,2})\s*[-\s]?\s*([А-ЯЁа-яё])\s*$/.exec(written);
  if (!match) return undefined;
  return { grade: Number(match[1]), letter: match[2].toUpperCase() };
}

export function validateClass(input: { grade: number; letter?: string; classTeacherId?: string; shift?: number }, settings: SchoolSettings, year: AcademicYear) {
  const violations: Record<string, string> = {};
  if (!(Number.isInteger(input.grade) && input.grade >= 1 && input.grade <= settings.lastGrade)) violations.grade = `параллель от 1 до ${settings.lastGrade}, а дано ${input.grade}`;
  const letter = (input.letter ?? '').trim().toUpperCase();
  if (!/^[А-ЯЁ]$/.test(letter)) violations.letter = `литера класса — одна русская буква, а дано «${input.letter ?? ''}»`;
  const classTeacherId = input.classTeacherId ?? '';
  if (classTeacherId && !isUuid(classTeacherId)) violations.classTeacherId = 'идентификатор сотрудника';
  const shift = input.shift || 1;
  if (!settings.bellSchedules.some((schedule) => schedule.shift === shift)) violations.shift = `у школы нет расписания звонков ${shift} смены`;
  if (year.status !== 'open') violations.yearId = `учебный год ${year.name} уже закрыт переводом`;
  if (Object.keys(violations).length > 0) throw new InvalidArgument(`класс не создан: ${Object.values(violations).join('; ')}`, violations);
  return { grade: input.grade, letter, name: className(input.grade, letter), classTeacherId, shift };
}

export function validateGroupName(name: string | undefined, schoolClass: SchoolClass, subjectId: string): string {
  const tidied = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!tidied || tidied.length > 60) throw new InvalidArgument('название группы: от 1 до 60 символов', { name: 'название группы' });
  if (schoolClass.groups.some((group) => group.subjectId === subjectId && group.name.toLowerCase() === tidied.toLowerCase())) {
    throw new InvalidArgument(`в ${schoolClass.name} уже есть группа «${tidied}» по этому предмету`, { name: 'такая группа уже есть' });
  }
  return tidied;
}

/** A class is split into at most this many groups. */
const MOST_GROUPS = 40;

/** The class with a new group of a split subject: a name of its own for the subject, within the class's limit of groups. */
export function addGroup(schoolClass: SchoolClass, id: string, subjectId: string, name: string | undefined): SchoolClass {
  const tidied = validateGroupName(name, schoolClass, subjectId);
  if (schoolClass.groups.length >= MOST_GROUPS) throw new Conflict(`у ${schoolClass.name} слишком много групп`);
  return { ...schoolClass, groups: [...schoolClass.groups, { id, subjectId, name: tidied }] };
}
