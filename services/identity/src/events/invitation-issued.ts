import { pendingEvent, type PendingEvent } from '@ejournal/kit';

/** identity.invitation.issued: a code for a child and a role (the child's parents are told by messaging). Ids only, never the code. */
export function invitationIssued(invitation: { invitationId: string; schoolId: string; childId: string; classId: string; role: string; issuedAt: Date }): PendingEvent {
  return pendingEvent('identity.invitation.issued', { schoolId: invitation.schoolId, aggregateId: invitation.invitationId, aggregateVersion: 1 }, {
    invitationId: invitation.invitationId,
    childId: invitation.childId,
    classId: invitation.classId,
    role: invitation.role,
  }, invitation.issuedAt);
}
