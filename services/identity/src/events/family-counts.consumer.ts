import type { EventHandler } from '@ejournal/kit';
import { familyCoverage } from '../domain/family-coverage';
import type { Identity } from '../identity';
import type { FamilyCountStore } from '../store/family-count.store';
import { familiesCounted } from './families-counted';

/** What changes a school's count: someone's roles there, a pupil registered, a pupil's class (curriculum's roster). */
export const FAMILY_COUNT_EVENTS = ['identity.members.changed', 'identity.student.registered', 'curriculum.enrolment.changed'] as const;

/** How long events of one school are gathered before it is counted again (an import brings hundreds at once). */
const GATHER_MS = 1_000;

/**
 * Recounts a school's pupils and those with a parent connected when its people change, and publishes the
 * count when it differs (identity.families.counted, in the same write). Events of a school that come
 * together share one count; each event is acknowledged once a count begun after it is written, so a
 * process that dies before counting leaves its events to be delivered again. Counting reads identity's
 * own data only: a count delivered twice is the same count.
 */
export function keepFamilyCounts(identity: Pick<Identity, 'people' | 'accounts'>, counts: FamilyCountStore, gatherMs = GATHER_MS): EventHandler<(typeof FAMILY_COUNT_EVENTS)[number]> {
  const gathering = new Map<string, Promise<void>>();

  async function count(schoolId: string): Promise<void> {
    const people = await identity.people.ofSchool(schoolId);
    const pupilIds = people.filter((person) => person.kind === 'student').map((person) => person._id);
    const coverage = familyCoverage(people, await identity.accounts.parentsOf(pupilIds));
    await counts.change(
      schoolId,
      (kept) => (kept.version > 0 && kept.pupils === coverage.pupils && kept.pupilsWithParents === coverage.pupilsWithParents ? { next: null, result: null } : { next: { ...kept, ...coverage }, events: (stored) => [familiesCounted(stored)], result: null }),
      () => ({ _id: schoolId, pupils: 0, pupilsWithParents: 0, version: 0 }),
    );
  }

  return async (event) => {
    const schoolId = event.schoolId;
    if (!schoolId) return;
    let counting = gathering.get(schoolId);
    if (!counting) {
      counting = new Promise<void>((resolve) => setTimeout(resolve, gatherMs)).then(() => {
        // Events from now on wait for the next count: this one may have read before them.
        gathering.delete(schoolId);
        return count(schoolId);
      });
      gathering.set(schoolId, counting);
    }
    await counting;
  };
}
