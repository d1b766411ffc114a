import type { Grant } from '@ejournal/kit';
import { addDays } from '@ejournal/school-rules';

/** A substitute keeps the lesson's class and subject this many days after it (marks of written work take a week: 002 §3.5). */
export const SUBSTITUTE_DAYS = 7;

/** 002 §3.4: the class teacher of a class reads all its pages, hands out its codes, corrects absences. */
export function classTeacherGrants(schoolId: string, fact: { classId: string; classTeacherId: string }): Map<string, Grant[]> {
  return new Map(fact.classTeacherId ? [[fact.classTeacherId, [{ role: 'class_teacher', schoolId, classId: fact.classId }]]] : []);
}

/** 002 §3.5: a teacher keeps the pages of the subjects they teach, in those classes or groups (load, timetable). */
export function teachingGrants(schoolId: string, teaching: Array<{ teacherId: string; classId: string; groupId: string; subjectId: string }>): Map<string, Grant[]> {
  const granted = new Map<string, Grant[]>();
  for (const entry of teaching) {
    if (!entry.teacherId) continue;
    const grant: Grant = { role: 'subject_teacher', schoolId, classId: entry.classId, subjectId: entry.subjectId, ...(entry.groupId ? { groupId: entry.groupId } : {}) };
    const held = granted.get(entry.teacherId) ?? [];
    if (!held.some((other) => JSON.stringify(other) === JSON.stringify(grant))) granted.set(entry.teacherId, [...held, grant]);
  }
  return granted;
}

/** 000 §9.1: a substitute records the lesson they substitute: its class and subject, for a week after it. */
export function substituteGrants(lesson: { schoolId: string; classId: string; groupId: string; subjectId: string; substituteTeacherId: string; date: string }): Map<string, Grant[]> {
  if (!lesson.substituteTeacherId) return new Map();
  return new Map([[lesson.substituteTeacherId, [{ role: 'subject_teacher', schoolId: lesson.schoolId, classId: lesson.classId, subjectId: lesson.subjectId, ...(lesson.groupId ? { groupId: lesson.groupId } : {}), until: addDays(lesson.date, SUBSTITUTE_DAYS) }]]]);
}
