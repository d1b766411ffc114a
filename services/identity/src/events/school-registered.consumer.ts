import type { EventHandler } from '@ejournal/kit';
import type { KnownSchoolStore } from '../store/known-school.store';

/** curriculum.school.registered → identity learns of the school. Idempotent by version. */
export function onSchoolRegistered(schools: KnownSchoolStore): EventHandler<'curriculum.school.registered'> {
  return async (event) => {
    await schools.apply({ schoolId: event.payload.schoolId, shortName: event.payload.shortName, version: event.aggregateVersion });
  };
}
