// System test of the web client's messaging screens in a real headless Chromium (as web-client.test.ts):
// a parent on a phone writes to the class teacher, who reads and answers (Ctrl+Enter); the parent sees
// «Прочитано», reports a message and withdraws an unread one; notices are listed with their e-mail's
// state and marked read, their settings saved; the class teacher publishes an announcement the parent
// confirms «ознакомлен», and sees who confirmed. Every screen is checked by axe-core (no serious or
// critical violations) and photographed into $SCREENSHOTS_DIR (else <tmp>/ejournal-screens).
import { eventually, headlessChromium } from '@ejournal/testing';
import { chromium, type Browser } from 'playwright-core';
import { focusedLabel, logIn, makeScreenshotsFolder, screen } from './browser-pages';
import { createYear, importPeople, registerSchool, sharedPlatform, staffAccount, type Gateway } from './platform';

describe('the messaging screens in a browser', () => {
  let platform: Gateway;
  let browser: Browser;
  let schoolId: string;
  let administrator: { login: string; password: string; token: string };
  let classTeacher: { login: string; password: string; token: string; personId: string };
  let director: { login: string; password: string };
  let parentToken: string;
  const parent = { login: 'mama.peti21', password: 'длинный пароль мамы Пети' };

  const post = async (path: string, body: unknown, token?: string) => {
    const response = await platform.request(`/api/v1${path}`, { method: 'POST', token, body: JSON.stringify(body) });
    const text = await response.text();
    if (![200, 201].includes(response.status)) throw new Error(`POST ${path} → ${response.status}: ${text}`);
    return JSON.parse(text);
  };

  beforeAll(async () => {
    makeScreenshotsFolder();
    // The shared platform sends its e-mail to the run's SMTP server and looks for e-mail to send every 200 ms.
    platform = sharedPlatform();
    const operator = await platform.operatorToken();
    schoolId = await registerSchool(platform, operator, 'Школа № 21');
    administrator = await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }]);
    const deputy = (await staffAccount(platform, administrator.token, schoolId, [{ role: 'deputy_director', schoolId }])).token;
    director = await staffAccount(platform, administrator.token, schoolId, [{ role: 'director', schoolId }]);
    const year = await createYear(platform, deputy, schoolId);
    const classId = (await post(`/years/${year.id}/classes`, { grade: 5, letter: 'А' }, deputy)).id;
    const imported = await importPeople(platform, administrator.token, schoolId, ['Фамилия,Имя,Дата рождения,Тип,Класс,Дата зачисления', `Петров,Пётр,01.02.2015,ученик,${classId},01.09.2026`].join('\n'));
    expect(imported.status).toBe(201);
    const [petya] = (await imported.json()).created.map((row: { personId: string }) => row.personId);
    await eventually(async () => ((await (await platform.request(`/api/v1/classes/${classId}/roster?date=2026-09-01`, { token: deputy })).json()).studentIds?.length === 1 ? true : undefined), 10_000, 'the roster');
    classTeacher = await staffAccount(platform, administrator.token, schoolId, [{ role: 'class_teacher', schoolId, classId }]);
    await staffAccount(platform, administrator.token, schoolId, [{ role: 'subject_teacher', schoolId, classId, subjectId: 'math' }]);
    const code = (await post('/invitations', { childId: petya, role: 'parent' }, classTeacher.token)).code;
    const session = await post('/invitations/redeem', { code, login: parent.login, password: parent.password, lastName: 'Петрова', firstName: 'Анна' });
    parentToken = session.accessToken;
    const parentId = (await (await platform.request('/api/v1/me', { token: parentToken })).json()).personId;
    // The class teacher keeps the parents' contacts (004 §4.2.4): the address the settings show, read-only.
    const contact = await platform.request(`/api/v1/people/${parentId}`, { method: 'PATCH', token: classTeacher.token, body: JSON.stringify({ email: 'petrova.w21@example.test' }) });
    expect(contact.status).toBe(200);
    browser = await chromium.launch(headlessChromium());
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a parent on a phone write to the class teacher, who reads and answers; the parent sees it read, reports and withdraws', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ru-RU' });
    const mother = await phone.newPage();
    await mother.goto(platform.system.gatewayUrl);
    await logIn(mother, parent.login, parent.password);
    await mother.getByRole('heading', { name: 'Дневник', exact: true }).waitFor();
    await mother.getByRole('link', { name: 'Сообщения' }).click();
    await mother.getByRole('heading', { name: 'Сообщения', exact: true }).waitFor();
    await mother.getByText(/Сообщений пока нет/).waitFor();
    await screen(mother, 'm01-messages-empty');

    await mother.getByRole('link', { name: 'Новое сообщение' }).click();
    await mother.getByRole('heading', { name: 'Новое сообщение' }).waitFor();
    expect(await focusedLabel(mother)).toMatch(/^Найти адресата/);
    // Teachers, the class teacher and the administration: the relation tells them apart.
    await mother.getByLabel('Найти адресата').fill('классный');
    const recipient = mother.getByRole('checkbox', { name: /классный руководитель 5А/ });
    await recipient.waitFor();
    expect(await mother.getByRole('checkbox').count()).toBe(1);
    await recipient.check();
    await mother.getByLabel('Тема').fill('Справка о болезни');
    await mother.getByLabel('Текст сообщения').fill('Петя болел с понедельника, справку принесём в четверг.');
    await screen(mother, 'm02-new-message-phone');
    await mother.getByLabel('Текст сообщения').press('Control+Enter');
    await mother.getByRole('heading', { name: 'Справка о болезни' }).waitFor();
    await mother.getByText('Ещё не прочитано').waitFor();
    const threadUrl = mother.url();
    await screen(mother, 'm03-thread-sent-phone');

    // The class teacher: the unread badge, the thread bold with its count, read when opened.
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const teacher = await desk.newPage();
    await teacher.goto(platform.system.gatewayUrl);
    await logIn(teacher, classTeacher.login, classTeacher.password);
    await eventually(async () => {
      await teacher.reload();
      await teacher.getByRole('link', { name: /^Сообщения/ }).waitFor();
      return (await teacher.getByRole('link', { name: /^Сообщения\s*,\s*непрочитанных: 1$/ }).count()) === 1 ? true : undefined;
    }, 15_000, 'the unread badge of the class teacher');
    await teacher.getByRole('link', { name: /^Сообщения/ }).click();
    const unread = teacher.locator('.threads li.unread').getByRole('link', { name: /Справка о болезни/ });
    await unread.waitFor();
    await screen(teacher, 'm04-messages-list');
    await unread.click();
    await teacher.getByText('Петя болел с понедельника, справку принесём в четверг.').waitFor();
    await teacher.getByRole('link', { name: 'Сообщения', exact: true }).waitFor({ timeout: 10_000 });
    await teacher.getByLabel('Ответ').fill('Спасибо, выздоравливайте! Справку передайте мне.');
    await teacher.getByLabel('Ответ').press('Control+Enter');
    await teacher.locator('.messages li.own').getByText('Спасибо, выздоравливайте!', { exact: false }).waitFor();
    expect(await teacher.getByLabel('Ответ').inputValue()).toBe('');
    await screen(teacher, 'm05-thread-answered');
    // The parent's page, open all along, shows the answer without a reload (the inbox's live signal).
    await mother.getByText('Спасибо, выздоравливайте!', { exact: false }).waitFor({ timeout: 10_000 });
    // A file goes as a message of its own, checked like homework files.
    await teacher.getByLabel('Приложить файл (до 5 МБ)').setInputFiles({ name: 'obrazec-spravki.txt', mimeType: 'text/plain', buffer: Buffer.from('Образец справки для школы') });
    await teacher.getByText('Файл «obrazec-spravki.txt» отправлен').waitFor();
    await mother.getByRole('button', { name: /^Файл «obrazec-spravki\.txt»/ }).waitFor({ timeout: 10_000 });
    // Closed: an open thread marks new messages read, and the next one must stay unread to be withdrawn.
    await desk.close();

    await eventually(async () => {
      await mother.goto(threadUrl);
      await mother.getByRole('heading', { name: 'Справка о болезни' }).waitFor();
      return (await mother.getByText(/^Прочитано: Иванова Мария Петровна/).count()) === 1 && (await mother.getByText('Спасибо, выздоравливайте!', { exact: false }).count()) === 1 ? true : undefined;
    }, 15_000, 'the read receipt and the answer for the parent');
    await screen(mother, 'm06-thread-read-phone');

    mother.once('dialog', (dialog) => void dialog.accept('проверка жалобы'));
    await mother.getByRole('button', { name: /^Пожаловаться на сообщение от Иванова Мария Петровна/ }).first().click();
    await mother.getByText('Жалоба отправлена администрации школы').waitFor();

    await mother.getByLabel('Ответ').fill('Ой, не туда.');
    await mother.getByRole('button', { name: 'Отправить' }).click();
    await mother.locator('.messages li.own').getByText('Ой, не туда.').waitFor();
    mother.once('dialog', (dialog) => void dialog.accept());
    await mother.getByRole('button', { name: /^Отозвать сообщение/ }).last().click();
    // A failure says what the page shows.
    await mother.getByText('Сообщение отозвано автором').waitFor().catch(async (error: Error) => {
      throw new Error(`${error.message}\nна странице: ${await mother.locator('main').innerText()}`);
    });
    expect(await mother.getByText('Ой, не туда.').count()).toBe(0);

    // The search waits for the typing to stop.
    await mother.getByRole('link', { name: '← Все сообщения' }).click();
    await mother.getByLabel('Поиск').fill('справк');
    await eventually(async () => ((await mother.locator('.threads li').count()) === 1 ? true : undefined), 10_000, 'the thread found');
    await mother.getByLabel('Поиск').fill('нет такого');
    await mother.getByText('Ничего не найдено: измените запрос поиска.').waitFor();
    await phone.close();
  }, 120_000);

  it('lists notices with their e-mail state, marks them read, and keeps the settings; the administration gets the report', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ru-RU' });
    const mother = await phone.newPage();
    await mother.goto(platform.system.gatewayUrl);
    await logIn(mother, parent.login, parent.password);
    await mother.getByRole('link', { name: /^Уведомления/ }).click();
    await mother.getByRole('heading', { name: 'Уведомления', exact: true }).waitFor();
    const notice = mother.locator('.notices li.unread').filter({ hasText: 'Спасибо, выздоравливайте' });
    await eventually(async () => {
      if ((await notice.count()) > 0) return true;
      await mother.reload();
      await mother.getByRole('heading', { name: 'Уведомления', exact: true }).waitFor();
      return undefined;
    }, 15_000, 'the notice of the answer');
    // By e-mail at once for a family, or held by the quiet hours (21:00–07:00) — in words either way.
    expect(await notice.innerText()).toMatch(/письмо (отправлено \d\d:\d\d|отложено до .*\(тихие часы\)|отправляется)/);
    await screen(mother, 'm07-notices-phone');
    await mother.getByRole('button', { name: 'Отметить все прочитанными' }).click();
    await mother.getByText('Все уведомления отмечены прочитанными').waitFor();
    expect(await mother.locator('.notices li.unread').count()).toBe(0);
    await mother.getByRole('link', { name: 'Уведомления', exact: true }).waitFor();

    await mother.getByRole('link', { name: 'Настройки' }).click();
    await mother.getByLabel('Адрес для писем').waitFor();
    expect(await mother.getByLabel('Адрес для писем').inputValue()).toBe('petrova.w21@example.test');
    expect(await mother.getByLabel('Адрес для писем').getAttribute('readonly')).not.toBeNull();
    await mother.getByLabel('новая оценка').selectOption({ label: 'на почту сразу' });
    await mother.getByLabel('Тихие часы с').selectOption('22:00');
    await mother.getByLabel('Как часто').selectOption({ label: 'раз в неделю' });
    await mother.getByLabel('День недели').selectOption({ label: 'суббота' });
    await mother.getByLabel('Время').selectOption({ label: '18:00' });
    await screen(mother, 'm08-notice-settings-phone');
    await mother.getByRole('button', { name: 'Сохранить настройки' }).click();
    await mother.getByText('Настройки сохранены').waitFor();
    const saved = await (await platform.request('/api/v1/notices/preferences', { token: parentToken })).json();
    expect(saved).toMatchObject({ quietFrom: '22:00', quietUntil: '07:00', digest: 'weekly', digestWeekday: 6, digestHour: 18, email: 'petrova.w21@example.test' });
    expect(saved.kinds.find((entry: { kind: string }) => entry.kind === 'mark')).toEqual({ kind: 'mark', email: true, digest: false });
    await phone.close();

    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const admin = await desk.newPage();
    await admin.goto(platform.system.gatewayUrl);
    await logIn(admin, administrator.login, administrator.password);
    await admin.getByRole('link', { name: /^Уведомления/ }).click();
    await eventually(async () => {
      if ((await admin.getByText('Жалоба на сообщение в переписке «Справка о болезни»').count()) > 0) return true;
      await admin.reload();
      await admin.getByRole('heading', { name: 'Уведомления', exact: true }).waitFor();
      return undefined;
    }, 15_000, 'the report in the administrator’s notices');
    await admin.getByText(/Причина: проверка жалобы/).waitFor();
    await screen(admin, 'm09-notices-report');
    await desk.close();
  }, 120_000);

  it('lets the class teacher publish to the class, the parent confirm «ознакомлен», and the author see who confirmed', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const teacher = await desk.newPage();
    await teacher.goto(platform.system.gatewayUrl);
    await logIn(teacher, classTeacher.login, classTeacher.password);
    await teacher.getByRole('link', { name: /^Объявления/ }).click();
    await teacher.getByRole('heading', { name: 'Объявления', exact: true }).waitFor();
    await teacher.getByRole('button', { name: 'Новое объявление' }).click();
    // A class teacher writes to their class or one of its groups only: «Кому» has the focus and offers no more.
    expect(await focusedLabel(teacher)).toMatch(/^Кому/);
    expect(await teacher.getByLabel('Кому').locator('option').allInnerTexts()).toEqual(['классу', 'группе класса']);
    await teacher.getByLabel('Заголовок').fill('Родительское собрание');
    await teacher.getByLabel('Текст').fill('В пятницу в 18:00, кабинет 12.');
    await teacher.getByLabel('Попросить отметить «ознакомлен»').check();
    await screen(teacher, 'm10-announcement-form');
    // Messaging learns of the class from the bus: a moment after the class is made.
    const published = teacher.getByText('Объявление «Родительское собрание» опубликовано');
    await eventually(async () => {
      await teacher.getByRole('button', { name: 'Опубликовать' }).click();
      // Published (the form closes), or refused for now («класс не найден») and tried again.
      await published.or(teacher.getByRole('alert')).first().waitFor();
      return (await published.count()) === 1 ? true : undefined;
    }, 15_000, 'the announcement published');
    await teacher.getByRole('heading', { name: 'Родительское собрание' }).waitFor();

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ru-RU' });
    const mother = await phone.newPage();
    await mother.goto(platform.system.gatewayUrl);
    await logIn(mother, parent.login, parent.password);
    await mother.getByRole('link', { name: /^Объявления\s*,\s*непрочитанных: 1$/ }).click();
    await mother.getByRole('heading', { name: 'Родительское собрание' }).waitFor();
    await screen(mother, 'm11-announcements-phone');
    await mother.getByRole('button', { name: 'Ознакомлен: Родительское собрание' }).click();
    await mother.getByText('✓ Вы ознакомились').waitFor();
    await mother.getByRole('link', { name: 'Объявления', exact: true }).waitFor({ timeout: 10_000 });
    await phone.close();

    await teacher.reload();
    await teacher.getByText('Ознакомились: 1').click();
    await teacher.getByText(/^Петрова Анна — /).waitFor();
    await screen(teacher, 'm12-announcement-confirmations');
    await desk.close();

    // The administration addresses the school, a grade or a class.
    const adminDesk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const admin = await adminDesk.newPage();
    await admin.goto(platform.system.gatewayUrl);
    await logIn(admin, administrator.login, administrator.password);
    await admin.getByRole('link', { name: /^Объявления/ }).click();
    await admin.getByRole('button', { name: 'Новое объявление' }).click();
    expect(await focusedLabel(admin)).toMatch(/^Кому/);
    await admin.getByLabel('Кому').selectOption({ label: 'параллели' });
    await admin.getByLabel('Параллель').selectOption({ label: '5-е классы' });
    await admin.getByLabel('Заголовок').fill('Экскурсия пятых классов');
    await admin.getByLabel('Текст').fill('Во вторник, сбор в 9:00.');
    await admin.getByRole('button', { name: 'Опубликовать' }).click();
    await admin.getByRole('heading', { name: 'Экскурсия пятых классов' }).waitFor();
    await admin.getByText('Ознакомились: 1').waitFor();
    await screen(admin, 'm13-announcements-administration');
    await adminDesk.close();
  }, 120_000);

  it('opens the messages for a director, who has no other screen', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const page = await desk.newPage();
    await page.goto(platform.system.gatewayUrl);
    await logIn(page, director.login, director.password);
    await page.getByRole('heading', { name: 'Сообщения', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Новое сообщение' }).click();
    // The administration may write to anyone of the school.
    await page.getByLabel('Найти адресата').fill('Петрова');
    await page.getByRole('checkbox', { name: /Петрова Анна — родитель: Петров Пётр/ }).waitFor();
    await desk.close();
  }, 60_000);
});
