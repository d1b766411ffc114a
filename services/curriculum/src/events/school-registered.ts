import { pendingEvent, type PendingEvent } from '@ejournal/kit';
import type { School } from '../store/school.store';

/** curriculum.school.registered: what consumers need to know the school without calling back. */
export function schoolRegistered(school: School): PendingEvent {
  return pendingEvent(
    'curriculum.school.registered',
    { schoolId: school._id, aggregateId: school._id, aggregateVersion: school.version },
    { schoolId: school._id, name: school.name, shortName: school.shortName, municipality: school.municipality },
    school.registeredAt,
  );
}
