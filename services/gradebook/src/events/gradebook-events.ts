import { effectiveTeacher } from '@ejournal/school-rules';
import { pendingEvent, type PendingEvent } from '@ejournal/kit';
import type { ChangeRequest, Final, JournalPage, Mark, PageLesson } from '../domain/journal-page';
import { absenceOf } from '../domain/marks';

// The gradebook's events carry ids and what the diary shows — no personal data beyond ids.

export function lessonRecorded(page: JournalPage, lesson: PageLesson): PendingEvent {
  return pendingEvent('gradebook.lesson.recorded', { schoolId: page.schoolId, aggregateId: page._id, aggregateVersion: page.version }, {
    lessonId: lesson.lessonId,
    classId: page.classId,
    groupId: page.groupId,
    subjectId: page.subjectId,
    date: lesson.date,
    teacherId: effectiveTeacher(lesson),
    topic: lesson.topic,
    homework: lesson.homework,
    noHomework: lesson.noHomework,
    individualHomework: lesson.individualHomework,
    remarks: lesson.remarks,
    version: String(lesson.recordVersion),
    files: (lesson.files ?? []).map(({ id, name, contentType, size }) => ({ id, name, contentType, size })),
  });
}

export function markEvent(type: 'gradebook.mark.set' | 'gradebook.mark.changed' | 'gradebook.mark.removed', page: JournalPage, mark: Mark): PendingEvent {
  const lesson = page.lessons.find((candidate) => candidate.lessonId === mark.lessonId);
  return pendingEvent(type, { schoolId: page.schoolId, aggregateId: page._id, aggregateVersion: page.version }, {
    markId: mark.id,
    lessonId: mark.lessonId,
    classId: page.classId,
    subjectId: page.subjectId,
    periodId: page.periodId,
    studentId: mark.studentId,
    date: lesson?.date ?? '',
    values: mark.values,
    passFail: mark.passFail,
    workKind: mark.workKind,
    weight: mark.weight,
    removed: mark.removed,
    revision: mark.revision,
    comment: mark.comment,
    onTime: mark.onTime,
  });
}

/** A final set on a page (its index's fields and the version it was stored at are all the event needs). */
export function finalSet(page: Pick<JournalPage, '_id' | 'schoolId' | 'classId' | 'groupId' | 'subjectId' | 'periodId' | 'version'>, final: Final): PendingEvent {
  return pendingEvent('gradebook.final.set', { schoolId: page.schoolId, aggregateId: page._id, aggregateVersion: page.version }, {
    classId: page.classId,
    groupId: page.groupId,
    subjectId: page.subjectId,
    periodId: page.periodId,
    studentId: final.studentId,
    value: final.value,
    kind: final.kind ?? 'period',
    notAttested: final.notAttested ?? false,
  });
}

/** 000 §9.1: the parents (and the administration) are told why a mark stands over an absence. */
export function markOverAbsence(page: JournalPage, mark: Mark, absenceCode: string): PendingEvent {
  const lesson = page.lessons.find((candidate) => candidate.lessonId === mark.lessonId);
  return pendingEvent('gradebook.mark.over-absence', { schoolId: page.schoolId, aggregateId: page._id, aggregateVersion: page.version }, {
    markId: mark.id,
    lessonId: mark.lessonId,
    classId: page.classId,
    subjectId: page.subjectId,
    studentId: mark.studentId,
    date: lesson?.date ?? '',
    absenceCode,
    explanation: mark.explanation,
  });
}

/** What setting marks tells others: each new mark, and for one over an absence the explanation to the family (000 §9.1). */
export function marksSet(sheet: JournalPage, added: Mark[]): PendingEvent[] {
  return added.flatMap((mark) => {
    const absence = absenceOf(sheet, mark.lessonId, mark.studentId);
    return absence ? [markEvent('gradebook.mark.set', sheet, mark), markOverAbsence(sheet, mark, absence.code)] : [markEvent('gradebook.mark.set', sheet, mark)];
  });
}

/** A mark corrected or removed (by its teacher in the window, or by an approved request): one event, when one changed. */
export function markRevised(sheet: JournalPage, mark: Mark | undefined): PendingEvent[] {
  return mark ? [markEvent(mark.removed ? 'gradebook.mark.removed' : 'gradebook.mark.changed', sheet, mark)] : [];
}

/** A request's page, lesson and asker, as both of its events tell them (the lesson's teacher: the substitute's when there is one). */
function requestFacts(page: JournalPage, request: ChangeRequest) {
  const lesson = page.lessons.find((candidate) => candidate.lessonId === request.lessonId) ?? page.lessons[0];
  return {
    lessonId: request.lessonId,
    requestId: request.id,
    teacherId: lesson ? effectiveTeacher(lesson) : '',
    classId: page.classId,
    subjectId: page.subjectId,
    date: lesson?.date ?? '',
    groupId: page.groupId,
    periodId: page.periodId,
  };
}

/** 004 §4.1: a teacher asked to change a mark after the correction window; the administrator will decide. */
export function changeRequestOpened(page: JournalPage, request: ChangeRequest): PendingEvent {
  return pendingEvent('gradebook.change-request.opened', { schoolId: page.schoolId, aggregateId: page._id, aggregateVersion: page.version }, requestFacts(page, request));
}

/** 004 §4.1: the administrator's decision on a change a teacher asked for; the lesson's teacher is told. */
export function changeRequestDecided(page: JournalPage, request: ChangeRequest): PendingEvent {
  return pendingEvent('gradebook.change-request.decided', { schoolId: page.schoolId, aggregateId: page._id, aggregateVersion: page.version }, {
    ...requestFacts(page, request),
    approved: request.status === 'approved',
    note: request.decisionNote,
  });
}
