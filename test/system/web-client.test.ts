// System test of the web client (issue #14) in a real headless Chromium (Debian's, installed by
// scripts/browser.sh) against the real system: a teacher logs in, records a lesson and sets marks by
// keyboard in the journal grid; the parent, on a phone-sized screen, sees them in the diary week; a
// teacher who loses the connection keeps the marks entered and they arrive once when it is back. Every
// screen is checked by axe-core (no serious or critical violations) and photographed for review into
// a folder outside the repository ($SCREENSHOTS_DIR, else <tmp>/ejournal-screens).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, headlessChromium } from '@ejournal/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import { logIn, makeScreenshotsFolder, screen, screenshots } from './browser-pages';
import { createYear, importPeople, registerSchool, staffAccount, sharedPlatform, type Gateway } from './platform';

/** The page's localStorage, as seen from a function the browser runs. */
type BrowserStorage = { getItem(key: string): string | null; setItem(key: string, value: string): void };

/** «07.09», as the grid's columns name their lessons. */
const shortRussianDate = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}`;

describe('the web client in a browser', () => {
  let platform: Gateway;
  let browser: Browser;
  let teacher: { login: string; password: string; token: string; personId: string };
  let administrator: { login: string; password: string };
  let classTeacherAccount: { login: string; password: string };
  let adminToken: string;
  let school: string;
  let classId: string;
  let periodId: string;
  let petya: string;
  let olya: string;
  let firstLesson: { id: string; date: string };
  const parent = { login: 'mama.peti', password: 'длинный пароль мамы Пети' };

  const post = async (path: string, body: unknown, token?: string) => {
    const response = await platform.request(`/api/v1${path}`, { method: 'POST', token, body: JSON.stringify(body) });
    const text = await response.text();
    if (![200, 201].includes(response.status)) throw new Error(`POST ${path} → ${response.status}: ${text}`);
    return JSON.parse(text);
  };
  const journal = async () => (await (await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/journal`, { token: teacher.token })).json()) as { marks: Array<{ lessonId: string; studentId: string; values: number[] }> };

  beforeAll(async () => {
    makeScreenshotsFolder();
    platform = sharedPlatform();
    const operator = await platform.operatorToken();
    const schoolId = await registerSchool(platform, operator, 'Школа № 7');
    const adminAccount = await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }]);
    administrator = adminAccount;
    const admin = adminAccount.token;
    adminToken = admin;
    school = schoolId;
    const deputy = (await staffAccount(platform, admin, schoolId, [{ role: 'deputy_director', schoolId }])).token;
    const year = await createYear(platform, deputy, schoolId);
    periodId = year.periods[0].id;
    classId = (await post(`/years/${year.id}/classes`, { grade: 5, letter: 'Б' }, deputy)).id;
    const people = await importPeople(platform, admin, schoolId, ['Фамилия,Имя,Дата рождения,Тип,Класс,Дата зачисления', `Петров,Пётр,01.02.2015,ученик,${classId},01.09.2026`, `Сидорова,Ольга,12.03.2015,ученик,${classId},01.09.2026`].join('\n'));
    [petya, olya] = (await people.json()).created.map((row: { personId: string }) => row.personId);
    await eventually(async () => ((await (await platform.request(`/api/v1/classes/${classId}/roster?date=2026-09-01`, { token: deputy })).json()).studentIds?.length === 2 ? true : undefined), 10_000, 'the roster');
    const classTeacher = await staffAccount(platform, admin, schoolId, [{ role: 'class_teacher', schoolId, classId }]);
    classTeacherAccount = classTeacher;
    const code = (await post('/invitations', { childId: petya, role: 'parent' }, classTeacher.token)).code;
    await post('/invitations/redeem', { code, login: parent.login, password: parent.password, lastName: 'Петрова', firstName: 'Анна' });
    teacher = await staffAccount(platform, admin, schoolId, [{ role: 'subject_teacher', schoolId, classId, subjectId: 'math' }]);
    const timetable = await platform.request(`/api/v1/classes/${classId}/timetable`, { method: 'PUT', token: deputy, body: JSON.stringify({ entries: [1, 3].map((weekday) => ({ weekday, lessonNumber: 2, subjectId: 'math', teacherId: teacher.personId })) }) });
    expect(timetable.status).toBe(200);
    await post(`/classes/${classId}/lessons/generate`, { from: '2026-09-01', to: '2026-10-24' }, deputy);
    // Mathematics in grade 5: 2 hours a week, with an approved КТП whose first topic the teacher picks.
    await platform.request(`/api/v1/years/${year.id}/curriculum/5`, { method: 'PUT', token: deputy, body: JSON.stringify({ lines: [{ subjectId: 'math', hoursPerWeek: 2 }] }) });
    const plan = await (await platform.request(`/api/v1/years/${year.id}/thematic-plans`, { method: 'PUT', token: deputy, body: JSON.stringify({ grade: 5, subjectId: 'math', topics: [{ title: 'Натуральные числа', hours: 2 }, ...Array.from({ length: 33 }, (_, index) => ({ title: `Тема ${index + 2}`, hours: 2 }))] }) })).json();
    expect((await platform.request(`/api/v1/thematic-plans/${plan.id}/approve`, { method: 'POST', token: deputy })).status).toBe(200);
    // The period's first lesson: the journal grid's first column.
    const page = await eventually(async () => {
      const answer = await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/journal`, { token: teacher.token });
      const body = answer.status === 200 ? ((await answer.json()) as { lessons: Array<{ lessonId: string; date: string }>; planTopics: unknown[] }) : undefined;
      return body && body.planTopics.length === 34 ? body : undefined;
    }, 15_000, 'the journal page');
    firstLesson = { id: page.lessons[0].lessonId, date: page.lessons[0].date };
    await eventually(async () => ((await (await platform.request(`/api/v1/classes/${classId}/attendance?month=${firstLesson.date.slice(0, 7)}`, { token: deputy })).json()).lessons?.length > 0 ? true : undefined), 15_000, 'attendance to know the lessons');
    browser = await chromium.launch(headlessChromium());
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a teacher record a lesson and set marks by keyboard, and shows them to the parent on a phone', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const page = await desk.newPage();
    await page.goto(platform.system.gatewayUrl);
    await screen(page, '01-log-in');
    await logIn(page, teacher.login, teacher.password);
    await page.getByRole('heading', { name: 'Мои уроки', exact: true }).waitFor();
    // The week of the period's first lesson (the address keeps the week).
    await page.goto(`${platform.system.gatewayUrl}/lessons?week=${firstLesson.date}`);
    await page.getByRole('link', { name: /5Б — Математика/ }).first().waitFor();
    await screen(page, '02-teacher-week');

    await page.goto(`${platform.system.gatewayUrl}/journal/${classId}/math/${periodId}?lesson=${firstLesson.id}`);
    await page.getByRole('heading', { name: /Журнал/ }).waitFor();
    await page.getByLabel('Тема по КТП').selectOption({ label: '1. Натуральные числа' });
    await page.getByLabel('Домашнее задание').fill('§ 1, № 5–9');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText('Тема и задание сохранены').waitFor();
    await page.getByLabel('Прикрепить файл к заданию (до 5 МБ)').setInputFiles({ name: 'задачи.txt', mimeType: 'text/plain', buffer: Buffer.from('Решить задачи 5–9 на с. 12.\n') });
    await page.getByRole('button', { name: 'задачи.txt' }).waitFor();
    // Who was not there: Olya late («О»); everyone else present.
    await page.getByLabel('Посещаемость: Сидорова Ольга').selectOption('О');
    await page.getByRole('button', { name: 'Сохранить посещаемость' }).click();
    await page.getByText('Посещаемость сохранена: отсутствовали 0, опоздали 1').waitFor();

    // Keyboard only: the first pupil's cell of the lesson, «5» Enter (down to the next pupil), «4/5» Enter.
    const cells = page.locator(`input.cell`);
    // Pupils are listed alphabetically: Петров, then Сидорова.
    await page.locator('table.journal').getByRole('rowheader', { name: 'Сидорова Ольга' }).waitFor();
    await page.locator('table.journal').getByRole('row').nth(1).locator('input.cell').first().focus();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await page.keyboard.type('4/5');
    await page.keyboard.press('Enter');
    // Both saved (in either order) and shown in the grid.
    await page.locator('table.journal').getByRole('button', { name: /^5 — Петров Пётр/ }).waitFor();
    expect(await cells.count()).toBeGreaterThan(2);
    // The saved mark (a button), not its pending copy shown until the server answers.
    await page.locator('table.journal').getByRole('button', { name: /^4\/5 — Сидорова Ольга/ }).waitFor();
    await screen(page, '03-journal-grid');
    const marks = (await journal()).marks.filter((mark) => mark.lessonId === firstLesson.id);
    expect(marks.map((mark) => mark.values.join('/')).sort()).toEqual(['4/5', '5']);

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ru-RU' });
    // The pupils' names are for those who teach or keep the class: not for a parent.
    const parentToken = await platform.system.logIn(parent.login, parent.password);
    expect((await platform.request(`/api/v1/classes/${classId}/pupil-names`, { token: parentToken })).status).toBe(404);
    const parentPage = await phone.newPage();
    const refusals: string[] = [];
    parentPage.on('response', (response) => void (response.status() >= 400 && refusals.push(`${response.request().method()} ${response.url()} → ${response.status()}`)));
    await parentPage.goto(platform.system.gatewayUrl);
    await logIn(parentPage, parent.login, parent.password);
    await parentPage.getByRole('heading', { name: 'Дневник', exact: true }).waitFor();
    // The week of the lesson: the diary learns of the marks from the bus within seconds (004 §1.4).
    await eventually(async () => {
      await parentPage.goto(`${platform.system.gatewayUrl}/diary?week=${firstLesson.date}`);
      await parentPage.getByRole('heading', { name: 'Дневник', exact: true }).waitFor();
      await parentPage.getByText('Тема: Натуральные числа').waitFor({ timeout: 2_000 }).catch(() => undefined);
      return (await parentPage.getByLabel('отметка 5').count()) === 1 && (await parentPage.getByText('Тема: Натуральные числа').count()) === 1 ? true : undefined;
    }, 20_000, 'the marks and the topic in the parent’s diary').catch(async (error) => {
      await parentPage.screenshot({ path: join(screenshots, '04-parent-diary-failed.png'), fullPage: true });
      throw new Error(`${(error as Error).message}\n${parentPage.url()}\n${refusals.join('\n')}\n${await parentPage.locator('body').innerText()}`);
    });
    expect(await parentPage.getByText('Домашнее задание: § 1, № 5–9').count()).toBe(1);
    // The homework's file, downloaded by the parent.
    await parentPage.getByRole('button', { name: 'задачи.txt' }).waitFor({ timeout: 10_000 }).catch(async () => {
      await parentPage.reload();
      await parentPage.getByRole('button', { name: 'задачи.txt' }).waitFor({ timeout: 10_000 });
    });
    const [download] = await Promise.all([parentPage.waitForEvent('download'), parentPage.getByRole('button', { name: 'задачи.txt' }).click()]);
    expect(download.suggestedFilename()).toBe('задачи.txt');
    expect(readFileSync(await download.path(), 'utf8')).toContain('Решить задачи 5–9');
    // Only Petya's marks: Olya's mark «4/5» is not in her classmate's parent's diary.
    expect(await parentPage.getByLabel('отметка 4/5').count()).toBe(0);
    await screen(parentPage, '04-parent-diary-phone');
    // The other parts of the diary, each checked and photographed.
    await parentPage.getByRole('link', { name: 'Учителя' }).click();
    await parentPage.getByRole('heading', { name: 'Учителя', exact: true }).waitFor();
    await screen(parentPage, '04b-parent-teachers');
    await parentPage.getByRole('link', { name: 'Посещаемость' }).click();
    await parentPage.getByLabel('Месяц').fill(firstLesson.date.slice(0, 7));
    await parentPage.getByText(/опозданий: \d+/).waitFor();
    await screen(parentPage, '04c-parent-attendance');
    await parentPage.getByRole('link', { name: 'Итоговые' }).click();
    await parentPage.getByRole('heading', { name: 'Итоговые отметки' }).waitFor();
    await screen(parentPage, '04d-parent-finals');
    await parentPage.getByRole('link', { name: 'Доступ для близких' }).click();
    await parentPage.getByRole('button', { name: 'Получить код' }).click();
    await parentPage.getByText(/^Код: /).waitFor();
    await screen(parentPage, '04e-parent-interested-person');
    await phone.close();
    await desk.close();
  }, 120_000);

  it('keeps the marks a teacher enters offline and sends each once when the connection is back', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const page = await desk.newPage();
    await page.goto(platform.system.gatewayUrl);
    await logIn(page, teacher.login, teacher.password);
    await page.getByRole('heading', { name: 'Мои уроки', exact: true }).waitFor();
    await page.goto(`${platform.system.gatewayUrl}/journal/${classId}/math/${periodId}`);
    await page.getByRole('heading', { name: /Журнал/ }).waitFor();
    const before = (await journal()).marks.length;
    await page.locator('table.journal').getByRole('rowheader', { name: 'Сидорова Ольга' }).waitFor();

    await desk.setOffline(true);
    // The second lesson's cells of both pupils.
    await page.locator('table.journal').getByRole('row').nth(1).locator('input.cell').nth(1).focus();
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Не отправлено на сервер: 2' }).waitFor().catch(async (error) => {
      await page.screenshot({ path: join(screenshots, '05-journal-offline-failed.png'), fullPage: true });
      throw new Error(`${(error as Error).message}\n${await page.locator('main').innerText()}`);
    });
    await screen(page, '05-journal-offline');
    expect((await journal()).marks.length).toBe(before);

    await desk.setOffline(false);
    await page.getByRole('heading', { name: /Не отправлено на сервер/ }).waitFor({ state: 'detached', timeout: 20_000 });
    const after = await journal();
    expect(after.marks.length).toBe(before + 2);
    const [second] = (await (await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/journal`, { token: teacher.token })).json()).lessons.slice(1);
    expect(after.marks.filter((mark) => mark.lessonId === second.lessonId).map((mark) => `${mark.studentId === petya ? 'П' : mark.studentId === olya ? 'О' : '?'}${mark.values.join('')}`).sort()).toEqual(['О4', 'П3']);

    // Within the correction window the teacher corrects their own mark, with a reason (004 §4.1).
    await page.getByRole('button', { name: /^3 — Петров Пётр, .*: исправить$/ }).click();
    await page.getByLabel('Новая отметка').fill('4');
    await page.getByLabel('Причина исправления').fill('ошибся клеткой');
    await screen(page, '11-mark-correction');
    await page.getByRole('button', { name: 'Исправить', exact: true }).click();
    await page.getByText('Отметка исправлена').waitFor();
    const corrected = (await journal()).marks.filter((mark) => mark.lessonId === second.lessonId && mark.studentId === petya);
    expect(corrected.map((mark) => mark.values)).toEqual([[4]]);

    // The period final: proposed from the average; with too few marks (004 §5) it needs a reason.
    await page.getByRole('button', { name: 'Поставить — итоговая: Сидорова Ольга' }).click();
    await page.getByLabel('Отметка', { exact: true }).fill('4');
    await page.getByRole('button', { name: 'Поставить', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /причин/ }).waitFor();
    await page.getByLabel(/^Причина/).fill('работала весь период, отметок мало из-за болезни');
    await screen(page, '11b-period-final');
    await page.getByRole('button', { name: 'Поставить', exact: true }).click();
    await page.getByRole('button', { name: '4 — итоговая: Сидорова Ольга' }).waitFor();

    // The year (004 §5): the period finals, the year final they give, and the year final set — another value needs a reason.
    await page.getByRole('link', { name: 'Итоги года: годовые и экзаменационные' }).click();
    await page.getByRole('heading', { name: /^Итоги года: 5Б — Математика/ }).waitFor();
    const olyaRow = page.getByRole('row', { name: /Сидорова Ольга/ });
    await olyaRow.getByRole('cell', { name: '4' }).first().waitFor();
    expect(await page.getByRole('columnheader', { name: '1 четверть' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Поставить — годовая: Сидорова Ольга' }).click();
    await page.getByLabel('Отметка', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Поставить', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /укажите причину/ }).waitFor();
    await page.getByLabel(/^Причина/).fill('победитель муниципальной олимпиады');
    await screen(page, '11c-year-finals');
    await page.getByRole('button', { name: 'Поставить', exact: true }).click();
    await page.getByRole('button', { name: '5 — годовая: Сидорова Ольга' }).waitFor();
    const yearId = ((await (await platform.request(`/api/v1/classes/${classId}`, { token: teacher.token })).json()) as { yearId: string }).yearId;
    const year = (await (await platform.request(`/api/v1/classes/${classId}/subjects/math/years/${yearId}/finals`, { token: teacher.token })).json()) as { students: Array<{ studentId: string; proposed: number; yearFinal: number }> };
    expect(year.students.find((student) => student.studentId === olya)).toMatchObject({ proposed: 4, yearFinal: 5 });
    await desk.close();
  }, 120_000);

  it('shows a mark entered offline that the server refused beside what the journal holds now, and lets the teacher drop it', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const page = await desk.newPage();
    await page.goto(platform.system.gatewayUrl);
    await logIn(page, teacher.login, teacher.password);
    await page.goto(`${platform.system.gatewayUrl}/journal/${classId}/math/${periodId}`);
    await page.locator('table.journal').getByRole('rowheader', { name: 'Петров Пётр' }).waitFor();
    const lessons = (await (await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/journal`, { token: teacher.token })).json()).lessons as Array<{ lessonId: string; date: string }>;
    const sixth = lessons[5];

    // Offline, the teacher gives Petya a 5 on the sixth lesson; meanwhile the administrator cancels that lesson.
    await desk.setOffline(true);
    await page.getByRole('textbox', { name: `Петров Пётр, ${shortRussianDate(sixth.date)}` }).focus();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Не отправлено на сервер: 1' }).waitFor();
    const cancelled = await platform.request(`/api/v1/lessons/${sixth.lessonId}/cancel`, { method: 'POST', token: adminToken, body: JSON.stringify({ reason: 'учитель на курсах' }) });
    expect(cancelled.status).toBe(200);
    await eventually(async () => {
      const now = (await (await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/journal`, { token: teacher.token })).json()) as { lessons: Array<{ lessonId: string; status: string }> };
      return now.lessons.find((lesson) => lesson.lessonId === sixth.lessonId)?.status === 'cancelled' ? true : undefined;
    }, 15_000, 'the journal to know the lesson cancelled');

    // Back online: refused, never applied, and shown beside the journal's own state of that cell.
    await desk.setOffline(false);
    await page.getByText(/не принято: .*урок отменён/).waitFor({ timeout: 20_000 });
    await page.getByText('В журнале сейчас: урок отменён; отметок нет.').waitFor();
    await page.getByRole('heading', { name: 'Не отправлено на сервер: 0 · не принято: 1' }).waitFor();
    await screen(page, '05b-journal-refused');
    expect((await journal()).marks.filter((mark) => mark.lessonId === sixth.lessonId)).toEqual([]);
    await page.getByRole('button', { name: 'Убрать' }).click();
    await page.getByRole('heading', { name: /Не отправлено на сервер/ }).waitFor({ state: 'detached' });
    await desk.close();
  }, 120_000);

  it('shows an administrator the line of a CSV file to fix (nothing saved until it is fixed), and resets a forgotten password with a printed code', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const page = await desk.newPage();
    await page.goto(platform.system.gatewayUrl);
    await logIn(page, administrator.login, administrator.password);
    await page.getByRole('heading', { name: 'Загрузка людей из CSV', exact: true }).waitFor();
    const header = 'Фамилия,Имя,Дата рождения,Тип,Класс,Дата зачисления';
    await page.getByLabel('Содержимое файла').fill([header, `Кузнецов,Кирилл,03.04.2015,ученик,${classId},01.09.2026`, `Орлова,Ольга,31.02.2015,ученик,${classId},01.09.2026`].join('\n'));
    await page.getByRole('button', { name: 'Загрузить' }).click();
    await page.getByRole('heading', { name: 'Ничего не сохранено: исправьте строки файла' }).waitFor();
    const rows = page.locator('table.report tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('td').first().innerText()).toBe('3');
    await screen(page, '06-people-import-errors');
    await page.getByLabel('Содержимое файла').fill([header, `Кузнецов,Кирилл,03.04.2015,ученик,${classId},01.09.2026`, `Орлова,Ольга,28.02.2015,ученик,${classId},01.09.2026`].join('\n'));
    await page.getByRole('button', { name: 'Загрузить' }).click();
    await page.getByRole('heading', { name: /Загружено: людей 2/ }).waitFor();
    await screen(page, '07-people-import-done');

    // A member of staff forgot the password: the administrator finds them and prints a reset sheet; they set a new one with its code.
    const forgetful = await staffAccount(platform, adminToken, school, [{ role: 'deputy_director', schoolId: school }]);
    await page.getByRole('link', { name: 'Люди школы' }).click();
    await page.getByLabel('Поиск').fill(forgetful.login);
    // The list follows the search once the typing stops.
    await eventually(async () => ((await page.locator('table.report tbody tr').count()) === 1 ? true : undefined), 10_000, 'the list to show the one person searched for');
    const reset = page.getByRole('button', { name: 'Сбросить пароль: Иванова Мария' });
    await reset.waitFor();
    await screen(page, '07b-school-people');
    const [sheet] = await Promise.all([desk.waitForEvent('page'), reset.click()]);
    const resetCode = (await sheet.locator('.code').innerText()).trim();
    await page.getByText(/сброшен: распечатайте лист/).waitFor();

    // Roles (002 §3.3): the deputy also teaches mathematics in 5Б — given, seen, and taken back.
    await page.getByRole('button', { name: 'Роли: Иванова Мария' }).click();
    const roles = page.locator('.staff-roles');
    await roles.locator('li', { hasText: 'завуч' }).waitFor();
    await roles.getByLabel(/^Роль/).selectOption({ label: 'учитель' });
    await page.getByRole('button', { name: 'Назначить' }).click();
    await roles.getByText('Выберите класс').waitFor();
    await roles.getByLabel(/^Класс/).selectOption({ label: '5Б' });
    await roles.getByLabel(/^Предмет/).selectOption({ label: 'Математика' });
    await page.getByRole('button', { name: 'Назначить' }).click();
    await page.getByText('Иванова Мария: назначена роль «учитель»').waitFor();
    await roles.getByText('учитель, Математика, 5Б').waitFor();
    await screen(page, '07e-staff-roles');
    const held = async () => {
      const found = (await (await platform.request(`/api/v1/schools/${school}/people?query=${encodeURIComponent(forgetful.login)}`, { token: adminToken })).json()) as { people: Array<{ accounts: Array<{ grants: Array<{ role: string; classId: string; subjectId: string }> }> }> };
      return found.people[0].accounts[0].grants;
    };
    expect((await held()).filter((grant) => grant.role === 'subject_teacher')).toEqual([expect.objectContaining({ classId, subjectId: 'math' })]);
    await page.getByRole('button', { name: 'Снять роль: учитель, Математика — Иванова Мария' }).click();
    await page.getByText('Иванова Мария: роль «учитель» снята').waitFor();
    expect((await held()).map((grant) => grant.role)).toEqual(['deputy_director']);

    // Filling control (issue #17) over the weeks the lessons were made for: the class's line, once the reports service has them from the bus.
    await page.getByRole('link', { name: 'Отчёты', exact: true }).click();
    await page.getByRole('heading', { name: 'Контроль заполнения журнала' }).waitFor();
    await page.getByLabel('С даты', { exact: true }).fill('2026-09-01');
    await page.getByLabel('По дату', { exact: true }).fill('2026-10-24');
    await eventually(async () => {
      await page.reload();
      await page.getByText(/^Данные на/).waitFor();
      return (await page.getByRole('table', { name: 'По классам и предметам' }).getByRole('row', { name: /5Б/ }).count()) > 0 ? true : undefined;
    }, 30_000, 'filling control to show the class');
    await screen(page, '07d-filling-control');
    await desk.close();

    const own = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'ru-RU' });
    const staffPage = await own.newPage();
    await staffPage.goto(platform.system.gatewayUrl);
    await staffPage.getByRole('button', { name: 'Сбросить пароль по коду' }).click();
    await staffPage.getByLabel('Логин').fill(forgetful.login);
    await staffPage.getByLabel('Одноразовый код с листа').fill(resetCode);
    await staffPage.getByLabel('Новый пароль (не короче 12 символов)').fill('совсем новый пароль завуча');
    await screen(staffPage, '07c-reset-with-code');
    await staffPage.getByRole('button', { name: 'Сменить пароль и войти' }).click();
    await staffPage.getByRole('button', { name: 'Выйти' }).waitFor();
    await own.close();
  }, 120_000);

  it('lets the class teacher hand a parent a code, the parent come in with it, and correct an absence from a document', async () => {
    // The teacher marks Petya absent on the period's first lesson (the journal's attendance).
    await eventually(async () => ((await platform.request(`/api/v1/lessons/${firstLesson.id}/attendance`, { method: 'PUT', token: teacher.token, body: JSON.stringify({ absences: [{ studentId: petya, code: 'Н' }] }) })).status === 200 ? true : undefined), 10_000, 'attendance to know the lesson');
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const page = await desk.newPage();
    await page.goto(platform.system.gatewayUrl);
    await logIn(page, classTeacherAccount.login, classTeacherAccount.password);
    await page.getByRole('link', { name: 'Мой класс' }).click();
    await page.getByRole('heading', { name: /^Мой класс/ }).waitFor();
    await page.getByRole('button', { name: 'Код родителю: Сидорова Ольга' }).click();
    const code = (await page.locator('.code-card code').first().innerText()).trim();
    expect(code.length).toBeGreaterThan(5);
    await screen(page, '08-class-codes');

    await page.getByLabel('Месяц').fill(firstLesson.date.slice(0, 7));
    const absence = page.getByRole('button', { name: /Петров Пётр, .*: Н, исправить/ });
    await absence.waitFor({ timeout: 15_000 });
    await absence.click();
    await page.getByLabel('Отметка').selectOption('Б');
    await page.getByLabel('Номер документа').fill('17');
    await page.getByLabel('Причина исправления').fill('справка из поликлиники');
    await page.getByRole('button', { name: 'Исправить', exact: true }).click();
    await page.getByRole('button', { name: /Петров Пётр, .*: Б, исправить/ }).waitFor();
    await screen(page, '09-class-attendance');

    // The class teacher's reports (issue #17): the quarter's summary sheet, and the month's attendance with the corrected reason.
    await page.goto(`${platform.system.gatewayUrl}/reports/summary?class=${classId}&period=${periodId}`);
    await page.getByRole('heading', { name: /^Сводная ведомость успеваемости: / }).waitFor();
    await page.getByRole('heading', { name: 'Динамика среднего балла' }).waitFor();
    await screen(page, '09b-summary-sheet');
    await page.goto(`${platform.system.gatewayUrl}/reports/attendance?class=${classId}&from=${firstLesson.date.slice(0, 7)}-01&to=${firstLesson.date}`);
    await page.getByRole('heading', { name: /^Посещаемость: / }).waitFor();
    await eventually(async () => ((await page.getByRole('row', { name: /Петров Пётр/ }).count()) > 0 ? true : undefined), 15_000, 'the attendance report to list Petya');
    await screen(page, '09c-attendance-report');
    // The movements of the class since the year began: the pupils enrolled from the school's lists (004 §4.2.4).
    await page.goto(`${platform.system.gatewayUrl}/reports/movements?class=${classId}&from=2026-09-01&to=${firstLesson.date}`);
    await page.getByRole('heading', { name: /^Движение учащихся: / }).waitFor();
    await eventually(async () => ((await page.getByRole('row', { name: /Петров Пётр.*прибыл.*зачисление/ }).count()) > 0 ? true : undefined), 15_000, 'the movement list to show Petya enrolled');
    await screen(page, '09e-movements');
    await desk.close();
    const pocket = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ru-RU' });
    const small = await pocket.newPage();
    await small.goto(platform.system.gatewayUrl);
    await logIn(small, classTeacherAccount.login, classTeacherAccount.password);
    await small.goto(`${platform.system.gatewayUrl}/reports/summary?class=${classId}&period=${periodId}`);
    await small.getByRole('heading', { name: /^Сводная ведомость успеваемости: / }).waitFor();
    await screen(small, '09d-summary-sheet-phone');
    await pocket.close();

    // Olya's mother comes in with the code, on her phone, and reads Olya's diary (not Petya's).
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ru-RU' });
    const mother = await phone.newPage();
    await mother.goto(platform.system.gatewayUrl);
    await mother.getByRole('button', { name: 'У меня есть код приглашения' }).click();
    await mother.getByLabel('Код из приглашения').fill(code);
    await mother.getByLabel('Ваша фамилия').fill('Сидорова');
    await mother.getByLabel('Ваше имя').fill('Елена');
    await mother.getByLabel('Придумайте логин').fill('mama.oli');
    await mother.getByLabel('Придумайте пароль (не короче 12 символов)').fill('длинный пароль мамы Оли');
    await screen(mother, '10-redeem-code');
    await mother.getByRole('button', { name: 'Войти' }).click();
    await mother.getByRole('heading', { name: 'Дневник', exact: true }).waitFor();
    await mother.goto(`${platform.system.gatewayUrl}/diary?week=${firstLesson.date}`);
    await mother.getByLabel('отметка 4/5').waitFor({ timeout: 20_000 });
    expect(await mother.getByLabel('отметка 5', { exact: true }).count()).toBe(0);
    await phone.close();
  }, 120_000);

  it('lets the regional operator register a school and make its first administrator, who then logs in', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const page = await desk.newPage();
    await page.goto(platform.system.gatewayUrl);
    await logIn(page, platform.secrets.operatorLogin, platform.secrets.operatorPassword);
    await page.getByRole('heading', { name: 'Школы региона' }).waitFor();
    await page.getByLabel('Полное наименование').fill('Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 12»');
    await page.getByLabel('Краткое наименование').fill('МБОУ СШ № 12');
    await page.getByLabel('Муниципалитет').fill('г. Пермь');
    await page.getByRole('button', { name: 'Зарегистрировать' }).click();
    await page.getByRole('rowheader', { name: 'МБОУ СШ № 12' }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Школа № 7', exact: true }).count()).toBe(1);
    await page.getByLabel('Фамилия').fill('Захарова');
    await page.getByLabel('Имя', { exact: true }).fill('Нина');
    await page.getByLabel('Логин').fill('zaharova.n');
    // Identity learns of the new school from the bus: a moment after its registration.
    const create = page.getByRole('button', { name: 'Создать учётную запись' });
    const temporary = await eventually(async () => {
      // Disabled once the account is made (its answer may come between the check and the click).
      if (await create.isEnabled()) await create.click({ timeout: 2_000 }).catch(() => undefined);
      await page.waitForTimeout(300);
      return (await page.getByText(/временный пароль:/).count()) > 0 ? page.locator('[role=status] code').nth(1).innerText() : undefined;
    }, 15_000, 'the first administrator’s account');
    await screen(page, '12-operator-schools');
    await page.goto(`${platform.system.gatewayUrl}/reports/region?from=2026-09-01&to=2026-10-24`);
    await page.getByRole('heading', { name: 'Мониторинг заполнения журналов школ региона' }).waitFor();
    await page.getByRole('heading', { name: 'По школам' }).waitFor();
    await screen(page, '12b-region-report');
    await desk.close();

    const own = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const first = await own.newPage();
    await first.goto(platform.system.gatewayUrl);
    await first.getByLabel('Логин').fill('zaharova.n');
    await first.getByLabel('Пароль', { exact: true }).fill(temporary);
    await first.getByRole('button', { name: 'Войти' }).click();
    await first.getByLabel('Новый пароль').fill('новый пароль администратора школы');
    await first.getByRole('button', { name: 'Сменить пароль и войти' }).click();
    await first.getByRole('heading', { name: 'Загрузка людей из CSV' }).waitFor();
    await own.close();
  }, 120_000);

  it('renews an expired access token silently, with the refresh token rotated', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const page = await desk.newPage();
    await page.goto(platform.system.gatewayUrl);
    await logIn(page, teacher.login, teacher.password);
    await page.getByRole('heading', { name: 'Мои уроки', exact: true }).waitFor();
    // The access token as if it had run out (10 minutes): the next call renews it first.
    const before = await page.evaluate(() => {
      const localStorage = (globalThis as unknown as { localStorage: BrowserStorage }).localStorage;
      const saved = JSON.parse(localStorage.getItem('ejournal.session')!);
      localStorage.setItem('ejournal.session', JSON.stringify({ ...saved, accessTokenExpiresAt: new Date(Date.now() - 1_000).toISOString() }));
      return saved.refreshToken as string;
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Мои уроки', exact: true }).waitFor();
    const after = await page.evaluate(() => JSON.parse((globalThis as unknown as { localStorage: BrowserStorage }).localStorage.getItem('ejournal.session')!) as { refreshToken: string; accessTokenExpiresAt: string });
    expect(after.refreshToken).not.toBe(before);
    expect(Date.parse(after.accessTokenExpiresAt)).toBeGreaterThan(Date.now());
    await desk.close();
  }, 60_000);

  it('sends a blocked account back to the log-in at once, and lists to a school\'s staff only their own school', async () => {
    const teacherToo = await staffAccount(platform, adminToken, school, [{ role: 'subject_teacher', schoolId: school, classId, subjectId: 'math' }]);
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const page = await desk.newPage();
    await page.goto(platform.system.gatewayUrl);
    await logIn(page, teacherToo.login, teacherToo.password);
    await page.getByRole('heading', { name: 'Мои уроки', exact: true }).waitFor();
    const revoked = await platform.request(`/api/v1/accounts/${teacherToo.accountId}/revoke`, { method: 'POST', token: adminToken, body: JSON.stringify({ reason: 'уволилась' }) });
    expect(revoked.status).toBe(200);
    await eventually(async () => {
      await page.reload();
      return (await page.getByRole('button', { name: 'Войти' }).count()) === 1 ? true : undefined;
    }, 15_000, 'the log-in page after the account was blocked');
    await desk.close();
    // The schools list: the operator's is the region's (two schools now); a teacher's is their own.
    const mine = await (await platform.request('/api/v1/schools', { token: teacher.token })).json();
    expect(mine.schools.map((one: { id: string }) => one.id)).toEqual([school]);
    expect((await platform.request('/api/v1/schools', { token: await platform.system.logIn(parent.login, parent.password) })).status).toBe(404);
  }, 120_000);

  // Last: it closes the period the other tests write in.
  it('lets the administrator close a period, which the teacher\'s journal then shows closed, and reopen it with a reason', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const page = await desk.newPage();
    await page.goto(platform.system.gatewayUrl);
    await logIn(page, administrator.login, administrator.password);
    await page.getByRole('link', { name: 'Учебный год' }).click();
    await page.getByRole('heading', { name: 'Учебные годы и периоды' }).waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Закрыть: 1 четверть' }).click();
    await page.getByRole('button', { name: 'Открыть снова: 1 четверть' }).waitFor();
    await screen(page, '13-school-years');

    const teacherDesk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const journalPage = await teacherDesk.newPage();
    await journalPage.goto(platform.system.gatewayUrl);
    await logIn(journalPage, teacher.login, teacher.password);
    // The gradebook learns of the closure from the bus.
    await eventually(async () => {
      await journalPage.goto(`${platform.system.gatewayUrl}/journal/${classId}/math/${periodId}`);
      await journalPage.getByRole('heading', { name: /Журнал/ }).waitFor();
      return (await journalPage.getByText('Период закрыт').count()) === 1 ? true : undefined;
    }, 15_000, 'the journal page to show the period closed');
    expect(await journalPage.locator('table.journal input.cell').first().isDisabled()).toBe(true);
    // In a closed period a mark changes only through a request the administrator decides (004 §4.1).
    await journalPage.locator('table.journal').getByRole('button', { name: /^5 — Петров Пётр/ }).first().click();
    await journalPage.getByLabel('Новая отметка').fill('4');
    await journalPage.getByLabel('Причина исправления').fill('ошибка при переносе из тетради');
    await journalPage.getByRole('button', { name: 'Исправить', exact: true }).click();
    await journalPage.getByText('Окно исправления прошло: запрос отправлен администратору').waitFor();
    await journalPage.getByRole('heading', { name: 'Запросы на исправление: ждут решения — 1' }).waitFor();
    // The teacher sees the request waiting, and cannot decide it.
    expect(await journalPage.getByRole('button', { name: /^Одобрить/ }).count()).toBe(0);

    // The administrator finds it on the journal page, refuses to reject it without a word, and approves it.
    await page.goto(`${platform.system.gatewayUrl}/journal/${classId}/math/${periodId}`);
    await page.getByRole('heading', { name: 'Запросы на исправление: ждут решения — 1' }).waitFor();
    const requestRow = page.getByRole('row', { name: /Петров Пётр/ });
    expect(await requestRow.getByRole('cell', { name: '5 → 4' }).count()).toBe(1);
    await requestRow.getByRole('cell', { name: 'ошибка при переносе из тетради' }).waitFor();
    await page.getByRole('button', { name: /^Отклонить: отметка Петров Пётр/ }).click();
    await page.getByText('Напишите, почему запрос отклонён').waitFor();
    await screen(page, '15-change-requests');
    await page.getByLabel(/^Комментарий к решению: отметка Петров Пётр/).fill('согласовано по тетради');
    await page.getByRole('button', { name: /^Одобрить: отметка Петров Пётр/ }).click();
    await page.getByRole('heading', { name: 'Запросы на исправление: ждут решения — 0' }).waitFor();
    await page.locator('table.journal').getByRole('button', { name: /^4 — Петров Пётр/ }).first().waitFor();
    const changed = (await journal()).marks.filter((mark) => mark.lessonId === firstLesson.id && mark.studentId === petya);
    expect(changed.map((mark) => mark.values.join('/'))).toEqual(['4']);
    // The teacher sees the decision with the administrator's note.
    await journalPage.reload();
    await journalPage.getByText('Решённые запросы: 1').click();
    await journalPage.getByText('Петров Пётр, отметка за', { exact: false }).filter({ hasText: 'одобрен — «согласовано по тетради»' }).waitFor();
    await teacherDesk.close();

    // The closed quarter's pages are in the archive, signed (issue #16): the administrator checks one.
    await page.getByRole('link', { name: 'Архив' }).click();
    await page.getByRole('heading', { name: 'Архив закрытых периодов' }).waitFor();
    await eventually(async () => {
      await page.reload();
      await page.getByRole('heading', { name: 'Записи архива' }).waitFor();
      return (await page.getByRole('button', { name: 'Проверить' }).count()) > 0 ? true : undefined;
    }, 30_000, 'the closed quarter in the archive');
    await page.getByRole('button', { name: 'Проверить' }).first().click();
    await page.getByText(/Запись подлинная: содержимое не изменено, подпись верна — Архивный ключ школы/).waitFor();
    await screen(page, '14-archive');
    await page.getByRole('link', { name: 'Учебный год' }).click();
    await page.getByRole('heading', { name: 'Учебные годы и периоды' }).waitFor();

    page.once('dialog', (dialog) => void dialog.accept('ошибочно закрыт раньше срока'));
    await page.getByRole('button', { name: 'Открыть снова: 1 четверть' }).click();
    await page.getByRole('button', { name: 'Закрыть: 1 четверть' }).waitFor();
    await desk.close();
  }, 120_000);

  it('lets a teacher ask to change a year final once every period of the year is closed, and the administrator approve it beside the finals (004 §4.1)', async () => {
    // Last school year, all of it over: a class with a pupil and a month of the teacher's mathematics, every period closed.
    const past = await createYear(platform, adminToken, school, 2025);
    const pastClass = (await post(`/years/${past.id}/classes`, { grade: 4, letter: 'Б' }, adminToken)).id;
    // A past year's pupils are enrolled by curriculum's roster import (the people import enrols into the year going on).
    const imported = await importPeople(platform, adminToken, school, ['Фамилия,Имя,Дата рождения,Тип', 'Смирнов,Кирилл,03.03.2016,ученик'].join('\n'));
    expect(imported.status).toBe(201);
    const [kirill] = (await imported.json()).created.map((row: { personId: string }) => row.personId);
    const enrolled = await platform.request(`/api/v1/years/${past.id}/imports/rosters`, { method: 'POST', token: adminToken, headers: { 'content-type': 'text/csv' }, body: ['Класс;Ученик;Дата зачисления;Приказ', `4Б;${kirill};01.09.2025;№ 77-у`].join('\n') });
    expect(enrolled.status).toBe(200);
    await eventually(async () => ((await (await platform.request(`/api/v1/classes/${pastClass}/roster?date=2025-09-01`, { token: adminToken })).json()).studentIds?.length === 1 ? true : undefined), 10_000, 'the roster');
    const timetable = await platform.request(`/api/v1/classes/${pastClass}/timetable`, { method: 'PUT', token: adminToken, body: JSON.stringify({ entries: [{ weekday: 1, lessonNumber: 1, subjectId: 'math', teacherId: teacher.personId }] }) });
    expect(timetable.status).toBe(200);
    await post(`/classes/${pastClass}/lessons/generate`, { from: '2025-09-01', to: '2025-09-30' }, adminToken);
    for (const period of past.periods) await post(`/years/${past.id}/periods/${period.id}/close`, { confirm: true }, adminToken);

    const teacherDesk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const finalsPage = await teacherDesk.newPage();
    await finalsPage.goto(platform.system.gatewayUrl);
    await logIn(finalsPage, teacher.login, teacher.password);
    const ask = finalsPage.getByRole('button', { name: 'Запросить исправление — годовая: Смирнов Кирилл' });
    // The gradebook learns of the lessons and the closures from the bus; the teacher's right to the class comes with the timetable.
    await eventually(async () => {
      await finalsPage.goto(`${platform.system.gatewayUrl}/journal/${pastClass}/math/year/finals`);
      await finalsPage.getByRole('heading', { name: /^Итоги года/ }).or(finalsPage.getByRole('alert')).first().waitFor();
      return (await ask.count()) === 1 ? true : undefined;
    }, 20_000, 'the closed year on the year finals screen');
    expect(await finalsPage.getByText('Все периоды года закрыты').count()).toBe(1);
    await ask.click();
    await finalsPage.getByLabel('Отметка', { exact: true }).fill('5');
    await finalsPage.getByRole('button', { name: 'Отправить запрос' }).click();
    await finalsPage.getByRole('alert').filter({ hasText: 'Напишите причину' }).waitFor();
    await finalsPage.getByLabel(/^Причина изменения/).fill('годовая контрольная переписана 28.05');
    await screen(finalsPage, '11d-year-final-request');
    await finalsPage.getByRole('button', { name: 'Отправить запрос' }).click();
    await finalsPage.getByText('Запрос отправлен администратору: годовая Смирнов Кирилл — 5').waitFor();
    await finalsPage.getByRole('heading', { name: 'Запросы на исправление: ждут решения — 1' }).waitFor();
    // The teacher does not decide it.
    expect(await finalsPage.getByRole('button', { name: /^Одобрить/ }).count()).toBe(0);
    await teacherDesk.close();

    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const page = await desk.newPage();
    await page.goto(platform.system.gatewayUrl);
    await logIn(page, administrator.login, administrator.password);
    await page.goto(`${platform.system.gatewayUrl}/journal/${pastClass}/math/year/finals`);
    await page.getByRole('heading', { name: 'Запросы на исправление: ждут решения — 1' }).waitFor();
    expect(await page.getByRole('button', { name: /^Запросить исправление/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Одобрить: итоговая Смирнов Кирилл' }).click();
    await page.getByRole('heading', { name: 'Запросы на исправление: ждут решения — 0' }).waitFor();
    await page.getByRole('row', { name: /Смирнов Кирилл/ }).getByRole('cell', { name: '5' }).waitFor();
    await desk.close();
    const year = (await (await platform.request(`/api/v1/classes/${pastClass}/subjects/math/years/${past.id}/finals`, { token: adminToken })).json()) as { students: Array<{ yearFinal: number }>; finalRequests: Array<{ status: string; value: number }> };
    expect(year.students.map((student) => student.yearFinal)).toEqual([5]);
    expect(year.finalRequests).toEqual([expect.objectContaining({ status: 'approved', value: 5 })]);
  }, 120_000);
});
