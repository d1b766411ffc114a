// System test of issue #16: closing a quarter locks its marks; a change approved afterwards shows in the
// journal and, in the archive, as an amendment naming the record made at closure; each record verifies
// through the API, offline with the CLI and the published keys — and not after one byte is changed;
// the printout's text layer holds the Cyrillic names and marks, and its page renders to an image.
// Law: 003 §1.1 (the journal is a legal document), 004 §4.1 (a given mark changes only with the
// administrator's permission), 002 §5 / 003 §5 (printouts certified at period end, integrity by signature).
import { pdfPageTexts } from '@ejournal/testing';
import { eventually } from '@ejournal/testing';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createYear, registerSchool, registerStudents, staffAccount, sharedPlatform, type Gateway } from './platform';

type Staff = Awaited<ReturnType<typeof staffAccount>>;

describe('archive: a closed quarter, its signed records and their amendments (issue #16)', () => {
  let platform: Gateway;
  let operator: string;
  let schoolId: string;
  let otherSchool: { admin: Staff };
  let admin: Staff;
  let teacher: Staff;
  let otherTeacher: Staff;
  let classId: string;
  let quarter: string;
  let yearId: string;
  let pupils: string[];
  let lessonId: string;
  let markId: string;

  const call = async (method: string, path: string, token: string | undefined, body?: unknown) => {
    const response = await platform.request(`/api/v1${path}`, { method, token, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    return { status: response.status, body: json, text, headers: response.headers };
  };
  const ok = async (method: string, path: string, token: string, body?: unknown) => {
    const answer = await call(method, path, token, body);
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
    return answer.body;
  };
  const records = async (token: string, kind = 'journal-page') => (await call('GET', `/schools/${schoolId}/archive/records?periodId=${quarter}&kind=${kind}`, token)).body.records as Array<Record<string, any>>;

  beforeAll(async () => {
    platform = sharedPlatform();
    operator = await platform.operatorToken();
    schoolId = await registerSchool(platform, operator, 'Школа архива');
    admin = await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }]);
    const deputy = await staffAccount(platform, admin.token, schoolId, [{ role: 'deputy_director', schoolId }]);
    const year = await createYear(platform, deputy.token, schoolId);
    quarter = year.periods[0].id;
    yearId = year.id;
    classId = (await ok('POST', `/years/${year.id}/classes`, deputy.token, { grade: 5, letter: 'А' })).id;
    const otherClass = (await ok('POST', `/years/${year.id}/classes`, deputy.token, { grade: 5, letter: 'Б' })).id;
    teacher = await staffAccount(platform, admin.token, schoolId, [{ role: 'subject_teacher', schoolId, classId, subjectId: 'math' }]);
    otherTeacher = await staffAccount(platform, admin.token, schoolId, [{ role: 'subject_teacher', schoolId, classId: otherClass, subjectId: 'math' }]);
    pupils = await registerStudents(platform, admin.token, schoolId, 3, '5А', 'Архивова');
    await ok('PUT', `/classes/${classId}/timetable`, deputy.token, { entries: [{ weekday: 1, lessonNumber: 1, subjectId: 'math', teacherId: teacher.personId }] });
    await ok('POST', `/classes/${classId}/lessons/generate`, deputy.token, { from: '2026-09-01', to: '2026-10-24' });
    const [lesson] = (await ok('GET', `/classes/${classId}/lessons?week=2026-09-07`, deputy.token)).lessons;
    lessonId = lesson.id;
    await eventually(async () => ((await call('POST', `/lessons/${lessonId}/marks`, teacher.token, { marks: [{ studentId: pupils[0], values: [3], workKind: 'answer' }, { studentId: pupils[1], values: [4, 5], workKind: 'answer' }] })).status === 201 ? true : undefined), 15_000, 'the gradebook to know the lesson');
    await ok('PUT', `/lessons/${lessonId}/record`, teacher.token, { topic: 'Натуральные числа и шкалы', homework: '§ 1, № 12' });
    await ok('PUT', `/lessons/${lessonId}/attendance`, teacher.token, { absences: [{ studentId: pupils[2], code: 'Б' }] });
    // The gradebook's page has the absence (from attendance's event) before the quarter is closed.
    const page = await eventually(async () => {
      const current = await ok('GET', `/classes/${classId}/subjects/math/periods/${quarter}/journal`, teacher.token);
      return current.absences.some((absence: { studentId: string }) => absence.studentId === pupils[2]) ? current : undefined;
    }, 15_000, 'the absence on the journal page');
    markId = page.marks.find((mark: { studentId: string }) => mark.studentId === pupils[0]).id;
    const other = await registerSchool(platform, operator, 'Другая школа');
    otherSchool = { admin: await staffAccount(platform, operator, other, [{ role: 'school_admin', schoolId: other }]) };
  });


  it('closes the quarter: marks are locked, and every page is archived as a signed record that verifies', async () => {
    expect((await call('POST', `/years/${yearId}/periods/${quarter}/close`, admin.token, { confirm: true })).status).toBe(200);
    await eventually(async () => ((await call('GET', `/classes/${classId}/subjects/math/periods/${quarter}/journal`, teacher.token)).body.closed ? true : undefined), 15_000, 'the gradebook to know the quarter is closed');
    const late = await call('POST', `/lessons/${lessonId}/marks`, teacher.token, { marks: [{ studentId: pupils[2], values: [5], workKind: 'answer' }] });
    expect(late.status).toBe(409);

    const [record] = await eventually(async () => {
      const list = await records(admin.token);
      return list.length > 0 ? list : undefined;
    }, 30_000, 'the quarter to be archived');
    expect(record).toMatchObject({ kind: 'journal-page', classId, subjectId: 'math', sequence: 0, amends: '', title: expect.stringMatching(/^Журнал: 5А · Математика · 1 четверть/), legalHold: false });
    expect(record.retainUntil).toMatch(/^2031-/);
    expect(record.size).toBeGreaterThan(1_000);
    // The page is written first; the archiving is done once the class's attendance sheet is too.
    const archivings = await eventually(async () => {
      const list = (await ok('GET', `/schools/${schoolId}/archive/archivings`, admin.token)).archivings;
      return list.some((entry: { status: string }) => entry.status === 'pending') ? undefined : list;
    }, 30_000, 'the archiving to finish');
    // The page, and the class's attendance sheet of the quarter.
    expect(archivings).toEqual([expect.objectContaining({ periodId: quarter, status: 'done', records: 2 })]);
    const [sheet] = await records(admin.token, 'attendance-sheet');
    expect(sheet).toMatchObject({ kind: 'attendance-sheet', classId, title: expect.stringMatching(/^Посещаемость: 5А · 1 четверть/) });
    const sheetFile = JSON.parse((await call('GET', `/archive/records/${sheet.hash}`, admin.token)).text);
    expect(sheetFile.record.totals.find((total: { pupilId: string }) => total.pupilId === pupils[2])).toMatchObject({ byCode: expect.objectContaining({ Б: 1 }), all: 1 });
    const sheetPrint = pdfPageTexts(Buffer.from(await (await platform.request(`/api/v1/archive/records/${sheet.hash}/printout`, { token: admin.token })).arrayBuffer())).join('\n');
    expect(sheetPrint).toContain('Сводная ведомость посещаемости · 5А · 1 четверть');

    const verification = await ok('GET', `/archive/records/${record.hash}/verification`, admin.token);
    expect(verification).toMatchObject({ valid: true, contentIntact: true, signatureValid: true, keyKnown: true, keyValidAtSigning: true, hash: record.hash, signer: expect.stringMatching(/^Архивный ключ школы «.*Школа архива.*» \(ключ 1\)$/) });

    const file = JSON.parse((await call('GET', `/archive/records/${record.hash}`, admin.token)).text);
    expect(file.record.pupils.map((pupil: { name: string }) => pupil.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^Архивова /)]));
    expect(file.record.lessons.find((lesson: { id: string }) => lesson.id === lessonId)).toMatchObject({ topic: 'Натуральные числа и шкалы', homework: '§ 1, № 12' });
    expect(file.record.marks.map((mark: { mark: string }) => mark.mark).sort()).toEqual(['3', '4/5']);
  });

  it('lets only those who may read the page see its record: another class’s teacher, another school and a made-up hash get the same 404', async () => {
    const [record] = await records(admin.token);
    expect((await call('GET', `/archive/records/${record.hash}/verification`, teacher.token)).status).toBe(200);
    const missing = await call('GET', `/archive/records/${'0'.repeat(64)}`, admin.token);
    expect(missing.status).toBe(404);
    for (const token of [otherTeacher.token, otherSchool.admin.token]) {
      const refused = await call('GET', `/archive/records/${record.hash}`, token);
      expect(refused.status).toBe(404);
      expect(refused.body.detail).toBe(missing.body.detail);
      expect(await records(token)).toEqual([]);
    }
    expect((await call('GET', `/archive/records/not-a-hash`, admin.token)).status).toBe(404);
    // The operator keeps every school's archive.
    expect((await records(operator)).length).toBe(1);
    // A hold needs its reason, and only the administration sets it.
    expect((await call('POST', `/archive/records/${record.hash}/hold`, admin.token, { hold: true })).status).toBe(400);
    expect((await call('POST', `/archive/records/${record.hash}/hold`, teacher.token, { hold: true, reason: 'проверка' })).status).toBe(404);
    expect(await ok('POST', `/archive/records/${record.hash}/hold`, admin.token, { hold: true, reason: 'запрос прокуратуры № 5' })).toMatchObject({ legalHold: true, legalHoldReason: 'запрос прокуратуры № 5' });
  });

  it('amends the record when a change is approved after closure; the old record still verifies, a changed byte does not — online and offline', async () => {
    const requested = await call('POST', `/lessons/${lessonId}/marks/${markId}/corrections`, teacher.token, { values: [4], reason: 'ответ пересмотрен' });
    expect(requested.status).toBe(202);
    await ok('POST', `/lessons/${lessonId}/change-requests/${requested.body.changeRequest.id}/decision`, admin.token, { approve: true, note: 'по служебной записке' });
    const page = await ok('GET', `/classes/${classId}/subjects/math/periods/${quarter}/journal`, teacher.token);
    expect(page.marks.find((mark: { id: string }) => mark.id === markId).values).toEqual([4]);

    const list = await eventually(async () => {
      const found = await records(admin.token);
      return found.length === 2 ? found : undefined;
    }, 20_000, 'the amendment to be archived');
    const original = list.find((record) => record.sequence === 0)!;
    const amendment = list.find((record) => record.sequence === 1)!;
    expect(amendment).toMatchObject({ amends: original.hash, kind: 'journal-page' });
    const amended = JSON.parse((await call('GET', `/archive/records/${amendment.hash}`, admin.token)).text);
    expect(amended.record.amends).toMatchObject({ sha256: original.hash, changeRequestId: requested.body.changeRequest.id, reason: expect.stringContaining('по служебной записке') });
    expect(amended.record.marks.find((mark: { id: string }) => mark.id === markId)).toMatchObject({ mark: '4', history: [expect.objectContaining({ mark: '3' })] });
    expect((await ok('GET', `/archive/records/${original.hash}/verification`, admin.token)).valid).toBe(true);

    // The file as downloaded verifies; one byte changed (a mark), it does not.
    const text = (await call('GET', `/archive/records/${amendment.hash}`, admin.token)).text;
    expect((await ok('POST', '/archive/verification', teacher.token, JSON.parse(text))).valid).toBe(true);
    const tampered = text.replace('"mark": "4"', '"mark": "5"');
    expect(tampered).not.toBe(text);
    const refused = await ok('POST', '/archive/verification', teacher.token, JSON.parse(tampered));
    expect(refused).toMatchObject({ valid: false, contentIntact: false });
    expect((await call('POST', '/archive/verification', teacher.token, { something: 'else' })).status).toBe(400);

    // Offline: the file and the published keys only (no log-in).
    const keys = await platform.request(`/api/v1/archive/keys?schoolId=${schoolId}`);
    expect(keys.status).toBe(200);
    const folder = mkdtempSync(join(tmpdir(), 'archive-check-'));
    writeFileSync(join(folder, 'record.json'), text);
    writeFileSync(join(folder, 'tampered.json'), tampered);
    writeFileSync(join(folder, 'keys.json'), await keys.text());
    const cli = join(__dirname, '../../services/archive/dist/verify-cli.js');
    const good = spawnSync(process.execPath, [cli, join(folder, 'record.json'), join(folder, 'keys.json')], { encoding: 'utf8' });
    expect(good.stdout).toContain('ИТОГ: запись подлинная');
    expect(good.status).toBe(0);
    const bad = spawnSync(process.execPath, [cli, join(folder, 'tampered.json'), join(folder, 'keys.json')], { encoding: 'utf8' });
    expect(bad.stdout).toContain('содержимое: ИЗМЕНЕНО');
    expect(bad.status).toBe(1);
  });

  it('prints the closed page in Russian with its fingerprint, and the page renders to an image', async () => {
    const [latest] = (await records(admin.token)).filter((record) => record.sequence === 1);
    const response = await platform.request(`/api/v1/archive/records/${latest.hash}/printout`, { token: admin.token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    const pages = pdfPageTexts(pdf);
    const all = pages.join('\n');
    expect(all).toContain('Классный журнал · 5А · Математика · 1 четверть');
    expect(all).toMatch(/Архивова [А-Я]/);
    expect(all).toContain('4/5');
    expect(all).toContain('Натуральные числа и шкалы');
    expect(all).toContain('ответ пересмотрен');
    for (const text of pages) expect(text).toContain(`SHA-256: ${latest.hash.slice(0, 4)} ${latest.hash.slice(4, 8)}`);

    // The first sheet as an image (poppler's pdftoppm, installed by scripts/browser.sh): A4 landscape at 50 dpi, not blank.
    const folder = mkdtempSync(join(tmpdir(), 'archive-print-'));
    writeFileSync(join(folder, 'page.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', join(folder, 'page.pdf'), join(folder, 'sheet')]);
    const png = readFileSync(join(folder, readdirSync(folder).find((name) => name.endsWith('.png'))!));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBeGreaterThan(height);
    expect(Math.round(width / 50 * 25.4)).toBeGreaterThanOrEqual(296);
    expect(png.length).toBeGreaterThan(5_000);
  });

  it('archives each class\'s summary sheet of the year (сводная ведомость, kept 25 years) once no period of the year is left open', async () => {
    // A school whose year 2025/2026 is over: a class, its pupils, a lesson with marks, the quarter's finals.
    const pastSchool = await registerSchool(platform, operator, 'Школа прошлого года');
    const pastAdmin = await staffAccount(platform, operator, pastSchool, [{ role: 'school_admin', schoolId: pastSchool }]);
    const year = await createYear(platform, pastAdmin.token, pastSchool, 2025);
    const pastClass = (await ok('POST', `/years/${year.id}/classes`, pastAdmin.token, { grade: 5, letter: 'В' })).id;
    const pastTeacher = await staffAccount(platform, pastAdmin.token, pastSchool, [{ role: 'subject_teacher', schoolId: pastSchool, classId: pastClass, subjectId: 'math' }]);
    const pastPupils = await registerStudents(platform, pastAdmin.token, pastSchool, 2, '', 'Выпускова');
    const roster = await platform.request(`/api/v1/years/${year.id}/imports/rosters`, { method: 'POST', token: pastAdmin.token, headers: { 'content-type': 'text/csv' }, body: ['Класс;Ученик;Дата зачисления;Приказ', ...pastPupils.map((pupil) => `5В;${pupil};01.09.2025;№ 1`)].join('\n') });
    expect(roster.status).toBe(200);
    await ok('PUT', `/classes/${pastClass}/timetable`, pastAdmin.token, { entries: [{ weekday: 1, lessonNumber: 1, subjectId: 'math', teacherId: pastTeacher.personId }] });
    await ok('POST', `/classes/${pastClass}/lessons/generate`, pastAdmin.token, { from: '2025-09-01', to: '2025-09-30' });
    const [lesson] = (await ok('GET', `/classes/${pastClass}/lessons?week=2025-09-08`, pastAdmin.token)).lessons;
    await eventually(async () => ((await call('POST', `/lessons/${lesson.id}/marks`, pastTeacher.token, { marks: pastPupils.map((studentId) => ({ studentId, values: [5], workKind: 'answer' })) })).status === 201 ? true : undefined), 15_000, 'the gradebook to know the past lesson');
    const firstQuarter = year.periods[0].id;
    for (const pupil of pastPupils) await ok('PUT', `/classes/${pastClass}/subjects/math/periods/${firstQuarter}/finals/${pupil}`, pastTeacher.token, { value: 5, reason: 'одна отметка за четверть' });

    // Every period of both schemes closed, the last one last.
    const periods = (await ok('GET', `/schools/${pastSchool}/years`, pastAdmin.token)).years.find((candidate: { id: string }) => candidate.id === year.id).periods as Array<{ id: string; endsOn: string }>;
    for (const period of [...periods].sort((a, b) => a.endsOn.localeCompare(b.endsOn))) await ok('POST', `/years/${year.id}/periods/${period.id}/close`, pastAdmin.token, { confirm: true });

    const summary = await eventually(async () => {
      const list = (await call('GET', `/schools/${pastSchool}/archive/records?kind=summary-sheet`, pastAdmin.token)).body.records;
      return list.length > 0 ? list : undefined;
    }, 30_000, 'the summary sheet to be archived');
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ kind: 'summary-sheet', classId: pastClass, periodId: `year:${year.id}`, title: 'Сводная ведомость: 5В · 2025/2026' });
    expect(summary[0].retainUntil).toMatch(/^205[01]-/);
    const file = JSON.parse((await call('GET', `/archive/records/${summary[0].hash}`, pastAdmin.token)).text);
    expect(file.record.periods.map((period: { name: string }) => period.name)).toEqual(['1 четверть', '2 четверть', '3 четверть', '4 четверть']);
    expect(file.record.rows).toHaveLength(2);
    expect(file.record.rows).toEqual(expect.arrayContaining(pastPupils.map((pupilId) => expect.objectContaining({ pupilId, subjectId: 'math', periods: ['5', '', '', ''] }))));
    expect((await ok('GET', `/archive/records/${summary[0].hash}/verification`, pastAdmin.token)).valid).toBe(true);
    const printed = pdfPageTexts(Buffer.from(await (await platform.request(`/api/v1/archive/records/${summary[0].hash}/printout`, { token: pastAdmin.token })).arrayBuffer())).join('\n');
    expect(printed).toContain('Сводная ведомость учёта успеваемости · 5В · 2025/2026');
    expect(printed).toMatch(/Выпускова [А-Я]/);
  });
});
