import { fromTimestamp, type Invitation__Output, type Invitations__Output, type Session__Output } from '@ejournal/contracts';
import { Router } from 'express';
import { z } from 'zod';
import { param, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { callerOf, type Upstream } from '../upstream';
import { field, accepts, bodyOf } from '../validation';
import { sessionView } from './sessions';

const issueBody = z.object({ childId: field.id('ученик'), role: z.enum(['parent', 'student', 'interested_person'], { error: 'parent, student или interested_person' }) });
const redeemBody = z.object({
  code: field.code('код приглашения'),
  login: field.login().optional(),
  password: field.password().optional(),
  lastName: field.name('фамилия').optional(),
  firstName: field.name('имя').optional(),
  middleName: field.name('отчество').optional(),
});

function invitationView(invitation: Invitation__Output) {
  return {
    id: invitation.id,
    schoolId: invitation.schoolId,
    classId: invitation.classId,
    childId: invitation.childId,
    role: invitation.role,
    issuedAt: fromTimestamp(invitation.issuedAt)?.toISOString(),
    expiresAt: fromTimestamp(invitation.expiresAt)?.toISOString(),
    redeemedAt: fromTimestamp(invitation.redeemedAt)?.toISOString() ?? null,
    ...(invitation.code ? { code: invitation.code } : {}),
  };
}

const guardianConfirmationBody = z.object({ accountId: field.id('учётная запись сотрудника') });

export function invitationRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());
  const identity = upstream.identity;

  router.post('/invitations', async (req, res, next) => (req.body?.role === 'interested_person' ? permit('interested-person.name') : permit('invitation.issue'))(req, res, next), accepts(issueBody), async (_req, res) => {
    const body = bodyOf(res, issueBody);
    const invitation = await upstream.call<Invitation__Output>(callerOf(res), 'IdentityService/IssueInvitation', (md, o, cb) => identity.issueInvitation(body, md, o, cb));
    res.status(201).set('Cache-Control', 'no-store').json(invitationView(invitation));
  });

  // 004 §3.2: a member of staff who is the child's parent: the administrator confirms it before they redeem the code.
  router.post('/invitations/:invitationId/guardian-confirmation', permit('students.manage'), accepts(guardianConfirmationBody), async (req, res) => {
    const body = bodyOf(res, guardianConfirmationBody);
    const invitation = await upstream.call<Invitation__Output>(callerOf(res), 'IdentityService/ConfirmGuardian', (md, o, cb) =>
      identity.confirmGuardian({ invitationId: param(req, 'invitationId'), accountId: body.accountId }, md, o, cb),
    );
    res.json(invitationView(invitation));
  });

  router.delete('/children/:childId/interested-persons/:accountId', permit('interested-person.name'), async (req, res) => {
    await upstream.call(callerOf(res), 'IdentityService/RevokeInterestedPerson', (md, o, cb) =>
      identity.revokeInterestedPerson({ childId: param(req, 'childId'), accountId: param(req, 'accountId') }, md, o, cb),
    );
    res.status(204).end();
  });

  router.get(
    '/schools/:schoolId/classes/:classId/invitations',
    permit('invitation.list', (req) => ({ schoolId: param(req, 'schoolId'), classId: param(req, 'classId') })),
    async (req, res) => {
      const list = await upstream.call<Invitations__Output>(callerOf(res), 'IdentityService/ListInvitations', (md, o, cb) =>
        identity.listInvitations({ schoolId: param(req, 'schoolId'), classId: param(req, 'classId') }, md, o, cb),
      );
      res.json({ invitations: list.invitations.map(invitationView) });
    },
  );

  return router;
}

/** Public (or with the caller's token, to link an existing account): redeem an invitation code. */
export function redeemRoute(upstream: Upstream): Router {
  const router = Router();
  router.post('/api/v1/invitations/redeem', accepts(redeemBody), async (_req, res) => {
    const body = bodyOf(res, redeemBody);
    const session = await upstream.call<Session__Output>(callerOf(res), 'IdentityService/RedeemInvitation', (md, o, cb) =>
      upstream.identity.redeemInvitation({ login: '', password: '', lastName: '', firstName: '', middleName: '', ...body }, md, o, cb),
    );
    res.status(201).set('Cache-Control', 'no-store').json(sessionView(session));
  });
  return router;
}
