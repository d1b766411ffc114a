import { pendingEvent, type PendingEvent } from '@ejournal/kit';
import type { Absence, ClassMonth } from '../domain/class-month';

/** An absence as it now stands: ids, date, subject and the reason code only. */
export function absenceEvent(type: 'attendance.absence.recorded' | 'attendance.absence.corrected', sheet: ClassMonth, absence: Absence): PendingEvent {
  const lesson = sheet.lessons.find((candidate) => candidate.lessonId === absence.lessonId);
  return pendingEvent(type, { schoolId: sheet.schoolId, aggregateId: sheet._id, aggregateVersion: sheet.version }, {
    lessonId: absence.lessonId,
    classId: sheet.classId,
    subjectId: lesson?.subjectId ?? '',
    date: lesson?.date ?? '',
    studentId: absence.studentId,
    code: absence.code,
    revision: absence.revision,
  });
}
