import type { curriculumV1 } from '@ejournal/contracts';
import type { Period } from '../domain/academic-year';
import { mondayOf } from '../domain/dates';
import type { Lesson } from '../domain/lesson';
import type { SchoolClass } from '../domain/school-class';
import type { SchoolSettings } from '../domain/settings';

// The shapes the curriculum service shows a lesson, period, class or settings in, to its callers and on
// the bus alike (proto messages of types.proto).

export function lessonFact(lesson: Omit<Lesson, 'history'>): curriculumV1.Lesson__Output {
  return {
    id: lesson._id,
    schoolId: lesson.schoolId,
    yearId: lesson.yearId,
    periodId: lesson.periodId,
    classId: lesson.classId,
    groupId: lesson.groupId,
    subjectId: lesson.subjectId,
    teacherId: lesson.teacherId,
    substituteTeacherId: lesson.substituteTeacherId,
    roomId: lesson.roomId,
    date: lesson.date,
    number: lesson.number,
    startsAt: lesson.startsAt,
    endsAt: lesson.endsAt,
    status: lesson.status,
    origin: lesson.origin,
    version: String(lesson.version),
    grade: lesson.grade,
    pinned: lesson.pinned,
  };
}

/** A lesson as an event carries it, back in the shape the week read models keep. */
export function lessonFromFact(fact: curriculumV1.Lesson__Output): Omit<Lesson, 'history'> {
  return {
    _id: fact.id,
    schoolId: fact.schoolId,
    yearId: fact.yearId,
    periodId: fact.periodId,
    classId: fact.classId,
    grade: fact.grade,
    groupId: fact.groupId,
    subjectId: fact.subjectId,
    teacherId: fact.teacherId,
    substituteTeacherId: fact.substituteTeacherId,
    roomId: fact.roomId,
    date: fact.date,
    week: mondayOf(fact.date),
    number: fact.number,
    startsAt: fact.startsAt,
    endsAt: fact.endsAt,
    status: fact.status as Lesson['status'],
    origin: fact.origin as Lesson['origin'],
    pinned: fact.pinned,
    version: Number(fact.version),
  };
}

export function periodFact(period: Period): curriculumV1.Period__Output {
  const { history: _history, ...fact } = period;
  return fact;
}

export function classFact(schoolClass: SchoolClass): curriculumV1.ClassFact__Output {
  return { classId: schoolClass._id, grade: schoolClass.grade, letter: schoolClass.letter, classTeacherId: schoolClass.classTeacherId, groupIds: schoolClass.groups.map((group) => group.id) };
}

export function settingsFact(settings: SchoolSettings, version: number): curriculumV1.SchoolSettings__Output {
  return {
    ...settings,
    periodSchemes: settings.periodSchemes.map((range) => ({ ...range })),
    rounding: { ...settings.rounding },
    minimumMarks: { ...settings.minimumMarks },
    version: String(version),
  };
}
