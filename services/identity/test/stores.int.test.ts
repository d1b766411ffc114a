// Identity's stores write through the kit (issue #13: one write path) against the real server: an
// account's version is stamped in one place and a stale change refused with one error; single-use codes
// are spent once; throttles count every attempt; a person's changes are made from what was read; a
// known school keeps its newest version; the events written reach the relay without anyone asking it.
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@ejournal/contracts';
import { FailedPrecondition, OutboxRelay, type EventBus } from '@ejournal/kit';
import { eventually, freshDatabase, testLogger } from '@ejournal/testing';
import type mongoose from 'mongoose';
import { accountRevoked } from '../src/events/account-revoked';
import { staffNamed } from '../src/events/staff-named';
import { accountChanged, AccountStore, type Account } from '../src/store/account.store';
import { InvitationStore, type Invitation } from '../src/store/invitation.store';
import { KnownSchoolStore } from '../src/store/known-school.store';
import { PasswordResetStore } from '../src/store/password-reset.store';
import { PersonStore, type Person } from '../src/store/person.store';
import { SessionStore } from '../src/store/session.store';
import { ThrottleStore } from '../src/store/throttle.store';

describe('identity stores write through the kit', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let accounts: AccountStore;
  let sessions: SessionStore;
  let people: PersonStore;

  const anAccount = (): Account => ({ _id: randomUUID(), login: `l-${randomUUID()}`, personId: randomUUID(), passwordHash: 'x', mustChangePassword: false, status: 'active', grants: [], createdAt: new Date(), version: 1 });
  const aPerson = (kind: Person['kind'], uid: number): Person => ({
    _id: randomUUID(),
    uid,
    kind,
    lastName: 'Смирнова',
    firstName: 'Анна',
    middleName: '',
    birthDate: '',
    email: '',
    phone: '',
    classId: '',
    schoolId: 'S1',
    createdAt: new Date(),
    createdBy: 'test',
  });
  const pendingOf = async (model: mongoose.Model<any>, id: string) => (await model.findById(id).lean<{ pendingEvents: Array<{ id: string; type: string; aggregateVersion: number }>; hasPendingEvents: boolean }>())!;

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('identity_stores'));
    accounts = new AccountStore(connection);
    sessions = new SessionStore(connection);
    people = new PersonStore(connection);
  });
  afterAll(async () => drop());

  it('stamps an account’s version itself, builds the events from the account as stored, and refuses a stale change with one error', async () => {
    const account = anAccount();
    await accounts.insert([account]);
    const revokedAt = new Date();
    const revoked = await accounts.update(account, { status: 'blocked', revokedAt }, (stored) => [accountRevoked(stored._id, stored.personId, stored.version, revokedAt)]);
    expect(revoked).toEqual({ ...account, status: 'blocked', revokedAt, version: 2 });
    expect(await accounts.findById(account._id)).toEqual(revoked);
    const document = await pendingOf(accounts.model, account._id);
    expect(document.hasPendingEvents).toBe(true);
    expect(document.pendingEvents.map((event) => [event.type, event.aggregateVersion])).toEqual([['identity.account.revoked', 2]]);
    // Made from version 1, which is no longer the stored one.
    const stale = accounts.update(account, { mustChangePassword: true });
    await expect(stale).rejects.toBeInstanceOf(FailedPrecondition);
    await expect(accounts.update(account, { mustChangePassword: true })).rejects.toThrow(accountChanged().message);
    expect((await accounts.findById(account._id))!.mustChangePassword).toBe(false);
  });

  it('tells the schools of an account’s roles when they change, in the same write (identity.members.changed): made with roles, a role taken back, blocked', async () => {
    const account: Account = { ...anAccount(), grants: [{ role: 'subject_teacher', schoolId: 'S1', classId: 'C1', subjectId: 'math' }, { role: 'subject_teacher', schoolId: 'S2', classId: 'C9', subjectId: 'math' }] };
    await accounts.insert([account]);
    const events = async () => (await pendingOf(accounts.model, account._id)).pendingEvents.map((event) => [event.type, (event as unknown as { schoolId: string }).schoolId, event.aggregateVersion]);
    expect(await events()).toEqual([['identity.members.changed', 'S1', 1], ['identity.members.changed', 'S2', 1]]);
    const narrowed = await accounts.update(account, { grants: [account.grants[0]] });
    expect((await events()).slice(2)).toEqual([['identity.members.changed', 'S2', 2]]);
    // Not a change of roles: nobody is told.
    const renamed = await accounts.update(narrowed, { mustChangePassword: true });
    expect(await events()).toHaveLength(3);
    await accounts.update(renamed, { status: 'blocked', revokedAt: new Date() });
    expect((await events()).slice(3)).toEqual([['identity.members.changed', 'S1', 4]]);
    expect((await pendingOf(accounts.model, account._id)).pendingEvents.every((event) => JSON.stringify(event).includes(account.personId) && !JSON.stringify(event).includes(account.login))).toBe(true);
  });

  it('changes an account as it stands now: every change counted once, each event at its own version', async () => {
    const account = anAccount();
    await accounts.insert([account]);
    await Promise.all([accounts.revokeTokens(account._id, 'password-changed'), accounts.revokeTokens(account._id, 'password-changed'), accounts.change(account._id, () => ({ changes: { mustChangePassword: true } }))]);
    const stored = (await accounts.findById(account._id))!;
    expect(stored.version).toBe(4);
    expect(stored.mustChangePassword).toBe(true);
    const versions = (await pendingOf(accounts.model, account._id)).pendingEvents.map((event) => event.aggregateVersion);
    expect(new Set(versions).size).toBe(2);
    expect(versions.every((version) => version >= 2 && version <= 4)).toBe(true);
    expect(await accounts.change(randomUUID(), () => ({ changes: { mustChangePassword: true } }))).toBeNull();
    // No change: the account as it stands, its version unmoved.
    expect((await accounts.change(account._id, () => null))!.version).toBe(4);
  });

  it('publishes the events the stores write without anyone asking the relay', async () => {
    const published: EventEnvelope[] = [];
    const bus = { publish: async (event: EventEnvelope) => void published.push(event) } as unknown as EventBus;
    // A relay that polls once an hour: only the writes' own announcements can make it publish in time.
    const relay = new OutboxRelay({ bus, producer: 'identity', logger: testLogger('identity-stores'), models: [accounts.model, sessions.model, people.model], pollIntervalMs: 3_600_000 });
    relay.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300)); // its first pass is over
      const account = anAccount();
      await accounts.insert([account]);
      await accounts.revokeTokens(account._id, 'password-changed');
      await eventually(async () => published.find((event) => event.type === 'identity.tokens.revoked' && event.aggregateId === account._id && event.aggregateVersion === 2), 10_000, 'the account’s event');
      const familyId = randomUUID();
      await sessions.start({ _id: familyId, accountId: account._id, currentTokenHash: 'h1', rotations: 0, createdAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) });
      await sessions.revoke({ _id: familyId, accountId: account._id }, 'logged out');
      await eventually(async () => published.find((event) => event.type === 'identity.tokens.revoked' && event.aggregateId === familyId), 10_000, 'the session’s event');
      const staff = aPerson('staff', 900_001);
      const named = staffNamed(staff, 1);
      await people.insert([staff], new Map([[staff._id, [named]]]));
      await eventually(async () => published.find((event) => event.id === named.id), 10_000, 'the inserted person’s event');
      await people.update(staff._id, { lastName: 'Попова' }, (next) => [staffNamed(next, 2)]);
      await eventually(async () => published.find((event) => event.type === 'identity.staff.named' && event.aggregateId === staff._id && event.aggregateVersion === 2), 10_000, 'the person’s event');
    } finally {
      await relay.stop();
    }
  });

  it('rotates a refresh token once, and revokes the family when an older one comes back', async () => {
    const familyId = randomUUID();
    const expiresAt = new Date(Date.now() + 86_400_000);
    await sessions.start({ _id: familyId, accountId: 'A1', currentTokenHash: 'h1', rotations: 0, createdAt: new Date(), expiresAt });
    const rotations = await Promise.all([sessions.rotate(familyId, 'h1', 'h2'), sessions.rotate(familyId, 'h1', 'h2b')]);
    expect(rotations.map((rotation) => rotation.outcome).sort()).toEqual(['reused', 'rotated']);
    const rotated = rotations.find((rotation) => rotation.outcome === 'rotated') as { outcome: 'rotated'; family: { _id: string; accountId: string; expiresAt: Date; rotations: number; currentTokenHash: string } };
    expect(rotated.family).toMatchObject({ _id: familyId, accountId: 'A1', expiresAt, rotations: 1, currentTokenHash: 'h2' });
    const family = (await sessions.find(familyId))!;
    expect(family.revokedBecause).toBe('refresh token reused');
    expect((await pendingOf(sessions.model, familyId)).pendingEvents.map((event) => event.type)).toEqual(['identity.tokens.revoked']);
    expect((await sessions.rotate(familyId, 'h2', 'h3')).outcome).toBe('revoked');
    expect((await sessions.rotate(randomUUID(), 'h1', 'h2')).outcome).toBe('unknown');
    // Revoking again changes nothing and adds no event.
    await sessions.revoke(family, 'logged out');
    expect((await pendingOf(sessions.model, familyId)).pendingEvents).toHaveLength(1);
    expect((await sessions.find(familyId))!.revokedBecause).toBe('refresh token reused');
  });

  it('spends an invitation code and a password reset code once', async () => {
    const invitations = new InvitationStore(connection);
    const code = randomUUID();
    const invitation: Invitation = { _id: code, invitationId: randomUUID(), schoolId: 'S1', classId: 'C1', childId: 'P1', role: 'parent', issuedBy: 'T1', issuedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) };
    await invitations.issue(invitation);
    const confirmed = await invitations.confirmGuardian(code, 'A2', 'ADMIN');
    expect(confirmed).toMatchObject({ _id: code, guardianAccountId: 'A2', guardianConfirmedBy: 'ADMIN' });
    expect((await Promise.all([invitations.redeem(code, 'A1'), invitations.redeem(code, 'A2')])).filter(Boolean)).toHaveLength(1);
    const redeemedBy = (await invitations.find(code))!.redeemedBy!;
    await invitations.unredeem(code, redeemedBy === 'A1' ? 'A2' : 'A1'); // not theirs to give back
    expect((await invitations.find(code))!.redeemedBy).toBe(redeemedBy);
    await invitations.unredeem(code, redeemedBy);
    expect((await invitations.find(code))!.redeemedAt).toBeUndefined();
    expect(await invitations.redeem(code, 'A3')).toBe(true);

    const resets = new PasswordResetStore(connection);
    const reset = randomUUID();
    await resets.issue({ _id: reset, accountId: 'A1', issuedBy: 'ADMIN', issuedAt: new Date(), expiresAt: new Date(Date.now() + 3_600_000) });
    expect((await Promise.all([resets.use(reset), resets.use(reset)])).filter(Boolean)).toHaveLength(1);
    expect(await resets.use(reset)).toBe(false);
  });

  it('counts every attempt under a key: parallel guesses never get past the limit; a lock, a give-back and a clear', async () => {
    const throttles = new ThrottleStore(connection);
    const rule = { limit: 3, windowMs: 60_000, lockMs: 60_000 };
    const key = `pair:${randomUUID()}`;
    const now = new Date();
    const answers = await Promise.all(Array.from({ length: 8 }, () => throttles.take(key, rule, now)));
    const allowed = answers.filter((answer) => answer === undefined).length;
    expect(allowed).toBeGreaterThanOrEqual(1);
    expect(allowed).toBeLessThanOrEqual(3);
    // Locked now: every attempt is refused until the lock ends.
    expect(await throttles.take(key, rule, new Date(now.getTime() + 1_000))).toBeInstanceOf(Date);
    await throttles.clear(key);
    expect(await throttles.take(key, rule, now)).toBeUndefined();

    const address = `address:${randomUUID()}`;
    for (let attempt = 0; attempt < 3; attempt++) expect(await throttles.take(address, rule, now)).toBeUndefined();
    await throttles.giveBack(address); // one of them succeeded
    expect(await throttles.take(address, rule, now)).toBeUndefined();
    const lockedUntil = await throttles.take(address, rule, now);
    expect(lockedUntil).toEqual(new Date(now.getTime() + rule.lockMs));
    // After the lock and a window later, the count starts again.
    expect(await throttles.take(address, rule, new Date(now.getTime() + 2 * rule.windowMs + 1))).toBeUndefined();
  });

  it('reserves consecutive UIDs, and changes a person only from what was read', async () => {
    const first = await people.reserveUids(3);
    const [second, third] = await Promise.all([people.reserveUids(2), people.reserveUids(1)]);
    const uids = [first, first + 1, first + 2, second, second + 1, third].sort((x, y) => x - y);
    expect(uids).toEqual(Array.from({ length: 6 }, (_, index) => first + index));

    const student = aPerson('student', 900_100);
    const staff = aPerson('staff', 900_101);
    await people.insert([student, staff]);
    const year1 = { yearId: 'Y1', version: 2, placements: [{ classId: 'C5', groupId: '', from: '2025-09-01', until: '' }] };
    const year2 = { yearId: 'Y2', version: 1, placements: [{ classId: 'C6', groupId: '', from: '2026-09-01', until: '' }] };
    // Two years' rosters arriving together: both kept.
    await Promise.all([people.applyEnrolment(student._id, year1, '2025-10-01'), people.applyEnrolment(student._id, year2, '2025-10-01')]);
    const enrolled = (await people.find(student._id))!;
    expect(enrolled.enrolments?.map((enrolment) => enrolment.yearId).sort()).toEqual(['Y1', 'Y2']);
    expect(enrolled.classId).toBe('C5');
    // An older roster of a year changes nothing.
    expect(await people.applyEnrolment(student._id, { ...year1, version: 1, placements: [] }, '2025-10-01')).toEqual(enrolled);
    expect(await people.applyEnrolment(staff._id, year1, '2025-10-01')).toBeNull();
    expect(await people.applyEnrolment(randomUUID(), year1, '2025-10-01')).toBeNull();

    // Renamed and given a phone at once: both changes kept, the event names the person as stored.
    await Promise.all([people.update(staff._id, { lastName: 'Попова' }, (next) => [staffNamed(next, 2)]), people.update(staff._id, { phone: '+79990000000' })]);
    const changed = (await people.find(staff._id))!;
    expect(changed).toMatchObject({ lastName: 'Попова', phone: '+79990000000' });
    const named = (await people.model.findById(staff._id).lean<{ pendingEvents: Array<{ payload: { lastName: string } }> }>())!.pendingEvents;
    expect(named.at(-1)!.payload.lastName).toBe('Попова');
    expect(await people.update(randomUUID(), { phone: '' })).toBeNull();
  });

  it('keeps a known school at its newest version, whatever order the versions arrive in', async () => {
    const schools = new KnownSchoolStore(connection);
    const schoolId = randomUUID();
    await Promise.all([schools.apply({ schoolId, shortName: 'Ш 5', version: 5 }), schools.apply({ schoolId, shortName: 'Ш 4', version: 4 })]);
    expect(await schools.find(schoolId)).toMatchObject({ shortName: 'Ш 5', version: 5 });
    const knownSince = (await schools.find(schoolId))!.knownSince;
    await schools.apply({ schoolId, shortName: 'Ш 5', version: 5 });
    await schools.apply({ schoolId, shortName: 'Ш 6', version: 6 }, new Date(knownSince.getTime() + 60_000));
    expect(await schools.find(schoolId)).toMatchObject({ shortName: 'Ш 6', version: 6, knownSince });
  });
});
