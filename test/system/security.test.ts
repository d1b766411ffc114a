// System test of issue #10: each hole found is tried the way the attacker tried it, through the gateway,
// and refused — with the same answer as for a missing object where that rule applies — while the
// honest path still works. Two schools, A and B, each with an administrator, a year, a class, a
// teacher and registered pupils.
import { SERVICE_NAMES } from '@ejournal/contracts';
import { eventually, testServers } from '@ejournal/testing';
import mongoose from 'mongoose';
import { createYear, importPeople, registerSchool, registerStudents, runDiaryExport, staffAccount, sharedPlatform, type Gateway } from './platform';

type Staff = Awaited<ReturnType<typeof staffAccount>>;

describe('security: no way across schools or into a child’s diary without the right (issue #10)', () => {
  let platform: Gateway;
  let operator: string;
  const school = {} as Record<'A' | 'B', { id: string; admin: Staff; deputy: Staff; yearId: string; periods: Array<{ id: string }>; classId: string; teacher: Staff; pupils: string[] }>;
  const strip = ({ instance: _i, requestId: _r, ...rest }: Record<string, unknown>) => rest;

  const call = async (method: string, path: string, token: string | undefined, body?: unknown) => {
    const response = await platform.request(`/api/v1${path}`, { method, token, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    return { status: response.status, body: json, headers: response.headers };
  };
  const missingId = '00000000-0000-4000-8000-00000000dead';

  beforeAll(async () => {
    platform = sharedPlatform();
    operator = await platform.operatorToken();
    for (const name of ['A', 'B'] as const) {
      const id = await registerSchool(platform, operator, `Школа ${name}`);
      const admin = await staffAccount(platform, operator, id, [{ role: 'school_admin', schoolId: id }]);
      const deputy = await staffAccount(platform, admin.token, id, [{ role: 'deputy_director', schoolId: id }]);
      const year = await createYear(platform, deputy.token, id);
      const classId = (await call('POST', `/years/${year.id}/classes`, deputy.token, { grade: 5, letter: 'А' })).body.id;
      const teacher = await staffAccount(platform, admin.token, id, [{ role: 'subject_teacher', schoolId: id, classId, subjectId: 'math' }]);
      const pupils = await registerStudents(platform, admin.token, id, 2, '5А', name === 'A' ? 'Азбукина' : 'Буквина');
      school[name] = { id, admin, deputy, yearId: year.id, periods: year.periods, classId, teacher, pupils };
    }
  });


  it('1. refuses a grant that names another school’s pupil, class or subject, and diary access given to oneself', async () => {
    const { A, B } = school;
    // The administrator of A makes themselves a parent of a pupil of B: refused (never self-assigned).
    const self = await call('POST', `/accounts/${A.admin.accountId}/grants`, A.admin.token, { role: 'parent', schoolId: A.id, childId: B.pupils[0] });
    expect(self.status).toBe(403);
    // …or a teacher of A: the pupil is not a pupil of A — the same answer as for a pupil that does not exist.
    const foreign = await call('POST', `/accounts/${A.teacher.accountId}/grants`, A.admin.token, { role: 'parent', schoolId: A.id, childId: B.pupils[0] });
    const missing = await call('POST', `/accounts/${A.teacher.accountId}/grants`, A.admin.token, { role: 'parent', schoolId: A.id, childId: missingId });
    expect(foreign.status).toBe(400);
    expect(strip(foreign.body)).toEqual(strip(missing.body));
    // Class and subject of another school; and the same through the grants of POST /people.
    expect((await call('POST', `/accounts/${A.teacher.accountId}/grants`, A.admin.token, { role: 'class_teacher', schoolId: A.id, classId: B.classId })).body.errors).toEqual({ 'grant.classId': 'в этой школе нет такого класса' });
    expect((await call('POST', `/accounts/${A.teacher.accountId}/grants`, A.admin.token, { role: 'subject_teacher', schoolId: A.id, classId: A.classId, subjectId: 'no-such-subject' })).status).toBe(400);
    const viaPeople = await call('POST', '/people', A.admin.token, { schoolId: A.id, kind: 'parent', lastName: 'Чужая', firstName: 'Мама', login: 'chuzhaya.mama', grants: [{ role: 'parent', schoolId: A.id, childId: B.pupils[0] }] });
    expect(viaPeople.status).toBe(400);
    // Nothing of B's pupil is readable by A's people.
    expect((await call('GET', `/people/${B.pupils[0]}`, A.admin.token)).status).toBe(404);
    expect((await call('GET', `/students/${B.pupils[0]}/diary/week?week=2026-09-07`, A.admin.token)).status).toBe(404);

    // The honest path: A's administrator makes a parent of A's pupil (someone else), and they read the diary.
    const parent = await call('POST', '/people', A.admin.token, { schoolId: A.id, kind: 'parent', lastName: 'Азбукина', firstName: 'Мама', login: 'azbukina.mama', grants: [{ role: 'parent', schoolId: A.id, childId: A.pupils[0] }] });
    expect(parent.status).toBe(201);
  });

  it('2. never lets the issuer redeem their own code; another member of staff only once the administrator confirms', async () => {
    const { A } = school;
    const classTeacher = await staffAccount(platform, A.admin.token, A.id, [{ role: 'class_teacher', schoolId: A.id, classId: A.classId }]);
    const issued = (await call('POST', '/invitations', classTeacher.token, { childId: A.pupils[1], role: 'parent' })).body;
    const own = await call('POST', '/invitations/redeem', classTeacher.token, { code: issued.code });
    expect(own.status).toBe(403);
    expect(own.body.detail).toContain('выдавший код');
    const colleague = await call('POST', '/invitations/redeem', A.teacher.token, { code: issued.code });
    expect(colleague.status).toBe(403);
    expect(colleague.body.detail).toContain('после подтверждения администратором');
    // The administrator confirms (from the documents) that the colleague is the pupil's parent; then it works.
    expect((await call('POST', `/invitations/${issued.id}/guardian-confirmation`, A.admin.token, { accountId: A.teacher.accountId })).status).toBe(200);
    const confirmed = await call('POST', '/invitations/redeem', A.teacher.token, { code: issued.code });
    expect(confirmed.status).toBe(201);
    const audit = await call('GET', `/audit?schoolId=${A.id}&limit=1000`, A.admin.token);
    expect(audit.body.entries).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'invitation.guardian-confirmed' }), expect.objectContaining({ action: 'invitation.redeemed', details: expect.stringContaining('подтверждено администратором') })]));
  });

  it('3. exports only the school’s own year, answers 404 for another school’s or a missing year, and one at a time', async () => {
    const { A, B } = school;
    const foreign = await call('POST', `/schools/${A.id}/years/${B.yearId}/diary-export`, A.admin.token, {});
    const missing = await call('POST', `/schools/${A.id}/years/${missingId}/diary-export`, A.admin.token, {});
    expect(foreign.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(strip(foreign.body)).toEqual(strip(missing.body));
    expect((await call('GET', `/schools/${A.id}/diary-export/reports`, A.admin.token)).body.reports ?? []).toEqual([]);
    // A second export while one runs is refused (409); the first one finishes with its report.
    const first = await call('POST', `/schools/${A.id}/years/${A.yearId}/diary-export`, A.admin.token, {});
    expect(first.status).toBe(202);
    const second = await call('POST', `/schools/${A.id}/years/${A.yearId}/diary-export`, A.admin.token, {});
    expect(second.status).toBe(409);
    await eventually(async () => ((await call('GET', `/schools/${A.id}/diary-export/jobs/${first.body.id}`, A.admin.token)).body.status === 'done' ? true : undefined), 60_000, 'the export to finish');
    expect((await runDiaryExport(platform, A.admin.token, A.id, A.yearId)).errors).toEqual([]);
    // B's administrator sees nothing of A's jobs.
    expect((await call('GET', `/schools/${A.id}/diary-export/jobs/${first.body.id}`, B.admin.token)).status).toBe(404);
  });

  it('4. answers over-long input at once with a 400 naming the field, before any check runs', async () => {
    const longPassword = '0123456789'.repeat(20_000) + 'x';
    const redeemed = await call('POST', '/invitations/redeem', undefined, { code: 'AAAAA-BBBBB-CCCCC', login: 'someone', password: longPassword });
    expect(redeemed.status).toBe(400);
    expect(redeemed.body.detail).toContain('password');
    const email = await call('POST', '/people', school.A.admin.token, { schoolId: school.A.id, kind: 'staff', lastName: 'Длинная', firstName: 'Почта', email: `${'a'.repeat(50_000)}@x` });
    expect(email.status).toBe(400);
    expect(email.body.errors).toHaveProperty('email');
  });

  it('5. enrols in a school only the school’s own students', async () => {
    const { A, B } = school;
    const moved = await call('POST', `/years/${A.yearId}/movements`, A.admin.token, { kind: 'ENROL', studentId: B.pupils[1], classId: A.classId, date: '2026-09-02', orderNumber: '№ 9' });
    const missing = await call('POST', `/years/${A.yearId}/movements`, A.admin.token, { kind: 'ENROL', studentId: missingId, classId: A.classId, date: '2026-09-02', orderNumber: '№ 9' });
    expect(moved.status).toBe(400);
    expect(strip(moved.body)).toEqual(strip(missing.body));
    const csv = ['Класс;Ученик;Дата зачисления;Приказ', `5А;${B.pupils[1]};02.09.2026;№ 9`].join('\n');
    const imported = await platform.request(`/api/v1/years/${A.yearId}/imports/rosters`, { method: 'POST', token: A.admin.token, headers: { 'content-type': 'text/csv' }, body: csv });
    expect(imported.status).toBe(422);
    expect((await imported.json()).errors).toEqual([{ line: 2, message: 'в школе нет такого обучающегося' }]);
  });

  it('6. appoints and substitutes only the school’s own staff, and a group’s teacher reads only the group’s page', async () => {
    const { A, B } = school;
    expect((await call('PUT', `/classes/${A.classId}/class-teacher`, A.deputy.token, { teacherId: B.teacher.personId })).status).toBe(400);
    const timetable = await call('PUT', `/classes/${A.classId}/timetable`, A.deputy.token, { entries: [{ weekday: 1, lessonNumber: 1, subjectId: 'math', teacherId: B.teacher.personId }] });
    expect(timetable.status).toBe(400);

    // English in two groups: the teacher of group 1 (whose grant names the class too) must not read group 2's page.
    const group1 = (await call('POST', `/classes/${A.classId}/groups`, A.deputy.token, { subjectId: 'eng', name: '1 группа' })).body.groups.at(-1).id;
    const group2 = (await call('POST', `/classes/${A.classId}/groups`, A.deputy.token, { subjectId: 'eng', name: '2 группа' })).body.groups.at(-1).id;
    const groupTeacher = await staffAccount(platform, A.admin.token, A.id, [{ role: 'subject_teacher', schoolId: A.id, classId: A.classId, groupId: group1, subjectId: 'eng' }]);
    const entries = [
      { weekday: 1, lessonNumber: 1, subjectId: 'math', teacherId: A.teacher.personId },
      { weekday: 2, lessonNumber: 1, subjectId: 'eng', groupId: group1, teacherId: groupTeacher.personId },
      { weekday: 2, lessonNumber: 1, subjectId: 'eng', groupId: group2, teacherId: A.deputy.personId },
    ];
    expect((await call('PUT', `/classes/${A.classId}/timetable`, A.deputy.token, { entries })).status).toBe(200);
    await call('POST', `/classes/${A.classId}/lessons/generate`, A.deputy.token, { from: '2026-09-01', to: '2026-09-30' });
    const [lesson] = (await call('GET', `/classes/${A.classId}/lessons?week=2026-09-07`, A.deputy.token)).body.lessons;
    expect((await call('PUT', `/lessons/${lesson.id}/substitution`, A.deputy.token, { teacherId: B.teacher.personId, reason: 'болезнь' })).status).toBe(400);

    const period = A.periods[0].id;
    const journal = (groupId: string) => call('GET', `/classes/${A.classId}/subjects/eng/periods/${period}/journal?groupId=${groupId}`, groupTeacher.token);
    await eventually(async () => ((await journal(group1)).status === 200 ? true : undefined), 10_000, 'the group page to be there');
    const other = await journal(group2);
    expect(other.status).toBe(404);
    // The other group's page exists: its teacher reads it.
    expect((await call('GET', `/classes/${A.classId}/subjects/eng/periods/${period}/journal?groupId=${group2}`, A.admin.token)).status).toBe(200);
  });

  it('7. resets a password to a code for the person only, and lets no administrator link someone else’s sign-on', async () => {
    const { A } = school;
    const reset = await platform.request(`/api/v1/accounts/${A.teacher.accountId}/password-reset`, { method: 'POST', token: A.admin.token });
    expect(reset.status).toBe(201);
    expect(reset.headers.get('content-type')).toContain('text/html');
    const sheet = await reset.text();
    expect(sheet).not.toMatch(/temporaryPassword|временный пароль/i);
    const code = /class="code">([0-9A-Z-]+)</.exec(sheet)![1];
    // The administrator cannot log in with it, and cannot link their own portal identity to the account.
    expect((await call('POST', '/sessions', undefined, { login: A.teacher.login, password: code })).status).toBe(401);
    expect((await call('POST', `/accounts/${A.teacher.accountId}/external-identity`, A.admin.token, { externalId: 'admin-own-esia' })).status).toBe(404);
    A.teacher.password = 'учитель снова в журнале';
    expect((await call('POST', '/password/reset', undefined, { login: A.teacher.login, code, newPassword: A.teacher.password })).status).toBe(204);
    A.teacher.token = await platform.system.logIn(A.teacher.login, A.teacher.password);
    const audit = (await call('GET', `/audit?limit=1000`, operator)).body.entries;
    expect(audit).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'password.reset', actorAccountId: A.admin.accountId }), expect.objectContaining({ action: 'password.reset-completed', actorAccountId: A.teacher.accountId })]));
  });

  it('8. changes finals of a closed period only through a request the administrator decides', async () => {
    const { A } = school;
    const period = A.periods[0].id;
    const [lesson] = (await call('GET', `/classes/${A.classId}/lessons?week=2026-09-07`, A.deputy.token)).body.lessons;
    let last: unknown;
    await eventually(async () => {
      const answer = await call('POST', `/lessons/${lesson.id}/marks`, A.teacher.token, { marks: [{ studentId: A.pupils[0], values: [4], workKind: 'answer' }] });
      last = answer.body;
      return answer.status === 201 ? true : undefined;
    }, 10_000, 'the gradebook to know the lesson').catch((error: Error) => {
      throw new Error(`${error.message}: ${JSON.stringify(last)}`);
    });
    const set = await call('PUT', `/classes/${A.classId}/subjects/math/periods/${period}/finals/${A.pupils[0]}`, A.teacher.token, { value: 4, reason: 'одна отметка: болел' });
    expect(set.status).toBe(200);
    expect((await call('POST', `/years/${A.yearId}/periods/${period}/close`, A.admin.token, { confirm: true })).status).toBe(200);
    await eventually(async () => ((await call('GET', `/classes/${A.classId}/subjects/math/periods/${period}/journal`, A.teacher.token)).body.closed ? true : undefined), 10_000, 'the gradebook to know the period is closed');

    const direct = await call('PUT', `/classes/${A.classId}/subjects/math/periods/${period}/finals/${A.pupils[0]}`, A.teacher.token, { value: 5, reason: 'исправил' });
    expect(direct.status).toBe(409);
    expect(direct.body.detail).toContain('период закрыт');
    const late = await call('POST', `/lessons/${lesson.id}/marks`, A.teacher.token, { marks: [{ studentId: A.pupils[1], values: [5], workKind: 'answer' }] });
    expect(late.status).toBe(409);
    expect(late.body.detail).toContain('период закрыт');

    const requested = await call('POST', `/classes/${A.classId}/subjects/math/periods/${period}/final-change-requests/${A.pupils[0]}`, A.teacher.token, { value: 5, reason: 'пересдача контрольной 20.10' });
    expect(requested.status).toBe(201);
    // The teacher cannot decide it (and is told so: the page is theirs to see); the administrator does.
    expect((await call('POST', `/journal-pages/${requested.body.pageId}/final-change-requests/${requested.body.id}/decision`, A.teacher.token, { approve: true })).status).toBe(403);
    const decided = await call('POST', `/journal-pages/${requested.body.pageId}/final-change-requests/${requested.body.id}/decision`, A.admin.token, { approve: true, note: 'по заявлению' });
    expect(decided.body).toMatchObject({ status: 'approved' });
    const page = (await call('GET', `/classes/${A.classId}/subjects/math/periods/${period}/journal`, A.teacher.token)).body;
    expect(page.finals.find((final: { studentId: string }) => final.studentId === A.pupils[0])).toMatchObject({ value: 5 });
    expect(page.finalRequests).toEqual([expect.objectContaining({ status: 'approved', value: 5, decidedBy: A.admin.accountId })]);
  });

  it('9. throttles by the connection’s own address, counts parallel guesses before checking them, and spares a shared address', async () => {
    const target = await staffAccount(platform, school.B.admin.token, school.B.id, [{ role: 'director', schoolId: school.B.id }]);
    // A forged X-Forwarded-For changes nothing: no proxy is trusted by default.
    for (let i = 0; i < 5; i++) {
      const response = await platform.request('/api/v1/sessions', { method: 'POST', headers: { 'x-forwarded-for': `203.0.113.${i}` }, body: JSON.stringify({ login: target.login, password: `неверный пароль ${i} длинный` }) });
      expect(response.status).toBe(401);
    }
    expect((await platform.request('/api/v1/sessions', { method: 'POST', headers: { 'x-forwarded-for': '198.51.100.7' }, body: JSON.stringify({ login: target.login, password: target.password }) })).status).toBe(429);

    // Twelve guesses at once: no more than the limit are checked at all.
    const other = await staffAccount(platform, school.B.admin.token, school.B.id, [{ role: 'director', schoolId: school.B.id }]);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => call('POST', '/sessions', undefined, { login: other.login, password: `параллельная догадка ${i}` })));
    expect(answers.filter((answer) => answer.status === 401).length).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThanOrEqual(7);

    // A school behind one address: 31 mistakes of different people do not lock the others out.
    for (let i = 0; i < 31; i++) expect((await call('POST', '/sessions', undefined, { login: `pupil.${i}`, password: 'неверный пароль ученика' })).status).toBe(401);
    const colleague = await staffAccount(platform, school.B.admin.token, school.B.id, [{ role: 'director', schoolId: school.B.id }]);
    expect((await call('POST', '/sessions', undefined, { login: colleague.login, password: colleague.password })).status).toBe(201);
  });

  it('10. refuses an access token at once after log-out, password change, refresh-token reuse or a removed role', async () => {
    const { B } = school;
    const person = await staffAccount(platform, B.admin.token, B.id, [{ role: 'deputy_director', schoolId: B.id }]);
    const read = (token: string) => call('GET', `/schools/${B.id}/settings`, token).then((answer) => answer.status);
    const refused = (token: string, what: string) => eventually(async () => ((await read(token)) === 401 ? true : undefined), 2_000, what);

    const first = (await call('POST', '/sessions', undefined, { login: person.login, password: person.password })).body;
    expect(await read(first.accessToken)).toBe(200);
    expect((await call('POST', '/sessions/end', undefined, { refreshToken: first.refreshToken })).status).toBe(204);
    await refused(first.accessToken, 'the token of an ended session to be refused');

    const third = (await call('POST', '/sessions', undefined, { login: person.login, password: person.password })).body;
    const refreshed = (await call('POST', '/sessions/refresh', undefined, { refreshToken: third.refreshToken })).body;
    expect((await call('POST', '/sessions/refresh', undefined, { refreshToken: third.refreshToken })).status).toBe(401);
    await refused(refreshed.accessToken, 'the tokens of a family whose refresh token was reused to be refused');

    const fourth = (await call('POST', '/sessions', undefined, { login: person.login, password: person.password })).body;
    const removed = await platform.request(`/api/v1/accounts/${person.accountId}/grants`, { method: 'DELETE', token: B.admin.token, body: JSON.stringify({ role: 'deputy_director', schoolId: B.id }) });
    expect(removed.status).toBe(200);
    expect((await removed.json()).grants).toEqual([]);
    await refused(fourth.accessToken, 'the token with the removed role to be refused');
    const after = (await call('POST', '/sessions/refresh', undefined, { refreshToken: fourth.refreshToken })).body;
    expect(await read(after.accessToken)).toBe(404);

    const fifth = (await call('POST', '/sessions', undefined, { login: person.login, password: person.password })).body;
    expect((await call('POST', '/password', undefined, { login: person.login, currentPassword: person.password, newPassword: 'совсем другой пароль завуча' })).status).toBe(204);
    await eventually(async () => ((await call('GET', `/schools/${B.id}`, fifth.accessToken)).status === 401 ? true : undefined), 2_000, 'the token from before the password change to be refused');
  });

  it('11. keeps token signing keys sealed in the database', async () => {
    const connection = await mongoose.createConnection(testServers().mongoUri).asPromise();
    const keys = await connection.useDb(`${platform.namespace.replace(/\./g, '_')}_identity`).collection('signing_keys').find({}).toArray();
    await connection.close();
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key.privateJwk).toBeUndefined();
      expect(key.sealedPrivateJwk).toMatchObject({ keyId: expect.any(String), iv: expect.any(String), tag: expect.any(String), data: expect.any(String) });
      expect(JSON.stringify(key)).not.toContain('"d":');
    }
  });

  it('answers no request with a 5xx for ids that do not exist or belong to another school', async () => {
    const document = await (await platform.request('/api/openapi.json')).json();
    const fill: Record<string, string> = { subjectId: 'math', grade: '5', schoolId: school.B.id, yearId: school.B.yearId, classId: school.B.classId, studentId: school.B.pupils[0] };
    const failures: string[] = [];
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, unknown>>)) {
      if (!path.includes('{')) continue;
      for (const method of Object.keys(operations)) {
        for (const ids of ['missing', 'foreign'] as const) {
          const concrete = path.replace(/\{(\w+)\}/g, (_, name: string) => (ids === 'foreign' && fill[name] ? fill[name] : name === 'subjectId' ? 'math' : name === 'grade' ? '5' : missingId));
          const response = await platform.request(`${concrete}${concrete.includes('?') ? '&' : '?'}week=2026-09-07&month=2026-09&date=2026-09-07`, { method: method.toUpperCase(), token: school.A.admin.token, body: method === 'get' ? undefined : '{}' });
          if (response.status >= 500) failures.push(`${method.toUpperCase()} ${concrete} → ${response.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(SERVICE_NAMES.length).toBe(8);
  });
});
