// The fault suite (issue #18; `make faults`, run before a release — it takes a few minutes, more than
// `make test` has room for). As an operator's test team would: one school, four teachers posting marks
// one per request (each unique, each with its Idempotency-Key, retried with the same key after an
// error, as the web client's offline queue does) while a parent reads the diary; then one fault at a
// time. Afterwards it counts what the teachers were told was saved against what the journal holds and
// what the diary shows: nothing lost, nothing doubled, the diary equal to the journal — no restarts but
// the fault's own.
import { randomUUID } from 'node:crypto';
import { eventually, startPrivateDatabase, type PrivateDatabase } from '@ejournal/testing';
import { SERVICE_NAMES } from '@ejournal/contracts';
import { createYear, registerSchool, registerStudents, staffAccount, startPlatform, type Platform } from '../system/platform';

const CLIENTS = 4;
const LOAD_MS = 12_000;
const FAULT_AT_MS = 3_000;

interface Tally {
  fault: string;
  requests: number;
  acknowledged: number;
  unavailable: number;
  firstRefusalMs: number | null;
  present: number;
  lost: number;
  doubled: number;
  diaryMissing: number;
}

describe('faults under load: nothing stuck, nothing doubled (issue #18)', () => {
  let database: PrivateDatabase;
  let platform: Platform;
  let teacher: string;
  let parent: string;
  let classId: string;
  let periodId: string;
  let pupils: string[] = [];
  let lessons: string[] = [];
  const tallies: Tally[] = [];
  let slot = 0;

  beforeAll(async () => {
    database = await startPrivateDatabase();
    // Every client here comes from one address: the per-address limit (600 a minute) would answer the
    // faster runs with 429 before a request reaches the fault under test.
    platform = await startPlatform('faults', { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000' }, { mongoUriOf: Object.fromEntries(SERVICE_NAMES.map((name) => [name, database.uri])) });
    const operator = await platform.operatorToken();
    const schoolId = await registerSchool(platform, operator, 'СШ под нагрузкой');
    const admin = await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }]);
    const year = await createYear(platform, admin.token, schoolId);
    periodId = year.periods[0].id;
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await platform.request(`/api/v1${path}`, { method, token: admin.token, body: body === undefined ? undefined : JSON.stringify(body) });
      if (response.status >= 300) throw new Error(`${method} ${path} → ${response.status}: ${await response.text()}`);
      return response;
    };
    classId = (await (await call('POST', `/years/${year.id}/classes`, { grade: 6, letter: 'А' })).json()).id;
    const math = await staffAccount(platform, admin.token, schoolId, [{ role: 'subject_teacher', schoolId, classId, subjectId: 'math' }]);
    teacher = math.token;
    pupils = await registerStudents(platform, admin.token, schoolId, 30, '6А', 'Нагрузкина');
    await call('PUT', `/classes/${classId}/timetable`, { entries: [1, 2, 3, 4, 5].flatMap((weekday) => [1, 2, 3].map((lessonNumber) => ({ weekday, lessonNumber, subjectId: 'math', teacherId: math.personId }))) });
    await call('POST', `/classes/${classId}/lessons/generate`, { from: '2026-09-01', to: '2026-10-24' });
    for (const week of ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28', '2026-10-05', '2026-10-12']) {
      lessons.push(...(await (await call('GET', `/classes/${classId}/lessons?week=${week}`)).json()).lessons.map((lesson: { id: string }) => lesson.id));
    }
    const classTeacher = await staffAccount(platform, admin.token, schoolId, [{ role: 'class_teacher', schoolId, classId }]);
    const code = (await (await platform.request('/api/v1/invitations', { method: 'POST', token: classTeacher.token, body: JSON.stringify({ childId: pupils[0], role: 'parent' }) })).json()).code;
    parent = (await (await platform.request('/api/v1/invitations/redeem', { method: 'POST', body: JSON.stringify({ code, login: 'mama.nagruzkinoy', password: 'мама смотрит дневник под нагрузкой', lastName: 'Нагрузкина', firstName: 'Вера' }) })).json()).accessToken;
    await eventually(async () => ((await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/journal`, { token: teacher })).status === 200 ? true : undefined), 20_000, 'the journal page');
  }, 180_000);

  afterAll(async () => {
    await database?.start().catch(() => undefined);
    await platform?.stop();
    await database?.remove();
    const columns: Array<keyof Tally> = ['fault', 'requests', 'acknowledged', 'unavailable', 'firstRefusalMs', 'present', 'lost', 'doubled', 'diaryMissing'];
    console.log(['', columns.join(' | '), ...tallies.map((tally) => columns.map((column) => String(tally[column] ?? '—')).join(' | '))].join('\n'));
  });

  /** Four teachers posting unique marks (one per request) until the load ends; each retried with its key until answered. */
  async function load(fault: string, inject: () => Promise<void>, recover: () => Promise<void>): Promise<void> {
    const tally: Tally = { fault, requests: 0, acknowledged: 0, unavailable: 0, firstRefusalMs: null, present: 0, lost: 0, doubled: 0, diaryMissing: 0 };
    const acknowledged: Array<{ lesson: string; pupil: string; tag: string }> = [];
    const started = Date.now();
    let faultAt = 0;
    const until = started + LOAD_MS;
    const client = async (n: number) => {
      while (Date.now() < until) {
        const index = slot++;
        const lesson = lessons[Math.floor(index / pupils.length) % lessons.length];
        const pupil = pupils[index % pupils.length];
        const tag = `${fault}:${n}:${index}`;
        const key = randomUUID();
        for (let attempt = 0; Date.now() < until + 60_000; attempt++) {
          tally.requests++;
          const answer = await platform
            .request(`/api/v1/lessons/${lesson}/marks`, { method: 'POST', token: teacher, headers: { 'idempotency-key': key }, body: JSON.stringify({ marks: [{ studentId: pupil, values: [4], workKind: 'answer', comment: tag }] }) })
            .catch(() => null);
          if (answer?.status === 201) {
            acknowledged.push({ lesson, pupil, tag });
            tally.acknowledged++;
            break;
          }
          if (answer && answer.status >= 400 && answer.status < 500 && answer.status !== 409 && answer.status !== 429) throw new Error(`refused: ${answer.status} ${await answer.text()}`);
          if (answer?.status === 503) {
            tally.unavailable++;
            if (faultAt && tally.firstRefusalMs === null) tally.firstRefusalMs = Date.now() - faultAt;
          }
          await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * 2 ** attempt)));
        }
      }
    };
    const reader = async () => {
      while (Date.now() < until) {
        await platform.request(`/api/v1/students/${pupils[0]}/diary/week?week=2026-09-07`, { token: parent }).catch(() => null);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    const injected = (async () => {
      await new Promise((resolve) => setTimeout(resolve, FAULT_AT_MS));
      faultAt = Date.now();
      await inject();
      await recover();
    })();
    await Promise.all([...Array.from({ length: CLIENTS }, (_, n) => client(n)), reader(), injected]);
    await platform.system.waitHealthy(60_000);

    // The journal: every acknowledged mark there once, none twice.
    const journal = await eventually(async () => {
      const answer = await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/journal`, { token: teacher });
      return answer.status === 200 ? answer.json() : undefined;
    }, 30_000, 'the journal after the fault');
    const counts = new Map<string, number>();
    for (const mark of journal.marks as Array<{ comment: string }>) if (mark.comment.startsWith(`${fault}:`)) counts.set(mark.comment, (counts.get(mark.comment) ?? 0) + 1);
    tally.present = counts.size;
    tally.lost = acknowledged.filter((mark) => !counts.has(mark.tag)).length;
    tally.doubled = [...counts.values()].filter((count) => count > 1).length;
    // The diary of the first pupil equals the journal (it catches up by itself).
    const expected = (journal.marks as Array<{ studentId: string; removed: boolean }>).filter((mark) => mark.studentId === pupils[0]).length;
    const diaryCount = async () => {
      const answer = await platform.request(`/api/v1/students/${pupils[0]}/diary/marks?periodId=${periodId}`, { token: parent });
      return answer.status === 200 ? ((await answer.json()).subjects as Array<{ marks: unknown[] }>).reduce((sum, subject) => sum + subject.marks.length, 0) : -1;
    };
    await eventually(async () => ((await diaryCount()) === expected ? true : undefined), 120_000, 'the diary to equal the journal').catch(() => undefined);
    tally.diaryMissing = expected - (await diaryCount());
    tallies.push(tally);
    expect(tally).toMatchObject({ lost: 0, doubled: 0, diaryMissing: 0 });
  }

  it('kill -9 of the gradebook (a writer), restarted after 3 s', async () => {
    await load('gradebook-kill', () => platform.system.stopProcess('gradebook', 'SIGKILL').then(() => undefined), async () => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      platform.system.startProcess('gradebook');
    });
  }, 300_000);

  it('kill -9 of the diary (a consumer), restarted after 3 s', async () => {
    await load('diary-kill', () => platform.system.stopProcess('diary', 'SIGKILL').then(() => undefined), async () => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      platform.system.startProcess('diary');
    });
  }, 300_000);

  it('the database down for 30 s: 503 at once, then everything back without restarts', async () => {
    await load('database-down', () => database.stop(), async () => {
      await new Promise((resolve) => setTimeout(resolve, 30_000));
      await database.start();
    });
    expect(tallies.at(-1)!.firstRefusalMs).not.toBeNull();
  }, 400_000);

  it('kill -9 of the gateway, restarted after 3 s', async () => {
    await load('gateway-kill', () => platform.system.stopProcess('gateway', 'SIGKILL').then(() => undefined), async () => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      platform.system.startProcess('gateway');
    });
  }, 300_000);
});
