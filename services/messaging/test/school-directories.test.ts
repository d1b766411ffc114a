import type { identityV1 } from '@ejournal/contracts';
import type { Peers } from '../src/peers';
import { SchoolDirectories } from '../src/read-models/school-directories';
import type { MessagingStore } from '../src/store/messaging.store';

// The directory messaging keeps of a school for ten seconds: a person who joined after it was asked for
// (a parent who redeemed their code a moment ago) is never answered from it — not named '' in a thread
// they start, not refused as a missing recipient.
describe('the school directories messaging keeps', () => {
  let people: string[];
  let asked: number;
  const person = (personId: string) => ({ personId, kind: 'parent', lastName: 'Петрова', firstName: 'Анна', middleName: '', classId: '', grants: [] });
  // Identity's answer as it stands when asked (the directory's logic is under test, not gRPC).
  const peers = {
    identity: { getSchoolDirectory: (_request: unknown, _md: unknown, _options: unknown, callback: (error: null, answer: identityV1.SchoolDirectory__Output) => void) => callback(null, { people: people.map(person) } as unknown as identityV1.SchoolDirectory__Output) },
    call: <T>(_name: string, invoke: (md: unknown, options: unknown, callback: (error: Error | null, answer: T) => void) => void) =>
      new Promise<T>((resolve, reject) => {
        asked += 1;
        invoke({}, {}, (error, answer) => (error ? reject(error) : resolve(answer)));
      }),
  } as unknown as Peers;
  const store = { schools: { find: async () => null } } as unknown as MessagingStore;

  beforeEach(() => {
    people = ['teacher'];
    asked = 0;
    jest.useFakeTimers();
  });
  afterEach(() => jest.useRealTimers());
  /** The answer of a call that waits, the clock moved on meanwhile. */
  const after = async <T>(ms: number, call: Promise<T>): Promise<T> => {
    await jest.advanceTimersByTimeAsync(ms);
    return call;
  };

  it('asks identity again for a caller who joined after the directory was kept, waiting out the second between asks', async () => {
    const directories = new SchoolDirectories(peers, store);
    await directories.of('s1');
    people.push('parent');
    const waiting = directories.of('s1', ['parent']);
    await jest.advanceTimersByTimeAsync(900);
    expect(asked).toBe(1);
    const directory = await after(100, waiting);
    expect(directory.members.has('parent')).toBe(true);
    expect(asked).toBe(2);
    // Known now: answered from what is kept.
    await directories.of('s1', ['parent', 'teacher']);
    expect(asked).toBe(2);
  });

  it('asks once for several calls waiting on the same missing person, and answers a made-up id as missing after a second — within the gateway’s deadline', async () => {
    const directories = new SchoolDirectories(peers, store);
    await directories.of('s1');
    people.push('parent');
    const directories3 = await after(1_000, Promise.all([directories.of('s1', ['parent']), directories.of('s1', ['parent']), directories.of('s1', ['parent'])]));
    expect(directories3.every((directory) => directory.members.has('parent'))).toBe(true);
    expect(asked).toBe(2);
    const waiting = directories.of('s1', ['parent', 'made-up']);
    await jest.advanceTimersByTimeAsync(900);
    expect(asked).toBe(2);
    const directory = await after(100, waiting);
    expect(directory.members.has('made-up')).toBe(false);
    expect(asked).toBe(3);
  });

  it('forgets a school’s people when identity tells that they changed: the next notice is addressed from what identity has now', async () => {
    const directories = new SchoolDirectories(peers, store);
    await directories.of('s1');
    await directories.of('s2');
    people.push('father');
    directories.forgetPeople('s1');
    expect((await directories.of('s1')).members.has('father')).toBe(true);
    expect(asked).toBe(3);
    // Another school's people are kept as they were.
    expect((await directories.of('s2')).members.has('father')).toBe(false);
    expect(asked).toBe(3);
  });
});
