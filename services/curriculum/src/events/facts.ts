import type { curriculumV1 } from '@ejournal/contracts';
import type { Period } from '../domain/academic-year';
import type { Lesson } from '../domain/lesson';
import type { SchoolClass } from '../domain/school-class';
import type { SchoolSettings } from '../domain/settings';

// The shapes the curriculum service shows a lesson, period, class or settings in, to its callers and on
// the bus alike (proto messages of types.proto).

export function lessonFact(lesson: Lesson): curriculumV1.Lesson__Output {
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
  };
}

export function periodFact(period: Period): curriculumV1.Period__Output {
  return { ...period };
}

export function classFact(schoolClass: SchoolClass): curriculumV1.ClassFact__Output {
  return { classId: schoolClass._id, grade: schoolClass.grade, letter: schoolClass.letter, classTeacherId: schoolClass.classTeacherId, groupIds: schoolClass.groups.map((group) => group.id) };
}

export function settingsFact(settings: SchoolSettings, version: number): curriculumV1.SchoolSettings__Output {
  return {
    ...settings,
    periodSchemes: settings.periodSchemes.map((range) => ({ ...range })),
    rounding: { ...settings.rounding },
    version: String(version),
  };
}
