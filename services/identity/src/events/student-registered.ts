import { pendingEvent, type PendingEvent } from '@ejournal/kit';

/** identity.student.registered: curriculum enrols the student in the class the school named (if any). */
export function studentRegistered(student: { _id: string; schoolId: string }, placement: { classId: string; enrolOn: string; orderNumber: string }, by: string): PendingEvent {
  return pendingEvent('identity.student.registered', { schoolId: student.schoolId, aggregateId: student._id, aggregateVersion: 1 }, { personId: student._id, classId: placement.classId, enrolOn: placement.enrolOn, orderNumber: placement.orderNumber, registeredBy: by });
}
