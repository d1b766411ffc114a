// The week pages kept in memory (issue #12: the gateway answers the busiest read from its own copy) are
// told of every write to the documents they were built from: against the real broker and server, a
// write by one diary instance reaches every listener as diary.pages.changed (documents by pseudonymous
// key only), and another diary instance reads that document again at once rather than up to two seconds late.
import { EventBus } from '@ejournal/kit';
import { deleteEventNamespace, eventually, freshDatabase, freshNamespace, testLogger, testServers } from '@ejournal/testing';
import type mongoose from 'mongoose';
import { Pseudonyms } from '../src/domain/pseudonym';
import { keepDiary } from '../src/events/diary.consumer';
import { sharePageChanges } from '../src/events/page-changes';
import type { ExportSchedule } from '../src/export/export-schedule';
import { DiaryStore } from '../src/store/diary.store';
import { lessonRecorded } from './lesson-recorded';

describe('diary page changes told to the copies kept in memory', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let namespace: string;
  const buses: EventBus[] = [];
  const heard: string[][] = [];
  let instanceA: DiaryStore;
  let instanceB: DiaryStore;

  const bus = (producer: string) => {
    const made = new EventBus({ url: testServers().amqpUrl, namespace, producer, logger: testLogger(producer) });
    buses.push(made);
    return made;
  };

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('diary_page_changes'));
    namespace = freshNamespace('diary.pages');
    // Two diary instances on one database, each with its own connection to the broker; and a gateway listening.
    instanceA = new DiaryStore(connection);
    instanceB = new DiaryStore(connection.useDb(connection.name, { useCache: false }));
    const [busA, busB, gateway] = [bus('diary'), bus('diary'), bus('gateway')];
    sharePageChanges(busA, instanceA, testLogger('diary'));
    sharePageChanges(busB, instanceB, testLogger('diary'));
    gateway.subscribeEachInstance('gateway-diary-pages', ['diary.pages.changed'], async (event) => void heard.push(event.payload.documents));
    await Promise.all(buses.map((each) => each.start()));
  });
  afterAll(async () => {
    for (const each of buses) await each.stop(1_000);
    await deleteEventNamespace(namespace, []);
    await drop();
  });


  it('tells every listener which documents one instance wrote, and the other instance reads them again at once', async () => {
    const handle = keepDiary(instanceA, new Pseudonyms('x'.repeat(32)), undefined as unknown as ExportSchedule);
    await handle(lessonRecorded('Дроби', 1));
    await eventually(async () => (heard.flat().includes('class_weeks:C1:2026-08-31') ? true : undefined), 5_000, 'the first write to be told');
    // Instance B keeps the class's week (for two seconds, were it not told).
    expect((await instanceB.recent.classWeeks.find('C1:2026-08-31'))?.lessons[0]?.topic).toBe('Дроби');

    heard.length = 0;
    await handle(lessonRecorded('Десятичные дроби', 2));
    const written = Date.now();
    await eventually(async () => ((await instanceB.recent.classWeeks.find('C1:2026-08-31'))?.lessons[0]?.topic === 'Десятичные дроби' ? true : undefined), 5_000, 'instance B to read the week again');
    expect(Date.now() - written).toBeLessThan(1_500);
    expect(heard.flat()).toContain('class_weeks:C1:2026-08-31');
  });

  it('tells a pupil\'s documents by key only, many writes of a moment in one hint', async () => {
    heard.length = 0;
    await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        instanceA.studentWeeks.insert({ _id: `key-${n}:2026-08-31`, version: 1, marks: [], absences: [] } as never),
      ),
    );
    await eventually(async () => (heard.flat().filter((document) => document.startsWith('student_weeks:')).length === 30 ? true : undefined), 5_000, 'the thirty writes to be told');
    expect(heard.length).toBeLessThan(30);
    expect(heard.flat().every((document) => /^student_weeks:key-\d+:2026-08-31$/.test(document))).toBe(true);
  });
});
