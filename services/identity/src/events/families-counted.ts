import { pendingEvent, type PendingEvent } from '@ejournal/kit';
import type { FamilyCount } from '../store/family-count.store';

/** identity.families.counted: a school's pupils and those with a parent connected (its version orders them). Counts only. */
export function familiesCounted(count: FamilyCount): PendingEvent {
  return pendingEvent('identity.families.counted', { schoolId: count._id, aggregateId: count._id, aggregateVersion: count.version }, { pupils: count.pupils, pupilsWithParents: count.pupilsWithParents });
}
