import { pendingEvent, type PendingEvent } from '@ejournal/kit';

/** identity.staff.named: a member of staff's name, for the screens that show who teaches (the diary). */
export function staffNamed(person: { _id: string; schoolId: string; lastName: string; firstName: string; middleName: string }, version = 1): PendingEvent {
  return pendingEvent('identity.staff.named', { schoolId: person.schoolId, aggregateId: person._id, aggregateVersion: version }, { personId: person._id, lastName: person.lastName, firstName: person.firstName, middleName: person.middleName });
}
