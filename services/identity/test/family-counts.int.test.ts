// The region's monitoring of families connected to the diary (001 §9, 002 §3.6), against the real server:
// a school is recounted when its people change, events of a school that come together share one count,
// an unchanged count publishes nothing, and each count's write carries its identity.families.counted.
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@ejournal/contracts';
import { freshDatabase } from '@ejournal/testing';
import type mongoose from 'mongoose';
import { keepFamilyCounts } from '../src/events/family-counts.consumer';
import { AccountStore, type Account } from '../src/store/account.store';
import { FamilyCountStore } from '../src/store/family-count.store';
import { PersonStore, type Person } from '../src/store/person.store';

describe('families connected, counted per school', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let people: PersonStore;
  let accounts: AccountStore;
  let counts: FamilyCountStore;
  const SCHOOL = randomUUID();

  const pupil = (uid: number): Person => ({ _id: randomUUID(), uid, kind: 'student', lastName: 'Счётова', firstName: 'Анна', middleName: '', birthDate: '', email: '', phone: '', classId: 'C1', schoolId: SCHOOL, createdAt: new Date(), createdBy: 'test' });
  const parentOf = (childId: string): Account => ({ _id: randomUUID(), login: `p-${randomUUID()}`, personId: randomUUID(), passwordHash: 'x', mustChangePassword: false, status: 'active', grants: [{ role: 'parent', schoolId: SCHOOL, childId }], createdAt: new Date(), version: 1 });
  const changed = (schoolId: string = SCHOOL) => ({ id: randomUUID(), type: 'identity.members.changed', schoolId, aggregateId: randomUUID(), aggregateVersion: 1, occurredAt: new Date(), producer: 'identity', traceparent: '', tracestate: '', payload: { personId: '' } }) as unknown as EventEnvelope<'identity.members.changed'>;
  const pendingOf = async () => ((await counts.model.findById(SCHOOL).lean<{ pendingEvents: Array<{ type: string; aggregateVersion: number; payload: Record<string, number> }> }>())?.pendingEvents ?? []);

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('identity_family_counts'));
    [people, accounts, counts] = [new PersonStore(connection), new AccountStore(connection), new FamilyCountStore(connection)];
  });
  afterAll(async () => drop());

  it('counts a school once for the events that come together, publishes the count, and nothing when it has not changed', async () => {
    const pupils = [pupil(1), pupil(2), pupil(3)];
    await people.insert(pupils);
    await accounts.insert([parentOf(pupils[0]._id)]);
    const keep = keepFamilyCounts({ people, accounts }, counts, 100);
    await Promise.all([keep(changed()), keep(changed()), keep(changed())]);
    expect(await counts.find(SCHOOL)).toMatchObject({ pupils: 3, pupilsWithParents: 1, version: 1 });
    expect((await pendingOf()).map((event) => [event.type, event.aggregateVersion, event.payload])).toEqual([['identity.families.counted', 1, { pupils: 3, pupilsWithParents: 1 }]]);

    // Counted again with nothing changed: no write, no event.
    await keep(changed());
    expect(await counts.find(SCHOOL)).toMatchObject({ version: 1 });

    // A second parent of another pupil: the next count says so.
    await accounts.insert([parentOf(pupils[1]._id)]);
    await keep(changed());
    expect(await counts.find(SCHOOL)).toMatchObject({ pupils: 3, pupilsWithParents: 2, version: 2 });
    expect((await pendingOf()).at(-1)).toMatchObject({ aggregateVersion: 2, payload: { pupils: 3, pupilsWithParents: 2 } });
    // An event of no school counts nothing.
    await keep(changed(''));
  });
});
