// Who messaging writes to (its calls GetSchoolDirectory and GetContactAddresses), against the real
// server through identity's API as the service serves it: only messaging gets an answer; the directory
// holds the school's people with an active account and its pupils' parents, with the grants they hold
// in this school (their own and those curriculum's facts give), and no contacts; the addresses are the
// e-mails people have. The accounts are read in two queries and the derived grants in one, however many people.
import { randomBytes, randomUUID } from 'node:crypto';
import type { identityV1 } from '@ejournal/contracts';
import { servicePrincipal, syncIndexes, toServiceError, type CallContext, type Grant, type Principal } from '@ejournal/kit';
import { freshDatabase } from '@ejournal/testing';
import { Metadata, status } from '@grpc/grpc-js';
import type mongoose from 'mongoose';
import { identityApi } from '../src/api/identity.api';
import { classTeacherGrants, teachingGrants } from '../src/domain/derived-grants';
import type { Identity } from '../src/identity';
import { DerivedGrants } from '../src/read-models/derived-grants';
import { SchoolStructure } from '../src/read-models/school-structure';
import { AccessTokens } from '../src/sessions/access-tokens';
import { KeyEncryption } from '../src/sessions/key-encryption';
import { RegionalSignOn } from '../src/sessions/regional-sign-on';
import { AccountStore, type Account } from '../src/store/account.store';
import { AuditStore } from '../src/store/audit.store';
import { InvitationStore } from '../src/store/invitation.store';
import { KnownSchoolStore } from '../src/store/known-school.store';
import { PasswordResetStore } from '../src/store/password-reset.store';
import { PersonStore, type Person } from '../src/store/person.store';
import { SessionStore } from '../src/store/session.store';
import { SigningKeyStore } from '../src/store/signing-key.store';
import { SsoAttemptStore } from '../src/store/sso-attempt.store';
import { ThrottleStore } from '../src/store/throttle.store';

describe('who messaging writes to', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let identity: Identity;
  let handlers: ReturnType<typeof identityApi>['handlers'];
  let accounts: Account[];

  const SCHOOL = randomUUID();
  const OTHER_SCHOOL = randomUUID();
  const CLASS = randomUUID();
  let uid = 1;
  const person = (kind: Person['kind'], lastName: string, data: Partial<Person> = {}): Person => ({
    _id: randomUUID(),
    uid: uid++,
    kind,
    lastName,
    firstName: 'Анна',
    middleName: 'Петровна',
    birthDate: kind === 'student' ? '2014-03-01' : '',
    email: '',
    phone: '',
    classId: '',
    schoolId: SCHOOL,
    createdAt: new Date(),
    createdBy: 'test',
    ...data,
  });
  const account = (of: Person, grants: Grant[], status: Account['status'] = 'active'): Account => ({
    _id: randomUUID(),
    login: `l-${randomUUID()}`,
    personId: of._id,
    passwordHash: 'x',
    mustChangePassword: false,
    status,
    grants,
    createdAt: new Date(),
    version: 1,
  });

  // The school's administrator, also class teacher (curriculum's fact) and the parent of a pupil of another school.
  const administrator = person('staff', 'Смирнова', { email: 'smirnova@school.example', phone: '+79990000001' });
  // A teacher whose every right comes from the load.
  const teacher = person('staff', 'Попов');
  const pupil = person('student', 'Иванов', { classId: CLASS, email: 'ivanov@pupil.example' });
  // A pupil without an account: not a correspondent.
  const pupilWithoutAccount = person('student', 'Петрова', { classId: CLASS });
  // The pupil's mother: a person of no school, here by the parent's grant that names her child.
  const parent = person('parent', 'Иванова', { schoolId: '', email: 'ivanova@mail.example', phone: '+79990000002' });
  // Blocked: neither the teacher nor the father is there.
  const blockedTeacher = person('staff', 'Кузнецов');
  const blockedParent = person('parent', 'Иванов-старший', { schoolId: '' });
  // Another school's teacher.
  const stranger = person('staff', 'Орлова', { schoolId: OTHER_SCHOOL });
  const pupilOfOtherSchool = person('student', 'Орлов', { schoolId: OTHER_SCHOOL });

  const call = (principal: Principal): CallContext => ({ principal, metadata: new Metadata(), clientAddress: '' });
  const messaging = call(servicePrincipal('messaging'));
  const directory = (schoolId: string, as = messaging) => handlers.GetSchoolDirectory({ schoolId }, as) as Promise<identityV1.SchoolDirectory__Output>;
  const codeOf = async (promise: Promise<unknown>) => toServiceError(await promise.then(() => new Error('answered'), (error: unknown) => error)).code;
  const entryOf = (answer: identityV1.SchoolDirectory__Output, of: Person) => answer.people.find((entry) => entry.personId === of._id);
  const grant = (fields: Partial<identityV1.Grant__Output>) => ({ role: '', schoolId: '', classId: '', groupId: '', subjectId: '', childId: '', personId: '', source: '', until: '', ...fields });

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('identity_correspondents'));
    identity = {
      people: new PersonStore(connection),
      accounts: new AccountStore(connection),
      sessions: new SessionStore(connection),
      tokens: new AccessTokens(new SigningKeyStore(connection, new KeyEncryption(randomBytes(32).toString('base64')))),
      invitations: new InvitationStore(connection),
      passwordResets: new PasswordResetStore(connection),
      audit: new AuditStore(connection),
      throttles: new ThrottleStore(connection),
      knownSchools: new KnownSchoolStore(connection),
      structure: new SchoolStructure(connection),
      derivedGrants: new DerivedGrants(connection),
    };
    handlers = identityApi(identity, new RegionalSignOn(undefined, new SsoAttemptStore(connection))).handlers;
    await syncIndexes(connection);

    await identity.knownSchools.apply({ schoolId: SCHOOL, shortName: 'Школа № 1', version: 1 });
    await identity.knownSchools.apply({ schoolId: OTHER_SCHOOL, shortName: 'Школа № 2', version: 1 });
    await identity.people.insert([administrator, teacher, pupil, pupilWithoutAccount, parent, blockedTeacher, blockedParent, stranger, pupilOfOtherSchool]);
    accounts = [
      account(administrator, [
        { role: 'school_admin', schoolId: SCHOOL },
        { role: 'parent', schoolId: OTHER_SCHOOL, childId: pupilOfOtherSchool._id },
      ]),
      // Her old account, blocked: its role is gone with it.
      account(administrator, [{ role: 'director', schoolId: SCHOOL }], 'blocked'),
      account(teacher, []),
      account(pupil, [{ role: 'student', schoolId: SCHOOL, personId: pupil._id }]),
      account(parent, [{ role: 'parent', schoolId: SCHOOL, childId: pupil._id }]),
      account(blockedTeacher, [{ role: 'school_admin', schoolId: SCHOOL }], 'blocked'),
      account(blockedParent, [{ role: 'parent', schoolId: SCHOOL, childId: pupil._id }], 'blocked'),
      account(stranger, [{ role: 'school_admin', schoolId: OTHER_SCHOOL }]),
    ];
    await identity.accounts.insert(accounts);
    await identity.derivedGrants.apply(`class-teacher:${CLASS}`, SCHOOL, 1, classTeacherGrants(SCHOOL, { classId: CLASS, classTeacherId: administrator._id }));
    await identity.derivedGrants.apply('load:Y1', SCHOOL, 1, teachingGrants(SCHOOL, [{ teacherId: teacher._id, classId: CLASS, groupId: '', subjectId: 'math' }]));
    // The other school's timetable naming this school's administrator gives her nothing anywhere.
    await identity.derivedGrants.apply('load:Y2', OTHER_SCHOOL, 1, teachingGrants(OTHER_SCHOOL, [{ teacherId: administrator._id, classId: 'C9', groupId: '', subjectId: 'rus' }]));
  });
  afterAll(async () => drop());

  it('answers anyone but messaging as if there were nothing: another service, a region operator', async () => {
    for (const caller of [call(servicePrincipal('curriculum')), call({ subject: 'op-1', grants: [{ role: 'region_operator' }] })]) {
      expect(await codeOf(directory(SCHOOL, caller))).toBe(status.NOT_FOUND);
      expect(await codeOf(handlers.GetContactAddresses({ personIds: [parent._id] }, caller))).toBe(status.NOT_FOUND);
    }
  });

  it('refuses a school identity does not know', async () => {
    await expect(directory(randomUUID())).rejects.toThrow('школа не найдена');
    expect(await codeOf(directory(''))).toBe(status.NOT_FOUND);
  });

  it('lists the school’s people with an active account and the parents of its pupils, with what they hold in this school', async () => {
    const answer = await directory(SCHOOL);
    expect(answer.schoolId).toBe(SCHOOL);
    expect(entryOf(answer, administrator)).toEqual({
      personId: administrator._id,
      kind: 'staff',
      lastName: 'Смирнова',
      firstName: 'Анна',
      middleName: 'Петровна',
      classId: '',
      // Her own role and the class curriculum made her class teacher of; not her old account's, not another school's.
      grants: [grant({ role: 'school_admin', schoolId: SCHOOL }), grant({ role: 'class_teacher', schoolId: SCHOOL, classId: CLASS, source: `class-teacher:${CLASS}` })],
    });
    expect(entryOf(answer, teacher)?.grants).toEqual([grant({ role: 'subject_teacher', schoolId: SCHOOL, classId: CLASS, subjectId: 'math', source: 'load:Y1' })]);
    expect(entryOf(answer, pupil)).toMatchObject({ kind: 'student', classId: CLASS, grants: [grant({ role: 'student', schoolId: SCHOOL, personId: pupil._id })] });
    expect(entryOf(answer, parent)).toMatchObject({ kind: 'parent', lastName: 'Иванова', classId: '', grants: [grant({ role: 'parent', schoolId: SCHOOL, childId: pupil._id })] });
    expect(answer.people.map((entry) => entry.personId).sort()).toEqual([administrator._id, teacher._id, pupil._id, pupilWithoutAccount._id, parent._id].sort());
    // A pupil without an account is there with their class and no grants (their parents' notices and letters need the class).
    expect(entryOf(answer, pupilWithoutAccount)).toMatchObject({ kind: 'student', classId: CLASS, grants: [] });
    for (const absent of [blockedTeacher, blockedParent, stranger, pupilOfOtherSchool]) expect(entryOf(answer, absent)).toBeUndefined();
    expect(answer.people.flatMap((entry) => entry.grants).filter((held) => held.schoolId !== SCHOOL)).toEqual([]);
  });

  it('carries no contacts, dates of birth or logins', async () => {
    const answer = await directory(SCHOOL);
    for (const entry of answer.people) expect(Object.keys(entry).sort()).toEqual(['classId', 'firstName', 'grants', 'kind', 'lastName', 'middleName', 'personId']);
    const text = JSON.stringify(answer);
    for (const secret of ['@', '+7999', '2014-03-01', ...accounts.map((held) => held.login)]) expect(text).not.toContain(secret);
  });

  it('reads the accounts in two queries and the derived grants in one, however many people', async () => {
    const reads: Record<string, number> = {};
    const restore: Array<() => void> = [];
    for (const collection of [identity.accounts.model.collection, connection.collection('derived_grants')]) {
      for (const method of ['find', 'findOne'] as const) {
        const original = (collection as any)[method];
        (collection as any)[method] = (...args: unknown[]) => ((reads[collection.collectionName] = (reads[collection.collectionName] ?? 0) + 1), original.apply(collection, args));
        restore.push(() => ((collection as any)[method] = original));
      }
    }
    try {
      await directory(SCHOOL);
    } finally {
      for (const undo of restore) undo();
    }
    expect(reads).toEqual({ accounts: 2, derived_grants: 1 });
  });

  it('gives the e-mail a person has, and nothing for those who have none or are not there', async () => {
    const answer = await handlers.GetContactAddresses({ personIds: [parent._id, teacher._id, randomUUID(), pupil._id, parent._id] }, messaging);
    expect((answer as { addresses: unknown[] }).addresses).toEqual(
      expect.arrayContaining([
        { personId: parent._id, email: 'ivanova@mail.example' },
        { personId: pupil._id, email: 'ivanov@pupil.example' },
      ]),
    );
    expect((answer as { addresses: unknown[] }).addresses).toHaveLength(2);
  });

  it('refuses more than 1,000 people at once', async () => {
    const tooMany = handlers.GetContactAddresses({ personIds: Array.from({ length: 1_001 }, () => randomUUID()) }, messaging);
    await expect(tooMany).rejects.toThrow('не больше 1000 человек за один запрос');
    expect(await codeOf(handlers.GetContactAddresses({ personIds: Array.from({ length: 1_001 }, () => randomUUID()) }, messaging))).toBe(status.INVALID_ARGUMENT);
    expect(await handlers.GetContactAddresses({ personIds: Array.from({ length: 1_000 }, () => randomUUID()) }, messaging)).toEqual({ addresses: [] });
  });
});
