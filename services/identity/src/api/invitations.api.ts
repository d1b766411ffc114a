import { randomUUID } from 'node:crypto';
import { toTimestamp, type IdentityServiceHandlers } from '@ejournal/contracts';
import { authorize, ensureAllowed, FailedPrecondition, InvalidArgument, NotFound, PermissionDenied, refusal, ResourceExhausted, type AsyncHandlers } from '@ejournal/kit';
import { grantOfInvitation, normaliseClassId, redemptionRefusal, withoutInterestedPerson } from '../domain/grants';
import { newInvitationCode, invitationCodeKey } from '../domain/invitation-codes';
import { checkPasswordPolicy, hashPassword } from '../domain/passwords';
import { normaliseLogin, validatePerson } from '../domain/people';
import type { Identity } from '../identity';
import { startSession } from '../sessions/sessions';
import type { Account } from '../store/account.store';
import type { Invitation, InvitationRole } from '../store/invitation.store';
import type { Person } from '../store/person.store';
import type { ThrottleRule } from '../store/throttle.store';
import { sessionToMessage } from './messages';

type Handlers = Pick<AsyncHandlers<IdentityServiceHandlers>, 'IssueInvitation' | 'ListInvitations' | 'RedeemInvitation' | 'RevokeInterestedPerson' | 'ConfirmGuardian'>;

/** Invitations live two weeks: long enough to reach a parent on paper. */
const INVITATION_DAYS = 14;
/** Wrong codes from one address: 10 in 15 minutes lock it for 15 minutes. */
const REDEEM_THROTTLE: ThrottleRule = { limit: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

function toMessage(invitation: Invitation, code = '') {
  return {
    id: invitation.invitationId,
    schoolId: invitation.schoolId,
    classId: invitation.classId,
    childId: invitation.childId,
    role: invitation.role,
    expiresAt: toTimestamp(invitation.expiresAt),
    issuedAt: toTimestamp(invitation.issuedAt),
    redeemedAt: invitation.redeemedAt ? toTimestamp(invitation.redeemedAt) : null,
    code,
    guardianAccountId: invitation.guardianAccountId ?? '',
  };
}

export function invitationsApi(identity: Identity): Handlers {
  return {
    // 004 §3.2: the class teacher issues a single-use code per child and per role;
    // 001 §2: a parent names an interested person for their child with a code of the same kind.
    async IssueInvitation(request, { principal, clientAddress }) {
      if (!['parent', 'student', 'interested_person'].includes(request.role)) {
        throw new InvalidArgument('код выдаётся родителю, ученику или заинтересованному лицу', { role: 'parent, student или interested_person' });
      }
      const child = request.childId ? await identity.people.find(request.childId) : null;
      const allowed =
        child !== null &&
        child.kind === 'student' &&
        (request.role === 'interested_person'
          ? authorize(principal, 'interested-person.name', { schoolId: child.schoolId, studentId: child._id })
          : authorize(principal, 'invitation.issue', { schoolId: child.schoolId, classId: child.classId }));
      if (!child || child.kind !== 'student') throw new NotFound('ученик не найден');
      if (!allowed) throw refusal(principal, request.role === 'interested_person' ? 'interested-person.name' : 'invitation.issue', 'ученик не найден', { schoolId: child.schoolId, classId: child.classId });
      const code = newInvitationCode();
      const now = new Date();
      const invitation: Invitation = {
        _id: invitationCodeKey(code),
        invitationId: randomUUID(),
        schoolId: child.schoolId,
        classId: child.classId,
        childId: child._id,
        role: request.role as InvitationRole,
        issuedBy: principal.subject,
        issuedAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      };
      await identity.invitations.issue(invitation);
      await identity.audit.record({ action: 'invitation.issued', actorAccountId: principal.subject, subjectId: invitation.invitationId, schoolId: child.schoolId, clientAddress, details: request.role });
      return toMessage(invitation, code);
    },

    // The class teacher sees which codes are redeemed.
    async ListInvitations(request, { principal }) {
      const classId = normaliseClassId(request.classId ?? '');
      ensureAllowed(principal, 'invitation.list', { schoolId: request.schoolId, classId }, 'класс не найден');
      const invitations = await identity.invitations.ofClass(request.schoolId, classId);
      return { invitations: invitations.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime()).map((i) => toMessage(i)) };
    },

    async RedeemInvitation(request, { principal, clientAddress }) {
      const throttleKey = `redeem:${clientAddress}`;
      // The attempt takes its place before the code is looked up: parallel guesses cannot slip past the limit.
      if (await identity.throttles.take(throttleKey, REDEEM_THROTTLE)) throw new ResourceExhausted('слишком много неверных кодов с этого адреса; попробуйте через 15 минут');
      const key = invitationCodeKey(request.code);
      const invitation = await identity.invitations.find(key);
      const refuse = async (message: string, Refusal: typeof FailedPrecondition | typeof PermissionDenied = FailedPrecondition) => {
        await identity.audit.record({ action: 'invitation.refused', actorAccountId: principal.subject, subjectId: invitation?.invitationId ?? '', schoolId: invitation?.schoolId ?? '', clientAddress, details: message });
        return new Refusal(message);
      };
      if (!invitation) throw await refuse('код приглашения не найден; проверьте, как он введён');
      if (invitation.redeemedAt) throw await refuse('этот код уже использован; попросите классного руководителя выдать новый');
      if (invitation.expiresAt <= new Date()) throw await refuse('срок действия кода истёк; попросите классного руководителя выдать новый');

      const anonymous = principal.subject === 'anonymous';
      const existing = anonymous ? null : await identity.accounts.findById(principal.subject);
      if (!anonymous && !existing) throw new PermissionDenied('учётная запись не найдена');
      if (existing) {
        const person = await identity.people.find(existing.personId);
        const refusal = redemptionRefusal(invitation, existing, person);
        if (refusal) throw await refuse(refusal, PermissionDenied);
      }

      // Prepare everything that can fail on input before the code is spent.
      const grant = grantOfInvitation(invitation);
      let newPerson: Person | undefined;
      let account: Account;
      if (existing) {
        account = existing;
      } else {
        const login = normaliseLogin(request.login);
        checkPasswordPolicy(request.password, login);
        if (await identity.accounts.findByLogin(login)) throw new InvalidArgument('такой логин уже занят', { login: 'логин занят' });
        const now = new Date();
        if (invitation.role !== 'student') {
          const data = validatePerson({ kind: invitation.role, lastName: request.lastName, firstName: request.firstName, middleName: request.middleName });
          newPerson = { _id: randomUUID(), uid: await identity.people.reserveUids(1), ...data, schoolId: invitation.schoolId, createdAt: now, createdBy: 'invitation' };
        }
        account = {
          _id: randomUUID(),
          login,
          personId: newPerson?._id ?? invitation.childId,
          passwordHash: await hashPassword(request.password),
          mustChangePassword: false,
          status: 'active',
          grants: [],
          createdAt: now,
          version: 1,
        };
      }

      if (!(await identity.invitations.redeem(key, account._id))) throw await refuse('этот код уже использован; попросите классного руководителя выдать новый');
      try {
        if (existing) {
          account = await identity.accounts.update(existing, { grants: [...existing.grants, grant] });
        } else {
          account = { ...account, grants: [grant] };
          if (newPerson) await identity.people.insert([newPerson]);
          await identity.accounts.insert([account]);
        }
      } catch (error) {
        await identity.invitations.unredeem(key, account._id);
        throw error;
      }
      await identity.throttles.giveBack(throttleKey);
      const confirmed = invitation.guardianAccountId === account._id ? ' (родство подтверждено администратором)' : '';
      await identity.audit.record({ action: 'invitation.redeemed', actorAccountId: account._id, subjectId: invitation.invitationId, schoolId: invitation.schoolId, clientAddress, details: `${invitation.role}${confirmed}` });
      return sessionToMessage(await startSession(identity, account));
    },

    // A member of staff who is the child's parent redeems the child's code only after the school's
    // administrator confirms it (from the documents); the confirmation is recorded.
    async ConfirmGuardian(request, { principal, clientAddress }) {
      const invitation = request.invitationId ? await identity.invitations.byInvitationId(request.invitationId) : null;
      if (!invitation || !authorize(principal, 'students.manage', { schoolId: invitation.schoolId })) throw new NotFound('приглашение не найдено');
      if (invitation.role === 'interested_person') throw new FailedPrecondition('заинтересованное лицо называет родитель, подтверждение администратора не нужно');
      if (invitation.redeemedAt) throw new FailedPrecondition('код уже использован');
      const account = request.accountId ? await identity.accounts.findById(request.accountId) : null;
      if (!account) throw new NotFound('учётная запись не найдена');
      if (account._id === principal.subject) throw new PermissionDenied('родство с учеником подтверждает другой администратор: нельзя подтвердить его для себя');
      if (account._id === invitation.issuedBy) throw new FailedPrecondition('выдавший код не может его использовать: попросите выдать код другого сотрудника');
      const confirmed = await identity.invitations.confirmGuardian(invitation._id, account._id, principal.subject);
      await identity.audit.record({ action: 'invitation.guardian-confirmed', actorAccountId: principal.subject, subjectId: invitation.invitationId, schoolId: invitation.schoolId, clientAddress, details: `account ${account._id}` });
      return toMessage(confirmed);
    },

    // 001 §2: the parent who may name an interested person for the child may also take the view back.
    async RevokeInterestedPerson(request, { principal, clientAddress }) {
      const child = request.childId ? await identity.people.find(request.childId) : null;
      if (!child || !authorize(principal, 'interested-person.name', { schoolId: child.schoolId, studentId: child._id })) throw new NotFound('ученик не найден');
      const account = request.accountId ? await identity.accounts.findById(request.accountId) : null;
      const grants = account ? withoutInterestedPerson(account.grants, child._id) : null;
      if (!account || !grants) throw new NotFound('заинтересованное лицо не найдено');
      await identity.accounts.update(account, { grants });
      // Its access tokens stop working at once; a refresh gives a token without the child.
      await identity.accounts.revokeTokens(account._id, 'grant-removed');
      await identity.audit.record({ action: 'grant.removed', actorAccountId: principal.subject, subjectId: account._id, schoolId: child.schoolId, clientAddress, details: 'interested_person' });
      return {};
    },
  };
}
