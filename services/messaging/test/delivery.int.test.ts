// Notices reach families by e-mail through a real SMTP server, stored in the real database: at once,
// after the quiet hours, or bundled into one digest; a fact told twice makes one notice and one e-mail;
// a refused address is marked, a temporary failure tried again; two dispatchers never send one twice.
// (000 §9.1: a mark over an absence is explained to the parents; 000 §9.2, 004 §4.2.4: the class
// teacher informs parents of progress and absences.)
import type mongoose from 'mongoose';
import { instantOf } from '@ejournal/school-rules';
import { freshDatabase, startMailSink, testLogger } from '@ejournal/testing';
import type { Member, SchoolDirectory } from '../src/domain/correspondence';
import { markNotice, markOverAbsenceNotice, type Names } from '../src/domain/notices';
import { defaultPreferences } from '../src/domain/preferences';
import { Dispatcher } from '../src/delivery/dispatcher';
import { Mailer } from '../src/delivery/mailer';
import { Notifier } from '../src/delivery/notifier';
import type { SchoolDirectories } from '../src/read-models/school-directories';
import { MessagingStore, type SchoolFacts } from '../src/store/messaging.store';

const SCHOOL = 'school-1';
const ZONE = 'Europe/Moscow';
const member = (personId: string, grants: Member['grants'], kind = 'parent'): Member => ({ personId, kind, lastName: 'Петрова', firstName: 'Анна', middleName: '', classId: '', grants });
const pupil: Member = { personId: 'pupil-1', kind: 'student', lastName: 'Петров', firstName: 'Илья', middleName: '', classId: 'class-5a', grants: [] };
const directory: SchoolDirectory = {
  schoolId: SCHOOL,
  members: new Map([pupil, member('mother', [{ role: 'parent', schoolId: SCHOOL, childId: 'pupil-1' }]), member('father', [{ role: 'parent', schoolId: SCHOOL, childId: 'pupil-1' }])].map((entry) => [entry.personId, entry])),
  classNames: new Map([['class-5a', '5А']]),
};
const facts: SchoolFacts = { _id: SCHOOL, timeZone: ZONE, settingsVersion: 1, workKinds: [{ code: 'test', name: 'контрольная работа' }], classes: [], subjects: [{ subjectId: 'math', name: 'Математика' }], version: 1 };
/** The school's people as the directory gives them (identity's answer, fixed for the test). */
const directories = { of: async () => directory, facts: async () => facts } as unknown as SchoolDirectories;
const names: Names = { subject: () => 'Математика', workKind: () => 'контрольная работа', pupil: () => 'Петров Илья' };
const moscow = (date: string, time: string) => instantOf(date, time, ZONE);

describe('notices by e-mail', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let store: MessagingStore;
  let sink: Awaited<ReturnType<typeof startMailSink>>;
  let mailer: Mailer;
  let clock: Date;
  let addresses: Map<string, string>;
  const dispatcher = () => new Dispatcher(store, mailer, async (ids) => new Map(ids.filter((id) => addresses.has(id)).map((id) => [id, addresses.get(id)!])), testLogger('messaging'), 60_000, () => clock);
  const notifier = () => new Notifier(store, directories, 90, () => undefined);
  const overAbsence = (markId: string) => markOverAbsenceNotice({ markId, studentId: 'pupil-1', subjectId: 'math', date: '2026-12-01', absenceCode: 'н', explanation: 'Илья написал работу после уроков' }, names);

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('messaging_delivery'));
    store = new MessagingStore(connection);
    await Promise.all(Object.values(connection.models).map((model) => model.syncIndexes()));
    sink = await startMailSink();
    mailer = new Mailer(sink.url, 'Электронный дневник <noreply@ejournal.test>');
  });
  afterAll(async () => {
    mailer.close();
    await sink.stop();
    await drop();
  });
  beforeEach(async () => {
    sink.reset();
    addresses = new Map([
      ['mother', 'mother@example.test'],
      ['father', 'father@example.test'],
    ]);
    await Promise.all([store.notices.deleteMany({}), store.deliveries.deleteMany({}), store.preferences.model.deleteMany({}), store.failingAddresses.deleteMany({}), store.dispatchCursor.deleteMany({})]);
  });

  it('sends a mark over an absence at once with the teacher’s explanation, and one notice and e-mail however often the fact is told (000 §9.1)', async () => {
    clock = moscow('2026-12-01', '12:00');
    expect(await notifier().notify(SCHOOL, [{ draft: overAbsence('m1'), personIds: ['mother', 'father'] }], clock)).toBe(2);
    // The same fact again (a redelivered event): nothing new.
    expect(await notifier().notify(SCHOOL, [{ draft: overAbsence('m1'), personIds: ['mother', 'father'] }], clock)).toBe(0);
    await dispatcher().pass();
    await dispatcher().pass();
    expect(sink.received.map((mail) => mail.to).sort()).toEqual(['father@example.test', 'mother@example.test']);
    const mail = sink.received.find((entry) => entry.to === 'mother@example.test')!;
    expect(mail.subject).toBe('Оценка за пропущенный урок: Математика');
    expect(mail.text).toContain('Пояснение учителя: Илья написал работу после уроков');
    expect(mail.text).toContain('01.12.2026');
    expect(await store.notices.countDocuments({ personId: 'mother' })).toBe(1);
    expect((await store.deliveries.find({ personId: 'mother' }).lean()).map((delivery) => delivery.status)).toEqual(['sent']);
  });

  it('holds an e-mail in the quiet hours and sends it when they end', async () => {
    clock = moscow('2026-12-01', '22:30');
    await notifier().notify(SCHOOL, [{ draft: overAbsence('m2'), personIds: ['mother'] }], clock);
    const [held] = await store.deliveries.find({ personId: 'mother' }).lean();
    expect(held).toMatchObject({ status: 'waiting', deferred: true });
    expect(held.dueAt.toISOString()).toBe(moscow('2026-12-02', '07:00').toISOString());
    await dispatcher().pass();
    clock = moscow('2026-12-02', '06:59');
    await dispatcher().pass();
    expect(sink.received).toHaveLength(0);
    clock = moscow('2026-12-02', '07:00');
    await dispatcher().pass();
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0].to).toBe('mother@example.test');
  });

  it('bundles a day’s digest notices into one e-mail at the digest hour', async () => {
    clock = moscow('2026-12-01', '10:00');
    const mark = (markId: string, value: number) => markNotice({ markId, revision: 1, studentId: 'pupil-1', subjectId: 'math', date: '2026-12-01', values: [value], passFail: '', workKind: 'test', comment: '', removed: false }, false, names);
    // New marks go to the digest by default for a family (daily at 19:00).
    await notifier().notify(SCHOOL, [5, 4, 3].map((value, index) => ({ draft: mark(`d${index}`, value), personIds: ['mother'] })), clock);
    clock = moscow('2026-12-01', '10:01');
    await dispatcher().pass();
    expect(sink.received).toHaveLength(0);
    clock = moscow('2026-12-01', '19:00');
    await dispatcher().pass();
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0].subject).toMatch(/^Сводка уведомлений за 01\.12\.2026: 3$/);
    for (const value of ['5 (контрольная работа)', '4 (контрольная работа)', '3 (контрольная работа)']) expect(sink.received[0].text).toContain(value);
    expect(await store.deliveries.countDocuments({ status: 'sent' })).toBe(3);
  });

  it('follows the person’s own choice: e-mail off for a kind means the inbox only', async () => {
    clock = moscow('2026-12-01', '12:00');
    const chosen = defaultPreferences('mother', 'family');
    await store.preferences.insert({ ...chosen, kinds: chosen.kinds.map((entry) => (entry.kind === 'mark-over-absence' ? { ...entry, email: false, digest: false } : entry)), version: 1 });
    await notifier().notify(SCHOOL, [{ draft: overAbsence('m3'), personIds: ['mother', 'father'] }], clock);
    await dispatcher().pass();
    expect(sink.received.map((mail) => mail.to)).toEqual(['father@example.test']);
    expect(await store.notices.countDocuments({ personId: 'mother' })).toBe(1);
  });

  it('marks an address the server refuses for good, and sends no more to it until the school changes it', async () => {
    clock = moscow('2026-12-01', '12:00');
    sink.refuse('mother@example.test', 550);
    await notifier().notify(SCHOOL, [{ draft: overAbsence('m4'), personIds: ['mother'] }], clock);
    await dispatcher().pass();
    expect(await store.deliveries.findOne({ personId: 'mother' }).lean()).toMatchObject({ status: 'failed', error: 'почтовый сервер отказал: 550' });
    expect(await store.failingAddresses.findById('mother').lean()).toMatchObject({ email: 'mother@example.test' });
    await notifier().notify(SCHOOL, [{ draft: overAbsence('m5'), personIds: ['mother'] }], clock);
    await dispatcher().pass();
    expect(await store.deliveries.countDocuments({ personId: 'mother', status: 'failed', error: 'адрес не принимает почту' })).toBe(1);
    // A new address: tried again.
    addresses.set('mother', 'anna@example.test');
    await notifier().notify(SCHOOL, [{ draft: overAbsence('m6'), personIds: ['mother'] }], clock);
    await dispatcher().pass();
    expect(sink.received.map((mail) => mail.to)).toEqual(['anna@example.test']);
  });

  it('does not blame the address when the server refuses the platform itself (a 5xx to MAIL FROM): it tries again', async () => {
    clock = moscow('2026-12-01', '12:00');
    sink.refuseSender(554, 1);
    await notifier().notify(SCHOOL, [{ draft: overAbsence('m9'), personIds: ['mother'] }], clock);
    await dispatcher().pass();
    expect(await store.deliveries.findOne({ personId: 'mother' }).lean()).toMatchObject({ status: 'waiting', attempts: 1 });
    expect(await store.failingAddresses.findById('mother').lean()).toBeNull();
    clock = new Date(clock.getTime() + 60_000);
    await dispatcher().pass();
    expect(sink.received.map((mail) => mail.to)).toEqual(['mother@example.test']);
  });

  it('tries again after a temporary refusal, with back-off', async () => {
    clock = moscow('2026-12-01', '12:00');
    sink.refuse('father@example.test', 451, 1);
    await notifier().notify(SCHOOL, [{ draft: overAbsence('m7'), personIds: ['father'] }], clock);
    await dispatcher().pass();
    expect(await store.deliveries.findOne({ personId: 'father' }).lean()).toMatchObject({ status: 'waiting', attempts: 1 });
    expect(sink.received).toHaveLength(0);
    clock = new Date(clock.getTime() + 60_000);
    await dispatcher().pass();
    expect(sink.received.map((mail) => mail.to)).toEqual(['father@example.test']);
    expect(await store.deliveries.findOne({ personId: 'father' }).lean()).toMatchObject({ status: 'sent' });
  });

  it('says why when the person has no address, without trying to send', async () => {
    clock = moscow('2026-12-01', '12:00');
    addresses.delete('father');
    await notifier().notify(SCHOOL, [{ draft: overAbsence('m8'), personIds: ['father'] }], clock);
    await dispatcher().pass();
    expect(await store.deliveries.findOne({ personId: 'father' }).lean()).toMatchObject({ status: 'failed', error: 'адрес электронной почты не указан в школе' });
    expect(sink.received).toHaveLength(0);
  });

  it('sends each e-mail once when two dispatchers pass at the same moment', async () => {
    clock = moscow('2026-12-01', '12:00');
    await notifier().notify(SCHOOL, Array.from({ length: 10 }, (_, index) => ({ draft: overAbsence(`c${index}`), personIds: ['mother', 'father'] })), clock);
    await Promise.all([dispatcher().pass(), dispatcher().pass()]);
    expect(sink.received).toHaveLength(20);
    expect(new Set(sink.received.map((mail) => mail.messageId)).size).toBe(20);
  });
});
