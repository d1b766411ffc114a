import { toTimestamp, type curriculumV1 } from '@ejournal/contracts';
import type { AcademicYear } from '../domain/academic-year';
import type { Curriculum } from '../domain/curriculum';
import type { Movement } from '../domain/roster';
import type { SchoolClass } from '../domain/school-class';
import type { ThematicPlan } from '../domain/thematic-plan';
import { totalHours } from '../domain/thematic-plan';
import type { TeacherLoad } from '../store/curriculum.store';
import type { ClassTimetable } from '../store/timetable.store';

// Domain objects as the API's messages.

export function yearMessage(year: AcademicYear): curriculumV1.AcademicYear {
  return { id: year._id, schoolId: year.schoolId, name: year.name, startsOn: year.startsOn, endsOn: year.endsOn, periods: year.periods, status: year.status, nextYearId: year.nextYearId, version: String(year.version) };
}

export function classMessage(schoolClass: SchoolClass): curriculumV1.SchoolClass {
  return {
    id: schoolClass._id,
    schoolId: schoolClass.schoolId,
    yearId: schoolClass.yearId,
    grade: schoolClass.grade,
    letter: schoolClass.letter,
    name: schoolClass.name,
    classTeacherId: schoolClass.classTeacherId,
    shift: schoolClass.shift,
    groups: schoolClass.groups,
    previousClassId: schoolClass.previousClassId,
    version: String(schoolClass.version),
  };
}

export function curriculumMessage(curriculum: Curriculum): curriculumV1.Curriculum {
  return {
    yearId: curriculum.yearId,
    grade: curriculum.grade,
    lines: curriculum.lines,
    status: curriculum.status,
    approvedBy: curriculum.approvedBy,
    approvedAt: curriculum.approvedAt ? toTimestamp(curriculum.approvedAt) : null,
    version: String(curriculum.version),
  };
}

export function loadMessage(load: TeacherLoad, teacherId = ''): curriculumV1.TeacherLoad {
  return { yearId: load._id, assignments: load.assignments.filter((assignment) => !teacherId || assignment.teacherId === teacherId), version: String(load.version) };
}

export function timetableMessage(timetable: ClassTimetable): curriculumV1.ClassTimetable {
  return { classId: timetable._id, timetables: timetable.timetables, version: String(timetable.version) };
}

export function planMessage(plan: ThematicPlan, curriculumHours: number): curriculumV1.ThematicPlan {
  return { id: plan._id, yearId: plan.yearId, grade: plan.grade, subjectId: plan.subjectId, teacherId: plan.teacherId, topics: plan.topics, totalHours: totalHours(plan.topics), curriculumHours, status: plan.status, version: String(plan.version) };
}

export function movementMessage(yearId: string, movement: Movement): curriculumV1.Movement {
  return { ...movement, yearId, recordedAt: toTimestamp(movement.recordedAt) };
}
