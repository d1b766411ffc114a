import type { EventEnvelope } from '@ejournal/contracts';
import { DomainError, type EventHandler, type Logger } from '@ejournal/kit';
import { emptyRoster, enrolmentDateIn, knowsStudent, recordMovement } from '../domain/roster';
import { enrolmentChanged } from './curriculum-events';
import type { Stores } from '../api/stores';

export const STUDENT_EVENTS = ['identity.student.registered'] as const;

/** When a school registers a student without an order number, the enrolment says where it came from. */
const ORDER_OF_REGISTRATION = 'зачисление при загрузке списков';

/**
 * identity.student.registered → the student is enrolled in the class the school named (curriculum owns
 * rosters, identity owns people). Once per student: a student the roster knows already is left as is
 * (a redelivered event, or an enrolment made by hand meanwhile).
 */
export function enrolRegisteredStudents(stores: Stores, logger: Logger): EventHandler<(typeof STUDENT_EVENTS)[number]> {
  return async (event: EventEnvelope<'identity.student.registered'>) => {
    const registration = event.payload;
    if (!registration.classId) return;
    const schoolClass = await stores.classes.find(registration.classId);
    const year = schoolClass && schoolClass.schoolId === event.schoolId ? await stores.years.find(schoolClass.yearId) : null;
    if (!schoolClass || !year) {
      logger.warn('registered student not enrolled: no such class of the school', { eventId: event.id });
      return;
    }
    const date = enrolmentDateIn(year, registration.enrolOn);
    try {
      await stores.rosters.change(
        year._id,
        (current) => {
          if (knowsStudent(current, registration.personId)) return { next: null, result: null };
          const { roster, movement } = recordMovement(current, year, [schoolClass], { kind: 'ENROL', studentId: registration.personId, classId: schoolClass._id, date, orderNumber: registration.orderNumber || ORDER_OF_REGISTRATION, note: 'из списков школы' }, registration.registeredBy || 'service:identity');
          return { next: roster, events: (stored) => [enrolmentChanged(stored, movement)], result: null };
        },
        () => emptyRoster(year),
      );
    } catch (error) {
      // A rule of enrolment refuses it (the year is closed by the transition…): nothing to retry.
      if (!(error instanceof DomainError)) throw error;
      logger.warn('registered student not enrolled', { eventId: event.id, reason: error.message });
    }
  };
}
