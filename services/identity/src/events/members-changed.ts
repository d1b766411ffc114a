import { pendingEvent, type Grant, type PendingEvent } from '@ejournal/kit';

/** The schools whose people a change of grants concerns: those of the grants added or taken back. */
export function schoolsOfChange(before: Grant[], after: Grant[]): string[] {
  const key = (grant: Grant) => JSON.stringify([grant.role, grant.schoolId, grant.classId, grant.groupId, grant.subjectId, grant.childId, grant.personId]);
  const [was, is] = [new Set(before.map(key)), new Set(after.map(key))];
  const changed = [...before.filter((grant) => !is.has(key(grant))), ...after.filter((grant) => !was.has(key(grant)))];
  return [...new Set(changed.map((grant) => grant.schoolId ?? '').filter(Boolean))].sort();
}

/** identity.members.changed, one per school the change concerns (messaging asks for its directory again). Ids only. */
export function membersChanged(account: { _id: string; personId: string; version: number }, schoolIds: string[]): PendingEvent[] {
  return schoolIds.map((schoolId) => pendingEvent('identity.members.changed', { schoolId, aggregateId: account._id, aggregateVersion: account.version }, { personId: account.personId }));
}
