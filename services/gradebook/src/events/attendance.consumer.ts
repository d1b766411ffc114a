import type { attendanceV1, EventEnvelope } from '@ejournal/contracts';
import type { EventHandler } from '@ejournal/kit';
import { withAbsence } from '../domain/lesson-facts';
import type { JournalStore } from '../store/journal.store';

export const ATTENDANCE_EVENTS = ['attendance.absence.recorded', 'attendance.absence.corrected'] as const;
type AttendanceEvent = (typeof ATTENDANCE_EVENTS)[number];

/** Absences on the lesson's sheet: the journal page shows them, and a mark over one needs an explanation. */
export function keepAbsences(store: JournalStore): EventHandler<AttendanceEvent> {
  return async (event: EventEnvelope<AttendanceEvent>) => {
    const fact = event.payload as attendanceV1.AbsenceFact__Output;
    // A lesson attendance knows of is planned here too; if its sheet is not here yet, the redelivery finds it.
    await store.sheets.change(
      fact.lessonId,
      (sheet) => {
        const next = withAbsence(sheet, { lessonId: fact.lessonId, studentId: fact.studentId, code: fact.code, revision: fact.revision });
        return next ? { next, result: null } : { next: null, result: null };
      },
      () => new Error(`the sheet of lesson ${fact.lessonId} is not here yet`),
    );
  };
}
