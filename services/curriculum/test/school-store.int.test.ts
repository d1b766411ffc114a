// The school document's writes against the real server: registered once with its events, its settings
// changed only from the version they were read at, each write with its events telling the relay.
import mongoose from 'mongoose';
import { Conflict, listenForEventsWritten } from '@ejournal/kit';
import { freshDatabase } from '@ejournal/testing';
import { settingsChanged } from '../src/events/curriculum-events';
import { schoolRegistered } from '../src/events/school-registered';
import { defaultSettings } from '../src/domain/settings';
import { SchoolStore, type School } from '../src/store/school.store';

describe('school store', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let store: SchoolStore;
  let announced = 0;
  let stopListening: () => void;

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('curriculum_schools'));
    store = new SchoolStore(connection);
    await store.model.syncIndexes();
    stopListening = listenForEventsWritten([store.model.collection.name], () => announced++);
  });
  afterAll(async () => {
    stopListening();
    await drop();
  });

  const school = (id: string, shortName: string): School => ({ _id: id, name: 'Средняя школа № 7', shortName, municipality: 'Пермь', registeredAt: new Date('2026-08-01T09:00:00Z'), registeredBy: 'operator', version: 1 });
  const pending = async (id: string) => (await store.model.findById(id).lean())!.pendingEvents.map((event) => [event.type, event.aggregateVersion]);

  it('registers a school with its events, once per identity', async () => {
    const registered = school('S1', 'СШ № 7');
    const before = announced;
    await store.register(registered, [schoolRegistered(registered), settingsChanged(registered._id, defaultSettings(), 1)]);
    expect(announced).toBe(before + 1);
    expect(await store.find('S1')).toMatchObject({ _id: 'S1', shortName: 'СШ № 7', version: 1 });
    expect(await pending('S1')).toEqual([['curriculum.school.registered', 1], ['curriculum.school.settings-changed', 1]]);
    const again = store.register(school('S2', 'сш  № 7'), []);
    await expect(again).rejects.toThrow(Conflict);
    await expect(store.register(school('S2', 'сш  № 7'), [])).rejects.toThrow('школа «сш  № 7» (Пермь) уже зарегистрирована');
    expect(await store.find('S2')).toBeNull();
  });

  it('saves settings from the version read, with the event of the version they become; refuses a stale one', async () => {
    const read = (await store.withSettings('S1'))!;
    const settings = { ...read.settings, lastGrade: 9 };
    const before = announced;
    expect(await store.saveSettings(read, settings, (version) => [settingsChanged('S1', settings, version)])).toBe(2);
    expect(announced).toBe(before + 1);
    const saved = (await store.withSettings('S1'))!;
    expect([saved.version, saved.settings.lastGrade]).toEqual([2, 9]);
    expect((await pending('S1')).at(-1)).toEqual(['curriculum.school.settings-changed', 2]);

    expect(await store.saveSettings(read, { ...settings, lastGrade: 11 }, (version) => [settingsChanged('S1', settings, version)])).toBeNull();
    expect(announced).toBe(before + 1);
    expect((await store.withSettings('S1'))!.settings.lastGrade).toBe(9);
    expect(await pending('S1')).toHaveLength(3);
  });
});
