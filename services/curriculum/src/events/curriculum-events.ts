import { pendingEvent, type PendingEvent } from '@ejournal/kit';
import type { AcademicYear, Period } from '../domain/academic-year';
import type { Lesson } from '../domain/lesson';
import { placementsOf, type Movement, type Roster } from '../domain/roster';
import type { SchoolClass } from '../domain/school-class';
import type { SchoolSettings } from '../domain/settings';
import type { ThematicPlan } from '../domain/thematic-plan';
import type { TransitionPlan } from '../domain/year-transition';
import { classFact, lessonFact, periodFact, settingsFact } from './facts';

// The curriculum service's events: each carries what a consumer needs to keep its own read model
// without calling back, and only ids of people.

export function settingsChanged(schoolId: string, settings: SchoolSettings, version: number): PendingEvent {
  return pendingEvent('curriculum.school.settings-changed', { schoolId, aggregateId: schoolId, aggregateVersion: version }, { schoolId, settings: settingsFact(settings, version) });
}

export function yearOpened(year: AcademicYear): PendingEvent {
  return pendingEvent('curriculum.year.opened', { schoolId: year.schoolId, aggregateId: year._id, aggregateVersion: year.version }, {
    yearId: year._id,
    startsOn: year.startsOn,
    endsOn: year.endsOn,
    periods: year.periods.map(periodFact),
  });
}

export function periodClosed(year: AcademicYear, period: Period): PendingEvent {
  return pendingEvent('curriculum.period.closed', { schoolId: year.schoolId, aggregateId: year._id, aggregateVersion: year.version }, { yearId: year._id, period: periodFact(period) });
}

export function subjectAdded(schoolId: string, subject: { id: string; name: string; shortName: string }, catalogueVersion: number): PendingEvent {
  return pendingEvent('curriculum.subject.added', { schoolId, aggregateId: schoolId, aggregateVersion: catalogueVersion }, { schoolId, subjectId: subject.id, name: subject.name, shortName: subject.shortName });
}

export function classChanged(schoolClass: SchoolClass): PendingEvent {
  return pendingEvent('curriculum.class.changed', { schoolId: schoolClass.schoolId, aggregateId: schoolClass._id, aggregateVersion: schoolClass.version }, { yearId: schoolClass.yearId, class: classFact(schoolClass) });
}

export function enrolmentChanged(roster: Roster, movement: Movement): PendingEvent {
  return pendingEvent('curriculum.enrolment.changed', { schoolId: roster.schoolId, aggregateId: roster._id, aggregateVersion: roster.version }, {
    yearId: roster._id,
    studentId: movement.studentId,
    movementId: movement.id,
    kind: movement.kind,
    date: movement.date,
    fromClassId: movement.fromClassId,
    toClassId: movement.toClassId,
    placements: placementsOf(roster, movement.studentId),
    orderNumber: movement.orderNumber,
  });
}

/** Group changes travel as an enrolment change without a movement: the student's places after it. */
export function groupsChanged(roster: Roster, studentId: string, date: string): PendingEvent {
  return pendingEvent('curriculum.enrolment.changed', { schoolId: roster.schoolId, aggregateId: roster._id, aggregateVersion: roster.version }, {
    yearId: roster._id,
    studentId,
    movementId: '',
    kind: 'GROUP',
    date,
    fromClassId: '',
    toClassId: '',
    placements: placementsOf(roster, studentId),
    orderNumber: '',
  });
}

export function yearTransitioned(from: AcademicYear, to: AcademicYear, plan: TransitionPlan, orderNumber: string): PendingEvent {
  return pendingEvent('curriculum.year.transitioned', { schoolId: from.schoolId, aggregateId: from._id, aggregateVersion: from.version }, {
    fromYearId: from._id,
    toYearId: to._id,
    orderNumber,
    newClasses: plan.promotions.flatMap(({ toClass }) => (toClass ? [classFact(toClass)] : [])),
    promotions: plan.promotions.flatMap(({ fromClass, toClass }) => (toClass ? [{ fromClassId: fromClass._id, toClassId: toClass._id }] : [])),
    graduatedClassIds: plan.promotions.filter(({ toClass }) => !toClass).map(({ fromClass }) => fromClass._id),
  });
}

const LESSONS_PER_EVENT = 250;

/** Lessons planned for a class, in batches small enough for one message each. */
export function lessonsPlanned(schoolId: string, classId: string, planningVersion: number, lessons: Lesson[]): PendingEvent[] {
  const events: PendingEvent[] = [];
  for (let start = 0; start < lessons.length; start += LESSONS_PER_EVENT) {
    events.push(pendingEvent('curriculum.lessons.planned', { schoolId, aggregateId: classId, aggregateVersion: planningVersion }, { classId, lessons: lessons.slice(start, start + LESSONS_PER_EVENT).map(lessonFact) }));
  }
  return events;
}

export function lessonChanged(lesson: Lesson, change: 'moved' | 'added' | 'replanned', previousDate = ''): PendingEvent {
  return pendingEvent('curriculum.lesson.changed', { schoolId: lesson.schoolId, aggregateId: lesson._id, aggregateVersion: lesson.version }, { change, lesson: lessonFact(lesson), previousDate });
}

export function lessonCancelled(lesson: Lesson): PendingEvent {
  return pendingEvent('curriculum.lesson.cancelled', { schoolId: lesson.schoolId, aggregateId: lesson._id, aggregateVersion: lesson.version }, { lesson: lessonFact(lesson), reason: lesson.history.at(-1)?.reason ?? '' });
}

export function substitutionSet(lesson: Lesson, previousSubstituteId: string): PendingEvent {
  return pendingEvent('curriculum.lesson.substituted', { schoolId: lesson.schoolId, aggregateId: lesson._id, aggregateVersion: lesson.version }, { lesson: lessonFact(lesson), previousSubstituteId });
}

export function thematicPlanApproved(plan: ThematicPlan): PendingEvent {
  return pendingEvent('curriculum.thematic-plan.approved', { schoolId: plan.schoolId, aggregateId: plan._id, aggregateVersion: plan.version }, {
    planId: plan._id,
    yearId: plan.yearId,
    grade: plan.grade,
    subjectId: plan.subjectId,
    teacherId: plan.teacherId,
    topics: plan.topics.map((topic) => ({ ...topic })),
  });
}

/** Who teaches what, by one source: the year's load or a class's timetable (the whole set of the source). */
export function teachingChanged(source: { schoolId: string; _id: string; version: number }, kind: 'load' | 'timetable', yearId: string, teaching: Array<{ teacherId: string; classId: string; groupId: string; subjectId: string }>): PendingEvent {
  const unique = [...new Map(teaching.filter((entry) => entry.teacherId).map((entry) => [`${entry.teacherId}|${entry.classId}|${entry.groupId}|${entry.subjectId}`, entry])).values()];
  return pendingEvent('curriculum.teaching.changed', { schoolId: source.schoolId, aggregateId: source._id, aggregateVersion: source.version }, { source: `${kind}:${source._id}`, yearId, teaching: unique });
}

export function planApproved(curriculum: { _id: string; schoolId: string; yearId: string; grade: number; version: number; lines: Array<{ subjectId: string; hoursPerWeek: number; elective: boolean; passFail: boolean }> }): PendingEvent {
  return pendingEvent('curriculum.plan.approved', { schoolId: curriculum.schoolId, aggregateId: curriculum._id, aggregateVersion: curriculum.version }, {
    yearId: curriculum.yearId,
    grade: curriculum.grade,
    lines: curriculum.lines.map(({ subjectId, hoursPerWeek, elective, passFail }) => ({ subjectId, hoursPerWeek, elective, passFail })),
  });
}

export function periodReopened(year: AcademicYear, period: Period, reason: string): PendingEvent {
  return pendingEvent('curriculum.period.reopened', { schoolId: year.schoolId, aggregateId: year._id, aggregateVersion: year.version }, { yearId: year._id, period: periodFact(period), reason });
}
