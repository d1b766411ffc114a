import { randomUUID } from 'node:crypto';
import type { IdentityServiceHandlers } from '@ejournal/contracts';
import { authorize, FailedPrecondition, InvalidArgument, NotFound, PermissionDenied, type AsyncHandlers, type Grant, type Principal } from '@ejournal/kit';
import { checkGrantFitsPerson, mayAssignGrant, sameGrant, validateGrant } from '../domain/grants';
import { hashPassword, temporaryPassword } from '../domain/passwords';
import { normaliseLogin, validatePerson } from '../domain/people';
import { parsePeopleImport } from '../domain/people-import';
import { accountRevoked } from '../events/account-revoked';
import type { Identity } from '../identity';
import type { Account } from '../store/account.store';
import type { Person } from '../store/person.store';
import { accountToMessage, grantFromMessage, personToMessage } from './messages';

type Handlers = Pick<
  AsyncHandlers<IdentityServiceHandlers>,
  'CreatePerson' | 'GetPerson' | 'ImportPeople' | 'GrantRole' | 'RevokeAccount' | 'ResetPassword' | 'UnlockAccount' | 'LinkExternalIdentity'
>;

export function peopleApi(identity: Identity): Handlers {
  async function knownSchool(schoolId: string): Promise<void> {
    if (!schoolId || !(await identity.knownSchools.find(schoolId))) throw new NotFound('школа не найдена', { schoolId: 'нет такой школы' });
  }

  /** The account and its person, when the caller may act on it; NotFound otherwise (as for a missing one). */
  async function accountInScope(principal: Principal, accountId: string, action: 'grant.assign' | 'account.revoke' | 'account.reset'): Promise<{ account: Account; person: Person }> {
    const account = accountId ? await identity.accounts.findById(accountId) : null;
    const person = account ? await identity.people.find(account.personId) : null;
    if (!account || !person || !authorize(principal, action, { schoolId: person.schoolId || undefined })) throw new NotFound('учётная запись не найдена');
    return { account, person };
  }

  return {
    async CreatePerson(request, { principal, clientAddress }) {
      const data = validatePerson({ ...request.person, kind: request.person?.kind as never });
      const action = data.kind === 'staff' ? 'staff.manage' : 'students.manage';
      if (!authorize(principal, action, { schoolId: request.schoolId })) throw new PermissionDenied('нет права заводить людей в этой школе');
      await knownSchool(request.schoolId);
      const grants = request.grants.map((g) => validateGrant(grantFromMessage(g)));
      for (const grant of grants) if (!mayAssignGrant(principal, grant)) throw new PermissionDenied(`нет права выдавать роль ${grant.role} в этой области`);
      const login = request.login ? normaliseLogin(request.login) : undefined;
      if (grants.length > 0 && !login) throw new InvalidArgument('роли выдаются учётной записи: укажите логин', { login: 'обязателен, когда даны роли' });

      const now = new Date();
      const person: Person = { _id: randomUUID(), uid: await identity.people.reserveUids(1), ...data, schoolId: request.schoolId, createdAt: now, createdBy: principal.subject };
      const password = login ? temporaryPassword() : '';
      const account: Account | undefined = login
        ? { _id: randomUUID(), login, personId: person._id, passwordHash: await hashPassword(password), mustChangePassword: true, status: 'active', grants, createdAt: now, version: 1 }
        : undefined;
      if (account && (await identity.accounts.findByLogin(account.login))) throw new InvalidArgument('такой логин уже занят', { login: 'логин занят' });
      await identity.people.insert([person]);
      if (account) await identity.accounts.insert([account]);
      await identity.audit.record({
        action: 'account.created',
        actorAccountId: principal.subject,
        subjectId: account?._id ?? person._id,
        schoolId: request.schoolId,
        clientAddress,
        details: grants.map((g) => g.role).join(','),
      });
      return { person: personToMessage(person), accountId: account?._id ?? '', temporaryPassword: password };
    },

    async GetPerson(request, { principal }) {
      const person = request.personId ? await identity.people.find(request.personId) : null;
      if (!person || !authorize(principal, 'person.read', { schoolId: person.schoolId, classId: person.classId || undefined, studentId: person._id })) {
        throw new NotFound('человек не найден');
      }
      return personToMessage(person);
    },

    async ImportPeople(request, { principal, clientAddress }) {
      if (!authorize(principal, 'staff.manage', { schoolId: request.schoolId }) || !authorize(principal, 'students.manage', { schoolId: request.schoolId })) {
        throw new PermissionDenied('нет права загружать людей в этой школе');
      }
      await knownSchool(request.schoolId);
      const { rows, errors } = parsePeopleImport(request.csv);
      for (const row of rows) {
        if (row.login && (await identity.accounts.findByLogin(row.login))) errors.push({ line: row.line, message: `логин «${row.login}» уже занят` });
      }
      if (errors.length > 0) return { imported: false, people: 0, accounts: 0, errors: errors.sort((a, b) => a.line - b.line), created: [] };

      const importId = randomUUID();
      const now = new Date();
      let uid = await identity.people.reserveUids(rows.length);
      const people = new Map<number, Person>();
      for (const row of rows) {
        people.set(row.line, { _id: randomUUID(), uid: uid++, ...row.person, schoolId: request.schoolId, createdAt: now, createdBy: principal.subject, importId });
      }
      const created = new Map([...people].map(([line, person]) => [line, { line, personId: person._id, login: '', temporaryPassword: '' }]));
      const accounts: Account[] = [];
      for (const row of rows.filter((r) => r.login)) {
        const person = people.get(row.line)!;
        const password = temporaryPassword();
        const grants: Grant[] = row.childLine ? [{ role: 'parent', schoolId: request.schoolId, childId: people.get(row.childLine)!._id }] : [];
        accounts.push({ _id: randomUUID(), login: row.login!, personId: person._id, passwordHash: await hashPassword(password), mustChangePassword: true, status: 'active', grants, createdAt: now, version: 1, importId });
        created.set(row.line, { line: row.line, personId: person._id, login: row.login!, temporaryPassword: password });
      }
      // All or nothing without a multi-document transaction: everything written carries the import's
      // id, and a failure half-way removes what was written.
      try {
        await identity.people.insert([...people.values()]);
        await identity.accounts.insert(accounts);
      } catch (error) {
        await identity.accounts.removeImport(importId);
        await identity.people.removeImport(importId);
        throw error;
      }
      await identity.audit.record({ action: 'people.imported', actorAccountId: principal.subject, subjectId: importId, schoolId: request.schoolId, clientAddress, details: `${people.size} people, ${accounts.length} accounts` });
      return { imported: true, people: people.size, accounts: accounts.length, errors: [], created: [...created.values()] };
    },

    async GrantRole(request, { principal, clientAddress }) {
      const grant = validateGrant(grantFromMessage(request.grant));
      const { account, person } = await accountInScope(principal, request.accountId, 'grant.assign');
      if (!mayAssignGrant(principal, grant)) throw new PermissionDenied(`нет права выдавать роль ${grant.role} в этой области`);
      checkGrantFitsPerson(grant, person);
      if (account.grants.some((g) => sameGrant(g, grant))) return accountToMessage(account);
      const grants = [...account.grants, grant];
      if (!(await identity.accounts.update(account, { grants }))) throw new FailedPrecondition('учётная запись изменилась; повторите');
      await identity.audit.record({ action: 'grant.added', actorAccountId: principal.subject, subjectId: account._id, schoolId: grant.schoolId ?? '', clientAddress, details: grant.role });
      return accountToMessage({ ...account, grants, version: account.version + 1 });
    },

    async RevokeAccount(request, { principal, clientAddress }) {
      const { account, person } = await accountInScope(principal, request.accountId, 'account.revoke');
      if (account._id === principal.subject) throw new FailedPrecondition('нельзя заблокировать собственную учётную запись');
      if (account.status === 'blocked') return accountToMessage(account);
      const revokedAt = new Date();
      const version = account.version + 1;
      const changed = await identity.accounts.update(account, { status: 'blocked', revokedAt }, [accountRevoked(account._id, version, revokedAt)]);
      if (!changed) throw new FailedPrecondition('учётная запись изменилась; повторите');
      identity.relay.nudge();
      await identity.sessions.revokeAll(account._id, 'account revoked');
      await identity.audit.record({ action: 'account.revoked', actorAccountId: principal.subject, subjectId: account._id, schoolId: person.schoolId, clientAddress, details: (request.reason ?? '').slice(0, 200) });
      return accountToMessage({ ...account, status: 'blocked', revokedAt, version });
    },

    async ResetPassword(request, { principal, clientAddress }) {
      const { account, person } = await accountInScope(principal, request.accountId, 'account.reset');
      const password = temporaryPassword();
      if (!(await identity.accounts.update(account, { passwordHash: await hashPassword(password), mustChangePassword: true }))) {
        throw new FailedPrecondition('учётная запись изменилась; повторите');
      }
      await identity.sessions.revokeAll(account._id, 'password reset');
      await identity.throttles.clear(`login:${account.login}`);
      await identity.audit.record({ action: 'password.reset', actorAccountId: principal.subject, subjectId: account._id, schoolId: person.schoolId, clientAddress, details: '' });
      return { temporaryPassword: password };
    },

    // The verified identifier at the regional sign-on, as the school knows it from the person's documents.
    async LinkExternalIdentity(request, { principal, clientAddress }) {
      const { account, person } = await accountInScope(principal, request.accountId, 'account.reset');
      const externalId = (request.externalId ?? '').trim();
      if (!/^[\w.@:+-]{1,128}$/.test(externalId)) throw new InvalidArgument('идентификатор на портале: от 1 до 128 символов без пробелов', { externalId: 'неверный идентификатор' });
      const holder = await identity.accounts.findByExternalId(externalId);
      if (holder && holder._id !== account._id) throw new FailedPrecondition('этот идентификатор портала уже связан с другой учётной записью');
      if (!(await identity.accounts.update(account, { externalId }))) throw new FailedPrecondition('учётная запись изменилась; повторите');
      await identity.audit.record({ action: 'grant.added', actorAccountId: principal.subject, subjectId: account._id, schoolId: person.schoolId, clientAddress, details: 'external identity linked' });
      return accountToMessage({ ...account, externalId, version: account.version + 1 });
    },

    async UnlockAccount(request, { principal, clientAddress }) {
      const { account, person } = await accountInScope(principal, request.accountId, 'account.reset');
      await identity.throttles.clear(`login:${account.login}`);
      await identity.audit.record({ action: 'account.unlocked', actorAccountId: principal.subject, subjectId: account._id, schoolId: person.schoolId, clientAddress, details: '' });
      return accountToMessage(account);
    },
  };
}
