import { randomUUID } from 'node:crypto';
import { toTimestamp, type IdentityServiceHandlers } from '@ejournal/contracts';
import { authorize, callingService, ensureAllowed, FailedPrecondition, InvalidArgument, NotFound, PermissionDenied, type AsyncHandlers, type Grant, type PendingEvent, type Principal } from '@ejournal/kit';
import { checkGrantBeneficiary, checkGrantFitsPerson, checkGrantScope, grantsOfImportedAccount, mayAssignGrant, validateGrant, withGrant, withoutGrant, type GrantScopeFacts } from '../domain/grants';
import { hashPassword, PASSWORD_RESET_HOURS, temporaryPassword, UNUSABLE_PASSWORD_HASH } from '../domain/passwords';
import { normaliseLogin, validatePerson } from '../domain/people';
import { parsePeopleImport } from '../domain/people-import';
import { accountRevoked } from '../events/account-revoked';
import { staffNamed } from '../events/staff-named';
import { studentRegistered } from '../events/student-registered';
import { tokensRevoked } from '../events/tokens-revoked';
import { invitationCodeKey, newInvitationCode } from '../domain/invitation-codes';
import type { Identity } from '../identity';
import type { Account } from '../store/account.store';
import type { Person } from '../store/person.store';
import { accountToMessage, grantFromMessage, personToMessage } from './messages';

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value);

type Handlers = Pick<
  AsyncHandlers<IdentityServiceHandlers>,
  'CreatePerson' | 'GetPerson' | 'CheckPeople' | 'ImportPeople' | 'GrantRole' | 'RemoveGrant' | 'RevokeAccount' | 'ResetPassword' | 'UnlockAccount'
>;

export function peopleApi(identity: Identity): Handlers {
  async function knownSchool(schoolId: string): Promise<void> {
    if (!schoolId || !(await identity.knownSchools.find(schoolId))) throw new NotFound('школа не найдена', { schoolId: 'нет такой школы' });
  }

  /** What the data that owns them says of the ids a grant names (people here; classes, groups, subjects from curriculum). */
  async function scopeFactsOf(grant: Grant): Promise<GrantScopeFacts> {
    const schoolId = grant.schoolId ?? '';
    const [child, student, schoolClass, groupClass, subjectKnown] = await Promise.all([
      grant.childId ? identity.people.find(grant.childId) : undefined,
      grant.personId ? identity.people.find(grant.personId) : undefined,
      grant.classId ? identity.structure.classOf(schoolId, grant.classId) : undefined,
      grant.groupId ? identity.structure.classOfGroup(schoolId, grant.groupId) : undefined,
      grant.subjectId ? identity.structure.hasSubject(schoolId, grant.subjectId) : undefined,
    ]);
    return { child, student, schoolClass, groupClass, subjectKnown };
  }

  /**
   * The class of each student the school named, as curriculum knows it: a class name («7Б») among the
   * classes of the school's current (or coming) year, or a class id of the school. Errors per line.
   */
  async function placeStudents(schoolId: string, students: Array<{ line: number; classId: string; enrolOn?: string }>): Promise<{ classes: Map<number, { classId: string; enrolOn: string }>; errors: Array<{ line: number; message: string }> }> {
    const classes = new Map<number, { classId: string; enrolOn: string }>();
    const errors: Array<{ line: number; message: string }> = [];
    const named = students.filter((student) => student.classId);
    if (named.length === 0) return { classes, errors };
    const today = new Date().toISOString().slice(0, 10);
    const year = await identity.structure.yearOn(schoolId, today);
    if (!year) {
      for (const student of named) errors.push({ line: student.line, message: 'у школы ещё нет учебного года: создайте год и классы (или загрузите учеников без столбца «Класс»)' });
      return { classes, errors };
    }
    const byName = await identity.structure.classesByName(schoolId, year._id);
    const yearName = `${year.startsOn.slice(0, 4)}/${year.endsOn.slice(0, 4)}`;
    for (const student of named) {
      const found = isUuid(student.classId) ? await identity.structure.classOf(schoolId, student.classId) : byName.get(student.classId);
      // Enrolled from the given day, else from today (or from the year's first day, before it begins).
      const enrolOn = student.enrolOn ?? (today < year.startsOn ? year.startsOn : today);
      if (!found || found.yearId !== year._id) errors.push({ line: student.line, message: `класса «${student.classId}» нет в учебном году ${yearName}: создайте его в расписании` });
      else if (enrolOn < year.startsOn || enrolOn > year.endsOn) errors.push({ line: student.line, message: `дата зачисления вне учебного года ${yearName}` });
      else classes.set(student.line, { classId: found._id, enrolOn });
    }
    return { classes, errors };
  }

  /** The account and its person, when the caller may act on it; NotFound otherwise (as for a missing one). */
  async function accountInScope(principal: Principal, accountId: string, action: 'grant.assign' | 'account.revoke' | 'account.reset'): Promise<{ account: Account; person: Person }> {
    const account = accountId ? await identity.accounts.findById(accountId) : null;
    const person = account ? await identity.people.find(account.personId) : null;
    if (!account || !person) throw new NotFound('учётная запись не найдена');
    ensureAllowed(principal, action, { schoolId: person.schoolId || undefined }, 'учётная запись не найдена', { schoolId: person.schoolId || undefined, classId: person.classId || undefined });
    return { account, person };
  }

  return {
    async CreatePerson(request, { principal, clientAddress }) {
      const data = validatePerson({ ...request.person, kind: request.person?.kind as never });
      const action = data.kind === 'staff' ? 'staff.manage' : 'students.manage';
      ensureAllowed(principal, action, { schoolId: request.schoolId }, 'школа не найдена');
      await knownSchool(request.schoolId);
      const grants = request.grants.map((g) => validateGrant(grantFromMessage(g)));
      for (const grant of grants) if (!mayAssignGrant(principal, grant)) throw new PermissionDenied(`нет права выдавать роль ${grant.role} в этой области`);
      for (const grant of grants) checkGrantScope(grant, await scopeFactsOf(grant));
      const login = request.login ? normaliseLogin(request.login) : undefined;
      if (grants.length > 0 && !login) throw new InvalidArgument('роли выдаются учётной записи: укажите логин', { login: 'обязателен, когда даны роли' });

      const placed = await placeStudents(request.schoolId, data.kind === 'student' ? [{ line: 0, classId: data.classId }] : []);
      if (placed.errors.length > 0) throw new InvalidArgument(placed.errors[0].message, { classId: 'класс этого учебного года' });
      const place = placed.classes.get(0);
      const now = new Date();
      const person: Person = { _id: randomUUID(), uid: await identity.people.reserveUids(1), ...data, classId: place?.classId ?? '', schoolId: request.schoolId, createdAt: now, createdBy: principal.subject };
      const password = login ? temporaryPassword() : '';
      const account: Account | undefined = login
        ? { _id: randomUUID(), login, personId: person._id, passwordHash: await hashPassword(password), mustChangePassword: true, status: 'active', grants, createdAt: now, version: 1 }
        : undefined;
      for (const grant of grants) checkGrantBeneficiary(grant, { _id: account?._id ?? '', personId: person._id }, principal);
      if (account && (await identity.accounts.findByLogin(account.login))) throw new InvalidArgument('такой логин уже занят', { login: 'логин занят' });
      const registration = person.kind === 'student' ? [studentRegistered(person, { classId: place?.classId ?? '', enrolOn: place?.enrolOn ?? '', orderNumber: '' }, principal.subject)] : person.kind === 'staff' ? [staffNamed(person)] : [];
      await identity.people.insert([person], new Map([[person._id, registration]]));
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

    // Curriculum asks before it enrols, appoints or substitutes: is each id this school's student (staff)?
    async CheckPeople(request, { principal }) {
      if (callingService(principal) !== 'curriculum') throw new NotFound('нет такого ресурса');
      if (request.kind !== 'student' && request.kind !== 'staff') throw new InvalidArgument('вид: student или staff', { kind: 'student или staff' });
      const ids = [...new Set(request.personIds)].slice(0, 10_000);
      const found = await identity.people.findMany(ids);
      const known = new Set(found.filter((person) => person.schoolId === request.schoolId && person.kind === request.kind).map((person) => person._id));
      return { unknownIds: ids.filter((id) => !known.has(id)) };
    },

    async ImportPeople(request, { principal, clientAddress }) {
      if (!authorize(principal, 'staff.manage', { schoolId: request.schoolId }) || !authorize(principal, 'students.manage', { schoolId: request.schoolId })) {
        throw new PermissionDenied('нет права загружать людей в этой школе');
      }
      await knownSchool(request.schoolId);
      const { rows, errors } = parsePeopleImport(request.csv);
      const placed = await placeStudents(request.schoolId, rows.filter((row) => row.person.kind === 'student').map((row) => ({ line: row.line, classId: row.person.classId, enrolOn: row.enrolOn })));
      errors.push(...placed.errors);
      for (const row of rows) {
        if (row.login && (await identity.accounts.findByLogin(row.login))) errors.push({ line: row.line, message: `логин «${row.login}» уже занят` });
      }
      if (errors.length > 0) return { imported: false, people: 0, accounts: 0, errors: errors.sort((a, b) => a.line - b.line), created: [] };

      const importId = randomUUID();
      const now = new Date();
      let uid = await identity.people.reserveUids(rows.length);
      const people = new Map<number, Person>();
      const registrations = new Map<string, PendingEvent[]>();
      for (const row of rows) {
        const place = placed.classes.get(row.line);
        const person: Person = { _id: randomUUID(), uid: uid++, ...row.person, classId: place?.classId ?? '', schoolId: request.schoolId, createdAt: now, createdBy: principal.subject, importId };
        people.set(row.line, person);
        if (person.kind === 'student') registrations.set(person._id, [studentRegistered(person, { classId: place?.classId ?? '', enrolOn: place?.enrolOn ?? '', orderNumber: row.orderNumber ?? '' }, principal.subject)]);
        if (person.kind === 'staff') registrations.set(person._id, [staffNamed(person)]);
      }
      const created = new Map([...people].map(([line, person]) => [line, { line, personId: person._id, login: '', temporaryPassword: '', accountId: '' }]));
      const accounts: Account[] = [];
      for (const row of rows.filter((r) => r.login)) {
        const person = people.get(row.line)!;
        const password = temporaryPassword();
        const grants = grantsOfImportedAccount(request.schoolId, row.childLine ? people.get(row.childLine)!._id : undefined);
        accounts.push({ _id: randomUUID(), login: row.login!, personId: person._id, passwordHash: await hashPassword(password), mustChangePassword: true, status: 'active', grants, createdAt: now, version: 1, importId });
        created.set(row.line, { line: row.line, personId: person._id, login: row.login!, temporaryPassword: password, accountId: accounts.at(-1)!._id });
      }
      // All or nothing without a multi-document transaction: everything written carries the import's
      // id, and a failure half-way removes what was written.
      try {
        await identity.people.insert([...people.values()], registrations);
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
      checkGrantBeneficiary(grant, account, principal);
      checkGrantScope(grant, await scopeFactsOf(grant));
      const grants = withGrant(account.grants, grant);
      if (!grants) return accountToMessage(account);
      const granted = await identity.accounts.update(account, { grants });
      await identity.audit.record({ action: 'grant.added', actorAccountId: principal.subject, subjectId: account._id, schoolId: grant.schoolId ?? '', clientAddress, details: grant.role });
      return accountToMessage(granted);
    },

    async RevokeAccount(request, { principal, clientAddress }) {
      const { account, person } = await accountInScope(principal, request.accountId, 'account.revoke');
      if (account._id === principal.subject) throw new FailedPrecondition('нельзя заблокировать собственную учётную запись');
      if (account.status === 'blocked') return accountToMessage(account);
      const revokedAt = new Date();
      const revoked = await identity.accounts.update(account, { status: 'blocked', revokedAt }, (stored) => [accountRevoked(stored._id, stored.personId, stored.version, revokedAt)]);
      await identity.sessions.revokeAll(account._id, 'account revoked');
      await identity.audit.record({ action: 'account.revoked', actorAccountId: principal.subject, subjectId: account._id, schoolId: person.schoolId, clientAddress, details: (request.reason ?? '').slice(0, 200) });
      return accountToMessage(revoked);
    },

    // The old password stops working at once; the person sets a new one with a one-time code from a
    // printed sheet. The administrator never learns a password, and both steps are audited.
    async ResetPassword(request, { principal, clientAddress }) {
      const { account, person } = await accountInScope(principal, request.accountId, 'account.reset');
      if (account._id === principal.subject) throw new FailedPrecondition('свой пароль меняют сами: POST /api/v1/password');
      const code = newInvitationCode();
      const now = new Date();
      const expiresAt = new Date(now.getTime() + PASSWORD_RESET_HOURS * 3_600_000);
      const reset = await identity.accounts.change(account._id, () => ({ changes: { passwordHash: UNUSABLE_PASSWORD_HASH, mustChangePassword: true, tokensRevokedAt: now }, events: (stored) => [tokensRevoked(account._id, '', now, stored.version, { personId: stored.personId, reason: 'password-reset' })] }));
      if (!reset) throw new NotFound('учётная запись не найдена');
      await identity.passwordResets.issue({ _id: invitationCodeKey(code), accountId: account._id, issuedBy: principal.subject, issuedAt: now, expiresAt });
      await identity.sessions.revokeAll(account._id, 'password reset');
      await identity.throttles.clear(`login:${account.login}`);
      await identity.audit.record({ action: 'password.reset', actorAccountId: principal.subject, subjectId: account._id, schoolId: person.schoolId, clientAddress, details: '' });
      return { login: account.login, code, expiresAt: toTimestamp(expiresAt), lastName: person.lastName, firstName: person.firstName, middleName: person.middleName };
    },

    // Takes a role away (a hand-made one; 002 §3.3); tokens carrying it stop working at once.
    async RemoveGrant(request, { principal, clientAddress }) {
      const grant = validateGrant(grantFromMessage(request.grant));
      const { account, person } = await accountInScope(principal, request.accountId, 'grant.assign');
      if (!mayAssignGrant(principal, grant)) throw new NotFound('у учётной записи нет такой роли');
      if (account._id === principal.subject && grant.role === 'region_operator') throw new FailedPrecondition('нельзя снять роль регионального оператора с самого себя');
      const now = new Date();
      const changed = await identity.accounts.change(account._id, (current) => {
        const grants = withoutGrant(current.grants, grant);
        return grants ? { changes: { grants, tokensRevokedAt: now }, events: (stored) => [tokensRevoked(account._id, '', now, stored.version, { personId: stored.personId, reason: 'grant-removed' })] } : null;
      });
      if (!changed || changed.grants.length === account.grants.length) throw new NotFound('у учётной записи нет такой роли');
      await identity.audit.record({ action: 'grant.removed', actorAccountId: principal.subject, subjectId: account._id, schoolId: grant.schoolId ?? person.schoolId, clientAddress, details: grant.role });
      return accountToMessage(changed);
    },

    async UnlockAccount(request, { principal, clientAddress }) {
      const { account, person } = await accountInScope(principal, request.accountId, 'account.reset');
      await identity.throttles.clear(`login:${account.login}`);
      await identity.throttles.clearStartingWith(`pair:${account.login}:`);
      await identity.audit.record({ action: 'account.unlocked', actorAccountId: principal.subject, subjectId: account._id, schoolId: person.schoolId, clientAddress, details: '' });
      return accountToMessage(account);
    },
  };
}
