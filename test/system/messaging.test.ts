// System test (issue #15): the journal as the channel between the school and the family (002 §2.2).
// A parent and a teacher exchange messages and see read receipts; nobody reaches people outside the
// rules (a teacher of another class, another school: answered as a missing person); a mark over an
// absence reaches the parent's inbox and mailbox with the teacher's explanation (000 §9.1); quiet hours
// hold an e-mail; a fact published twice makes one notice; announcements ask for «ознакомлен».
import amqp from 'amqplib';
import { randomUUID } from 'node:crypto';
import { decodeEnvelope, encodeEnvelope } from '@ejournal/contracts';
import { localDateTime } from '@ejournal/school-rules';
import { eventually, testServers } from '@ejournal/testing';
import { createYear, importPeople, registerSchool, sharedMailbox, sharedPlatform, staffAccount, type Gateway } from './platform';

describe('messaging through the gateway', () => {
  let platform: Gateway;
  let schoolId: string;
  let classId: string;
  let petya: string;
  let olya: string;
  let lessons: Array<{ id: string; date: string }> = [];
  let deputy: string;
  let periodId: string;
  const people: Record<'admin' | 'classTeacher' | 'teacher' | 'otherTeacher' | 'strangerTeacher', { token: string; personId: string }> = {} as never;
  const parents: Record<'petya' | 'olya', { token: string; personId: string }> = {} as never;

  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const response = await platform.request(`/api/v1${path}`, { method, token, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const ok = async (method: string, path: string, token: string, body?: unknown) => {
    const answer = await call(method, path, token, body);
    if (answer.status >= 300) throw new Error(`${method} ${path} → ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const redeem = async (code: string, login: string, lastName: string) => {
    const session = await ok('POST', '/invitations/redeem', '', { code, login, password: `длинный пароль семьи номер ${login.length}`, lastName, firstName: 'Анна' });
    const me = await ok('GET', '/me', session.accessToken);
    return { token: session.accessToken as string, personId: me.personId as string };
  };
  /** What a refusal says, without what differs per request (its id, its path). */
  const refusal = (answer: { status: number; body: { type: string; title: string; detail: string } }) => ({ status: answer.status, type: answer.body?.type, title: answer.body?.title, detail: answer.body?.detail });
  const noticesOf = async (token: string) => (await ok('GET', '/notices', token)).notices as Array<{ kind: string; title: string; text: string; deliveries: Array<{ channel: string; status: string; dueAt: string }> }>;

  beforeAll(async () => {
    // The shared platform sends its e-mail to the run's SMTP server (sharedMailbox) and looks for e-mail to send every 200 ms.
    platform = sharedPlatform();
    const operator = await platform.operatorToken();
    schoolId = await registerSchool(platform, operator, 'Школа № 15');
    const otherSchool = await registerSchool(platform, operator, 'Школа № 16');
    people.admin = await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }]);
    deputy = (await staffAccount(platform, people.admin.token, schoolId, [{ role: 'deputy_director', schoolId }])).token;
    const year = await createYear(platform, deputy, schoolId);
    periodId = year.periods[0].id;
    classId = (await ok('POST', `/years/${year.id}/classes`, deputy, { grade: 5, letter: 'А' })).id;
    const otherClass = (await ok('POST', `/years/${year.id}/classes`, deputy, { grade: 6, letter: 'Б' })).id;
    const imported = await importPeople(platform, people.admin.token, schoolId, ['Фамилия,Имя,Дата рождения,Тип,Класс,Дата зачисления', `Петров,Пётр,01.02.2015,ученик,${classId},01.09.2026`, `Сидорова,Ольга,12.03.2015,ученик,${classId},01.09.2026`].join('\n'));
    expect(imported.status).toBe(201);
    [petya, olya] = (await imported.json()).created.map((created: { personId: string }) => created.personId);
    await eventually(async () => ((await ok('GET', `/classes/${classId}/roster?date=2026-09-01`, deputy)).studentIds?.length === 2 ? true : undefined), 10_000, 'curriculum to enrol the pupils');
    people.classTeacher = await staffAccount(platform, people.admin.token, schoolId, [{ role: 'class_teacher', schoolId, classId }]);
    people.teacher = await staffAccount(platform, people.admin.token, schoolId, [{ role: 'subject_teacher', schoolId, classId, subjectId: 'math' }]);
    people.otherTeacher = await staffAccount(platform, people.admin.token, schoolId, [{ role: 'subject_teacher', schoolId, classId: otherClass, subjectId: 'math' }]);
    people.strangerTeacher = await staffAccount(platform, operator, otherSchool, [{ role: 'school_admin', schoolId: otherSchool }]);
    parents.petya = await redeem((await ok('POST', '/invitations', people.classTeacher.token, { childId: petya, role: 'parent' })).code, 'mama.peti15', 'Петрова');
    parents.olya = await redeem((await ok('POST', '/invitations', people.classTeacher.token, { childId: olya, role: 'parent' })).code, 'mama.oli15', 'Сидорова');
    // The class teacher keeps the parents' contacts (004 §4.2.4).
    await ok('PATCH', `/people/${parents.petya.personId}`, people.classTeacher.token, { email: 'petrova.m15@example.test' });
    await ok('PATCH', `/people/${parents.olya.personId}`, people.classTeacher.token, { email: 'sidorova.m15@example.test' });
    const timetable = await platform.request(`/api/v1/classes/${classId}/timetable`, { method: 'PUT', token: deputy, body: JSON.stringify({ entries: [1, 3].map((weekday) => ({ weekday, lessonNumber: 2, subjectId: 'math', teacherId: people.teacher.personId })) }) });
    expect(timetable.status).toBe(200);
    await ok('POST', `/classes/${classId}/lessons/generate`, deputy, { from: '2026-09-01', to: '2026-10-24' });
    lessons = (await ok('GET', `/classes/${classId}/lessons?week=2026-09-07`, deputy)).lessons;
  });

  it('lets a parent write to their child’s teachers and the administration only; anyone else is as missing as a made-up person', async () => {
    const listed = await eventually(async () => {
      const { correspondents } = await ok('GET', `/schools/${schoolId}/correspondents`, parents.petya.token);
      return correspondents.some((entry: { personId: string }) => entry.personId === people.teacher.personId) ? correspondents : undefined;
    }, 10_000, 'the parent to see the class’s teacher');
    const byId = Object.fromEntries(listed.map((entry: { personId: string; relation: string }) => [entry.personId, entry.relation]));
    expect(byId[people.teacher.personId]).toBe('учитель');
    expect(byId[people.classTeacher.personId]).toBe('классный руководитель 5А');
    expect(byId[people.admin.personId]).toBe('администрация школы');
    for (const outsider of [people.otherTeacher.personId, parents.olya.personId, people.strangerTeacher.personId]) expect(byId[outsider]).toBeUndefined();

    const start = (participantIds: string[]) => call('POST', '/messages/threads', parents.petya.token, { schoolId, subject: 'Вопрос', participantIds, text: 'Здравствуйте!' });
    const madeUp = await start([randomUUID()]);
    expect(madeUp.status).toBe(404);
    for (const outsider of [people.otherTeacher.personId, parents.olya.personId, people.strangerTeacher.personId]) {
      const refused = await start([outsider]);
      expect(refusal(refused)).toEqual(refusal(madeUp));
    }
    // Another school's people are not reachable through that school either.
    expect((await call('GET', `/schools/${schoolId}/correspondents`, people.strangerTeacher.token)).status).toBe(404);
  });

  it('carries a conversation between a parent and a teacher with read receipts, and keeps read messages as they were', async () => {
    const thread = await ok('POST', '/messages/threads', parents.petya.token, { schoolId, subject: 'Контрольная по математике', participantIds: [people.teacher.personId], text: 'Можно ли Пете переписать контрольную?' });
    expect(thread.participants.map((participant: { name: string }) => participant.name)).toEqual(['Петрова Анна', 'Иванова Мария Петровна']);
    const inbox = await eventually(async () => {
      const { threads } = await ok('GET', '/messages/threads', people.teacher.token);
      return threads.find((entry: { threadId: string; unread: number }) => entry.threadId === thread.threadId && entry.unread === 1);
    }, 10_000, 'the thread in the teacher’s mailbox');
    expect(inbox.subject).toBe('Контрольная по математике');
    expect((await ok('GET', '/notices/unread-counts', people.teacher.token)).messages).toBe(1);

    // Nobody else sees it: the same answer as a thread that does not exist.
    const missing = await call('GET', `/messages/threads/${randomUUID()}`, parents.olya.token);
    expect(missing.status).toBe(404);
    expect(refusal(await call('GET', `/messages/threads/${thread.threadId}`, parents.olya.token))).toEqual(refusal(missing));
    expect((await call('POST', `/messages/threads/${thread.threadId}/messages`, parents.olya.token, { text: 'я тоже' })).status).toBe(404);

    // The teacher's page shows the thread; the parent writes again before the page marks it read: the
    // mark goes up to what the page showed (upTo), and the new message stays unread — and withdrawable.
    const shown = await ok('GET', `/messages/threads/${thread.threadId}`, people.teacher.token);
    const meanwhile = await ok('POST', `/messages/threads/${thread.threadId}/messages`, parents.petya.token, { text: 'Или в пятницу?' });
    await ok('POST', `/messages/threads/${thread.threadId}/read`, people.teacher.token, { upTo: shown.lastMessageAt });
    const seen = await ok('GET', `/messages/threads/${thread.threadId}`, parents.petya.token);
    expect(seen.messages[0].readBy).toEqual([{ personId: people.teacher.personId, readAt: expect.any(String) }]);
    expect(seen.messages[1].readBy).toEqual([]);
    expect((await ok('GET', '/notices/unread-counts', people.teacher.token)).messages).toBe(1);
    await ok('POST', `/messages/threads/${thread.threadId}/messages/${meanwhile.messages.at(-1).messageId}/withdrawal`, parents.petya.token);
    expect((await call('POST', `/messages/threads/${thread.threadId}/read`, people.teacher.token, { upTo: 'вчера' })).status).toBe(400);
    await ok('POST', `/messages/threads/${thread.threadId}/read`, people.teacher.token);

    await ok('POST', `/messages/threads/${thread.threadId}/messages`, people.teacher.token, { text: 'Да, в четверг после уроков.' });
    await eventually(async () => ((await ok('GET', '/notices/unread-counts', parents.petya.token)).messages === 1 ? true : undefined), 10_000, 'the reply to reach the parent');
    const notices = await eventually(async () => {
      const list = await noticesOf(parents.petya.token);
      return list.some((notice) => notice.kind === 'message') ? list : undefined;
    }, 10_000, 'a notice of the reply');
    expect(notices.find((notice) => notice.kind === 'message')!.text).toBe('Иванова Мария Петровна: Да, в четверг после уроков.');

    // A message nobody has read can be withdrawn; a read one is evidence and stays.
    const posted = await ok('POST', `/messages/threads/${thread.threadId}/messages`, parents.petya.token, { text: 'Ой, не туда.' });
    const mine = posted.messages[posted.messages.length - 1];
    const withdrawn = await ok('POST', `/messages/threads/${thread.threadId}/messages/${mine.messageId}/withdrawal`, parents.petya.token);
    expect(withdrawn.messages.find((message: { messageId: string }) => message.messageId === mine.messageId)).toMatchObject({ withdrawn: true, text: '' });
    const first = seen.messages[0];
    const kept = await call('POST', `/messages/threads/${thread.threadId}/messages/${first.messageId}/withdrawal`, parents.petya.token);
    expect(kept.status).toBe(409);
    expect(kept.body.detail).toBe('сообщение уже прочитано: отозвать его нельзя');
  });

  it('carries a file in a message with the homework files’ checks, to the thread’s participants only', async () => {
    const thread = await ok('POST', '/messages/threads', people.teacher.token, { schoolId, subject: 'Задания на каникулы', participantIds: [parents.petya.personId], text: 'Высылаю задания.' });
    const upload = (body: Buffer, type: string, name = 'zadaniya.pdf') =>
      platform.request(`/api/v1/messages/threads/${thread.threadId}/files?name=${encodeURIComponent(name)}`, { method: 'POST', token: people.teacher.token, headers: { 'content-type': type }, body });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    // Content that is not what it claims to be is refused, whatever its name.
    const disguised = await upload(Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), 'application/pdf');
    expect(disguised.status).toBe(400);
    expect((await disguised.json()).detail).toMatch(/содержимое не похоже на PDF/);
    const sent = await upload(pdf, 'application/pdf');
    expect(sent.status).toBe(201);
    const last = (await sent.json()).messages.at(-1);
    expect(last).toMatchObject({ text: '', file: { name: 'zadaniya.pdf', contentType: 'application/pdf', size: pdf.length } });
    // A script is not let through as «text», whatever it is called.
    const script = await upload(Buffer.from('@echo off\r\ndel /q *.*\r\n'), 'text/plain', 'оплата.bat');
    expect(script.status).toBe(400);
    expect((await script.json()).detail).toBe('файл «оплата.bat»: для TXT имя должно оканчиваться на .txt');
    const path = `/api/v1/messages/threads/${thread.threadId}/files/${last.file.fileId}`;
    const fetched = await platform.request(path, { token: parents.petya.token });
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(pdf)).toBe(true);
    // Another parent: as missing as a file that does not exist.
    const madeUp = await call('GET', `/messages/threads/${thread.threadId}/files/${randomUUID()}`, parents.petya.token);
    expect(madeUp.status).toBe(404);
    expect(refusal(await call('GET', path.replace('/api/v1', ''), parents.olya.token))).toEqual(refusal(madeUp));
  });

  it('tells the parent of a mark over an absence, with the teacher’s explanation, in the inbox and by e-mail (000 §9.1); one notice however often the event comes', async () => {
    // No quiet hours for this parent: the e-mail goes at once whatever the time of the test run.
    await ok('PUT', '/notices/preferences', parents.petya.token, { quietFrom: '00:00', quietUntil: '00:00' });
    await eventually(async () => ((await call('PUT', `/lessons/${lessons[0].id}/attendance`, people.teacher.token, { absences: [{ studentId: petya, code: 'Н' }] })).status === 200 ? true : undefined), 15_000, 'attendance to know the lessons');

    // Watch the bus for the gradebook's event, to publish it again afterwards as a redelivery would.
    const connection = await amqp.connect(testServers().amqpUrl);
    const channel = await connection.createChannel();
    const { queue } = await channel.assertQueue('', { exclusive: true });
    await channel.bindQueue(queue, `${platform.namespace}.events`, 'gradebook.mark.over-absence');

    const marked = await eventually(async () => {
      const answer = await call('POST', `/lessons/${lessons[0].id}/marks`, people.teacher.token, { marks: [{ studentId: petya, values: [4], workKind: 'answer', explanation: 'Петя ответил на следующий день' }] });
      return answer.status === 201 ? answer : undefined;
    }, 15_000, 'the gradebook to know the absence');
    expect(marked.body.marks[0].explanation).toBe('Петя ответил на следующий день');

    const notice = await eventually(async () => (await noticesOf(parents.petya.token)).find((entry) => entry.kind === 'mark-over-absence'), 15_000, 'the notice in the parent’s inbox');
    expect(notice.title).toBe('Оценка за пропущенный урок: Математика');
    expect(notice.text).toContain('Пояснение учителя: Петя ответил на следующий день');
    const mail = await eventually(async () => sharedMailbox().find((entry) => entry.to === 'petrova.m15@example.test' && entry.subject.startsWith('Оценка за пропущенный урок')), 15_000, 'the e-mail to arrive at the SMTP server');
    expect(mail.text).toContain('Петя ответил на следующий день');
    expect((await noticesOf(parents.petya.token)).find((entry) => entry.kind === 'mark-over-absence')!.deliveries).toEqual([expect.objectContaining({ channel: 'email', status: 'sent' })]);

    // The event comes again — the same message (an outbox publishing twice), and as a new envelope of the same fact.
    const original = await eventually(async () => (await channel.get(queue, { noAck: true })) || undefined, 10_000, 'the gradebook’s event');
    const gradebook = await amqp.connect(platform.system.brokerUrlOf('gradebook'));
    const publisher = await gradebook.createConfirmChannel();
    const again = (content: Buffer) =>
      new Promise<void>((resolve, reject) => publisher.publish(`${platform.namespace}.events`, 'gradebook.mark.over-absence', content, { ...original.properties, persistent: true }, (error) => (error ? reject(error) : resolve())));
    await again(original.content);
    await again(encodeEnvelope({ ...decodeEnvelope(original.content), id: randomUUID() }));
    await gradebook.close();
    await connection.close();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await noticesOf(parents.petya.token)).filter((entry) => entry.kind === 'mark-over-absence')).toHaveLength(1);
    expect(sharedMailbox().filter((entry) => entry.to === 'petrova.m15@example.test' && entry.subject.startsWith('Оценка за пропущенный урок'))).toHaveLength(1);
  });

  it('holds the e-mail of an absence in the parent’s quiet hours, and puts a new mark in the evening digest', async () => {
    // Quiet hours around now, in the school's time.
    const now = localDateTime(new Date(), 'Europe/Moscow').time;
    const shift = (minutes: number) => {
      const [hours, mins] = now.split(':').map(Number);
      const total = (hours * 60 + mins + minutes + 24 * 60) % (24 * 60);
      return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
    };
    await ok('PUT', '/notices/preferences', parents.olya.token, { quietFrom: shift(-60), quietUntil: shift(120) });
    await ok('PUT', `/lessons/${lessons[1].id}/attendance`, people.teacher.token, { absences: [{ studentId: olya, code: 'Б' }] });
    const absence = await eventually(async () => (await noticesOf(parents.olya.token)).find((entry) => entry.kind === 'absence' && entry.deliveries.length > 0), 15_000, 'the absence notice');
    expect(absence.text).toBe(`Сидорова Ольга: ${lessons[1].date.split('-').reverse().join('.')} — «Б» (по болезни)`);
    expect(absence.deliveries).toEqual([expect.objectContaining({ channel: 'email', status: 'deferred' })]);
    expect(localDateTime(new Date(absence.deliveries[0].dueAt), 'Europe/Moscow').time).toBe(shift(120));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(sharedMailbox().filter((entry) => entry.to === 'sidorova.m15@example.test')).toEqual([]);

    await ok('POST', `/lessons/${lessons[0].id}/marks`, people.teacher.token, { marks: [{ studentId: olya, values: [5], workKind: 'answer' }] });
    // The notice is in the inbox first, its delivery a moment later.
    const mark = await eventually(async () => (await noticesOf(parents.olya.token)).find((entry) => entry.kind === 'mark' && entry.deliveries.length > 0), 15_000, 'the mark notice');
    expect(mark.title).toBe('Новая оценка: Математика');
    expect(mark.deliveries).toEqual([expect.objectContaining({ channel: 'digest', status: 'deferred' })]);
    // The digest goes at 19:00, or when the quiet hours end if 19:00 falls in them.
    const [from, until] = [shift(-60), shift(120)];
    const quietAtSeven = from < until ? '19:00' >= from && '19:00' < until : '19:00' >= from || '19:00' < until;
    expect(localDateTime(new Date(mark.deliveries[0].dueAt), 'Europe/Moscow').time).toBe(quietAtSeven ? until : '19:00');
  });

  it('signals an open browser of the parent (and nobody else’s) when a message arrives; the inbox says what', async () => {
    /** A live stream read as a browser reads it (fetch with the bearer token); `stop` gives what came. */
    const listen = async (token: string) => {
      const controller = new AbortController();
      const response = await fetch(`${platform.system.gatewayUrl}/api/v1/notices/stream`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = response.body!.getReader();
      let text = '';
      const reading = (async () => {
        for (;;) {
          const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
          if (done) return;
          text += Buffer.from(value!).toString('utf8');
        }
      })();
      return {
        stop: async () => {
          controller.abort();
          await reading;
          return text;
        },
      };
    };
    const parent = await listen(parents.petya.token);
    const other = await listen(parents.olya.token);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await ok('POST', '/messages/threads', people.teacher.token, { schoolId, subject: 'Экскурсия', participantIds: [parents.petya.personId], text: 'Напоминаю про экскурсию в субботу.' });
    await eventually(async () => {
      const counts = await ok('GET', '/notices/unread-counts', parents.petya.token);
      return counts.messages >= 1 ? true : undefined;
    }, 10_000, 'the message in the parent’s mailbox');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await parent.stop()).toContain('event: inbox\ndata: {}');
    expect(await other.stop()).not.toContain('event: inbox');
    // No token, no stream.
    expect((await fetch(`${platform.system.gatewayUrl}/api/v1/notices/stream`)).status).toBe(401);
  });

  it('publishes an announcement to a class with «ознакомлен», and shows the administration who confirmed', async () => {
    await eventually(async () => ((await call('POST', `/schools/${schoolId}/announcements`, people.classTeacher.token, { audience: { kind: 'class', target: classId }, title: 'Родительское собрание', text: 'В пятницу в 18:00, кабинет 12.', requiresConfirmation: true })).status === 201 ? true : undefined), 10_000, 'messaging to know the class');
    // A class teacher publishes to their class only.
    expect([403, 404]).toContain((await call('POST', `/schools/${schoolId}/announcements`, people.classTeacher.token, { audience: { kind: 'school' }, title: 'Всем', text: 'Текст' })).status);
    await ok('POST', `/schools/${schoolId}/announcements`, people.admin.token, { audience: { kind: 'grade', target: '6' }, title: 'Экскурсия шестых классов', text: 'Во вторник.' });

    const { announcements } = await ok('GET', `/schools/${schoolId}/announcements`, parents.petya.token);
    expect(announcements.map((item: { title: string }) => item.title)).toEqual(['Родительское собрание']);
    expect((await ok('GET', '/notices/unread-counts', parents.petya.token)).announcements).toBe(1);
    const confirmed = await ok('POST', `/announcements/${announcements[0].announcementId}/confirmation`, parents.petya.token);
    expect(confirmed).toMatchObject({ confirmed: true, confirmations: [] });
    expect((await ok('GET', '/notices/unread-counts', parents.petya.token)).announcements).toBe(0);
    const seenByAdmin = (await ok('GET', `/schools/${schoolId}/announcements`, people.admin.token)).announcements.find((item: { title: string }) => item.title === 'Родительское собрание');
    expect(seenByAdmin.confirmations).toEqual([{ personId: parents.petya.personId, name: 'Петрова Анна', confirmedAt: expect.any(String) }]);
    // Another school's staff: not there.
    expect((await call('GET', `/schools/${schoolId}/announcements`, people.strangerTeacher.token)).status).toBe(404);

    // A group of the class: its pupils' families only (Petya is in the English group, Olya is not).
    const group = (await ok('POST', `/classes/${classId}/groups`, deputy, { subjectId: 'eng', name: '1 группа' })).groups.at(-1).id;
    await ok('POST', `/classes/${classId}/groups/${group}/students`, people.admin.token, { studentIds: [petya], from: '2026-09-01' });
    await eventually(async () => ((await call('POST', `/schools/${schoolId}/announcements`, people.classTeacher.token, { audience: { kind: 'group', target: group }, title: 'Английский: замена учебника', text: 'С понедельника — новый учебник.' })).status === 201 ? true : undefined), 10_000, 'messaging to know the group');
    const titles = async (token: string) => (await ok('GET', `/schools/${schoolId}/announcements`, token)).announcements.map((item: { title: string }) => item.title);
    await eventually(async () => ((await titles(parents.petya.token)).includes('Английский: замена учебника') ? true : undefined), 10_000, 'the group’s announcement for Petya’s parent');
    expect(await titles(parents.olya.token)).not.toContain('Английский: замена учебника');
    // A class teacher of another class may not publish to this class's group: as if it were not there.
    const stranger = await call('POST', `/schools/${schoolId}/announcements`, people.otherTeacher.token, { audience: { kind: 'group', target: group }, title: 'Чужое', text: 'Текст' });
    expect([403, 404]).toContain(stranger.status);
  });

  it('tells the parents when a code for their child is issued, and the teacher how the administrator decided their request (004 §4.1)', async () => {
    await ok('POST', '/invitations', people.classTeacher.token, { childId: petya, role: 'student' });
    // (The notice of the parent's own code, issued before the parent had an account, may reach them too, later: the one asked for is the pupil's.)
    const invitation = await eventually(async () => (await noticesOf(parents.petya.token)).find((entry) => entry.kind === 'invitation' && entry.text.includes('самого ученика')), 15_000, 'the invitation notice');
    expect(invitation.text).toBe('Петров Пётр: выдан код приглашения для самого ученика. Если вы не знаете, кому он выдан, сообщите классному руководителю.');
    // The parent of another child hears nothing of it.
    expect((await noticesOf(parents.olya.token)).some((entry) => entry.kind === 'invitation' && entry.text.includes('Петров Пётр'))).toBe(false);

    // A late correction becomes a request; the administrator rejects it; the teacher is told why.
    const settings = await ok('GET', `/schools/${schoolId}/settings`, deputy);
    const { version: _version, ...rest } = settings;
    await ok('PUT', `/schools/${schoolId}/settings`, deputy, { ...rest, markCorrectionMinutes: 0 });
    const journal = `/classes/${classId}/subjects/math/periods/${periodId}/journal`;
    await eventually(async () => ((await ok('GET', journal, people.teacher.token)).markCorrectionMinutes === 0 ? true : undefined), 10_000, 'the correction window in the gradebook');
    const mark = (await ok('GET', journal, people.teacher.token)).marks.find((candidate: { studentId: string; lessonId: string }) => candidate.studentId === olya && candidate.lessonId === lessons[0].id);
    const requested = await call('POST', `/lessons/${lessons[0].id}/marks/${mark.id}/corrections`, people.teacher.token, { values: [4], reason: 'пересдача' });
    expect(requested.status).toBe(202);
    await ok('POST', `/lessons/${lessons[0].id}/change-requests/${requested.body.changeRequest.id}/decision`, people.admin.token, { approve: false, note: 'нужна работа на бумаге' });
    const decided = await eventually(async () => (await noticesOf(people.teacher.token)).find((entry) => entry.kind === 'change-request-decided'), 15_000, 'the decision notice');
    expect(decided).toMatchObject({ title: 'Исправление отклонено: Математика', text: `Запрос на исправление отметки за ${lessons[0].date.split('-').reverse().join('.')} отклонён администратором. Комментарий: нужна работа на бумаге` });
  });

  it('tells a parent who joined a moment ago of the next mark: the school’s people are asked again when someone joins (identity.members.changed)', async () => {
    const later = (await ok('GET', `/classes/${classId}/lessons?week=2026-09-14`, deputy)).lessons as Array<{ id: string }>;
    const marksOf = async (token: string) => (await noticesOf(token)).filter((entry) => entry.kind === 'mark');
    const before = (await marksOf(parents.olya.token)).length;
    // Messaging has just read the school's people (for the mark's notice to the mother) and keeps them ten seconds.
    await ok('POST', `/lessons/${later[0].id}/marks`, people.teacher.token, { marks: [{ studentId: olya, values: [4], workKind: 'answer' }] });
    await eventually(async () => ((await marksOf(parents.olya.token)).length === before + 1 ? true : undefined), 15_000, 'the mother’s notice of the mark');
    // The father joins within those seconds, and the next mark is his as well.
    const father = await redeem((await ok('POST', '/invitations', people.classTeacher.token, { childId: olya, role: 'parent' })).code, 'papa.oli15', 'Сидоров');
    await ok('POST', `/lessons/${later[1].id}/marks`, people.teacher.token, { marks: [{ studentId: olya, values: [5], workKind: 'answer' }] });
    const told = await eventually(async () => (await marksOf(father.token))[0], 8_000, 'the father’s notice of the mark');
    expect(told.title).toBe('Новая оценка: Математика');
    // One notice: of the mark set after he joined (the one before is not his news).
    expect(await marksOf(father.token)).toHaveLength(1);
  });

  it('e-mails a person whose password the administrator reset (they may not be able to log in to read the inbox)', async () => {
    const { accountId } = await ok('GET', '/me', parents.petya.token);
    // An open live stream of the account ends with its tokens.
    const stream = await fetch(`${platform.system.gatewayUrl}/api/v1/notices/stream`, { headers: { authorization: `Bearer ${parents.petya.token}` } });
    const ended = (async () => {
      const reader = stream.body!.getReader();
      for (;;) if ((await reader.read()).done) return true;
    })();
    // The administrator gets the sheet to print (HTML) with the one-time code.
    expect((await platform.request(`/api/v1/accounts/${accountId}/password-reset`, { method: 'POST', token: people.admin.token })).status).toBe(201);
    const mail = await eventually(async () => sharedMailbox().find((entry) => entry.to === 'petrova.m15@example.test' && entry.subject === 'Пароль сброшен'), 15_000, 'the e-mail of the reset');
    expect(mail.text).toContain('Задайте новый по коду с листа');
    // The old token no longer works: the inbox is read after the new password.
    expect((await call('GET', '/notices', parents.petya.token)).status).toBe(401);
    expect(await Promise.race([ended, new Promise((resolve) => setTimeout(() => resolve(false), 5_000))])).toBe(true);
  });
});
