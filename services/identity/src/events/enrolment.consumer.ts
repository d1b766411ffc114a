import type { curriculumV1, EventEnvelope } from '@ejournal/contracts';
import type { EventHandler } from '@ejournal/kit';
import { LEAVING_MOVEMENTS } from '../domain/enrolment';
import { opensDiaryOf } from '../domain/grants';
import type { Identity } from '../identity';
import { tokensRevoked } from './tokens-revoked';

/**
 * curriculum.enrolment.changed → the student's class in identity follows curriculum's roster (one
 * truth: curriculum owns it). When the student leaves the school (expelled, gone to another school,
 * graduated), the diary access of the student, the parents and interested persons ends at once.
 */
export function keepEnrolment(identity: Identity): EventHandler<'curriculum.enrolment.changed'> {
  return async (event: EventEnvelope<'curriculum.enrolment.changed'>) => {
    const change = event.payload as curriculumV1.EnrolmentChanged__Output;
    const today = new Date().toISOString().slice(0, 10);
    const placements = change.placements.map(({ classId, groupId, from, until }) => ({ classId, groupId, from, until }));
    const person = await identity.people.applyEnrolment(change.studentId, { yearId: change.yearId, version: event.aggregateVersion, placements }, today);
    if (!person || !LEAVING_MOVEMENTS.includes(change.kind) || person.classId !== '') return;
    const [granted, own] = await Promise.all([identity.accounts.withGrantsFor(change.studentId), identity.accounts.ofPerson(change.studentId)]);
    for (const account of [...granted, ...own.filter((mine) => !granted.some((other) => other._id === mine._id))]) {
      const now = new Date();
      // The pupil's own account: its tokens go too, whatever grants it holds.
      const isOwn = account.personId === change.studentId;
      const changed = await identity.accounts.change(account._id, (current) => {
        const grants = current.grants.filter((grant) => !opensDiaryOf(change.studentId)(grant));
        if (grants.length === current.grants.length && !isOwn) return null;
        return { changes: { grants, tokensRevokedAt: now }, events: (stored) => [tokensRevoked(account._id, '', now, stored.version, { personId: stored.personId, reason: 'grant-removed' })] };
      });
      if (changed) {
        await identity.audit.record({ action: 'grant.removed', actorAccountId: 'service:curriculum', subjectId: account._id, schoolId: event.schoolId, clientAddress: '', details: `diary access ended: student left the school (${change.kind})` });
      }
    }
  };
}
