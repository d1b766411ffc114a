import type { Grant } from '@ejournal/kit';

/**
 * How many of a school's pupils (in a class now) have a parent connected to the diary — an active account
 * holding the child's parent role — for the region's monitoring (001 §9, 002 §3.6): a pupil without one is
 * a family the school still has to hand a code to.
 */
export function familyCoverage(people: Array<{ _id: string; kind: string; classId?: string }>, accounts: Array<{ status: string; grants: Grant[] }>): { pupils: number; pupilsWithParents: number } {
  const pupils = people.filter((person) => person.kind === 'student' && Boolean(person.classId)).map((person) => person._id);
  const connected = new Set(accounts.filter((account) => account.status === 'active').flatMap((account) => account.grants.filter((grant) => grant.role === 'parent' && grant.childId).map((grant) => grant.childId!)));
  return { pupils: pupils.length, pupilsWithParents: pupils.filter((id) => connected.has(id)).length };
}
