// System test of the school year's set-up in the web client (issue #14: «the school year set-up as a
// guided path»), in a real headless Chromium against the real system: a new school's administrator
// opens the year with its periods, creates a class with its class teacher and two groups, puts the
// pupils in the groups, writes and approves the curriculum, gives the load to teachers, makes the
// timetable and plans the year's lessons from it, writes and approves the КТП — and the electronic
// inspector, which found what was missing on the way (each with a link to the step that fixes it),
// finds nothing. Then a teacher of the load writes her own КТП from the school's on «Мои КТП», and the
// deputy director, who sets the year up too (without closing periods or the people), approves it (003 §4.2). Every step is checked by axe-core and photographed.
import { eventually, headlessChromium } from '@ejournal/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import { makeScreenshotsFolder, screen, signedInDesk } from './browser-pages';
import { importPeople, registerSchool, staffAccount, sharedPlatform, type Gateway } from './platform';

describe('the school year set-up in a browser', () => {
  let platform: Gateway;
  let browser: Browser;
  let schoolId: string;
  let admin: { login: string; password: string; token: string };
  let teacher: { login: string; password: string; personId: string };
  let deputy: { login: string; password: string };

  const person = async (lastName: string, firstName: string, middleName: string) => {
    const response = await platform.request('/api/v1/people', { method: 'POST', token: admin.token, body: JSON.stringify({ schoolId, kind: 'staff', lastName, firstName, middleName }) });
    if (response.status !== 201) throw new Error(`staff not created: ${response.status} ${await response.text()}`);
  };
  const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();

  beforeAll(async () => {
    makeScreenshotsFolder();
    platform = sharedPlatform();
    const operator = await platform.operatorToken();
    schoolId = await registerSchool(platform, operator, 'Школа № 35');
    admin = await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }]);
    // Her account has no role yet: the load (step 4) makes her the teacher of 5А's mathematics.
    teacher = await staffAccount(platform, operator, schoolId, [], ['Кузнецова', 'Анна', 'Сергеевна']);
    deputy = await staffAccount(platform, operator, schoolId, [{ role: 'deputy_director', schoolId }], ['Лебедева', 'Ольга', 'Игоревна']);
    await person('Смирнов', 'Игорь', 'Павлович');
    await person('Орлова', 'Елена', 'Викторовна');
    browser = await chromium.launch(headlessChromium());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('guides the administrator from a new year to a timetable the electronic inspector finds nothing wrong with', async () => {
    const { context: desk, page } = await signedInDesk(browser, platform.system.gatewayUrl, admin);

    // The year and its periods: the usual calendar offered for both schemes the school's grades use (quarters, half-years).
    await page.getByRole('link', { name: 'Учебный год' }).click();
    await page.getByRole('button', { name: 'Открыть новый учебный год' }).click();
    await page.getByLabel('Начало учебного года').fill('2026-09-01');
    await page.getByLabel('Конец учебного года').fill('2027-05-26');
    await page.getByRole('group', { name: 'Полугодия' }).waitFor();
    expect(await page.getByLabel('4 четверть: по').inputValue()).toBe('2027-05-26');
    await screen(page, '16-new-year');
    await page.getByRole('button', { name: 'Открыть учебный год' }).click();
    await page.getByRole('heading', { name: 'Настройка учебного года 2026/2027' }).waitFor();
    const steps = page.getByRole('navigation', { name: 'Шаги настройки' });
    await steps.getByText('классов нет').waitFor();
    const yearId = /\/years\/([^/]+)\/setup/.exec(page.url())![1];

    // 1. A class with its class teacher, and English in two groups.
    await page.getByLabel('Параллель').selectOption('5');
    await page.getByLabel('Литера').fill('А');
    await page.getByLabel(/^Классный руководитель/).selectOption({ label: 'Кузнецова Анна Сергеевна' });
    await page.getByRole('button', { name: 'Создать класс' }).click();
    await status(page, 'Класс 5А создан');
    for (const name of ['1 группа', '2 группа']) {
      await page.getByLabel('Предмет новой группы 5А').selectOption({ label: 'Иностранный язык (английский)' });
      await page.getByLabel('Название новой группы 5А').fill(name);
      await page.getByRole('button', { name: 'Добавить группу' }).click();
      await status(page, `группа «${name}»`);
    }
    expect(await page.getByLabel('Классный руководитель 5А').inputValue()).not.toBe('');
    // The pupils come from the school's file (its own screen, tested elsewhere).
    const classId = ((await (await platform.request(`/api/v1/years/${yearId}/classes`, { token: admin.token })).json()) as { classes: Array<{ id: string }> }).classes[0].id;
    const imported = await importPeople(platform, admin.token, schoolId, ['Фамилия,Имя,Дата рождения,Тип,Класс,Дата зачисления', `Белов,Артём,05.05.2016,ученик,${classId},01.09.2026`, `Яковлева,Дарья,17.08.2016,ученик,${classId},01.09.2026`].join('\n'));
    expect(imported.status).toBe(201);
    await eventually(async () => ((await (await platform.request(`/api/v1/classes/${classId}/roster?date=2026-09-01`, { token: admin.token })).json()).studentIds?.length === 2 ? true : undefined), 10_000, 'the roster');

    // The inspector's findings so far, each with the way to the step that fixes it.
    await page.getByRole('link', { name: /Электронный инспектор/ }).click();
    await page.getByText('нет учебного плана 5 классов').waitFor();
    await screen(page, '16b-inspector-findings');
    await page.getByRole('link', { name: 'Исправить: учебный план' }).click();
    await page.getByRole('heading', { name: 'Учебный план' }).waitFor();

    // 3. The curriculum of grade 5: mathematics 2 h, English 1 h; saved, then approved.
    for (const [subject, hours] of [['Математика', '2'], ['Иностранный язык (английский)', '1']]) {
      await page.getByRole('button', { name: 'Добавить строку плана' }).click();
      await page.getByLabel(/^Предмет, строка/).last().selectOption({ label: subject });
      await page.getByLabel(`Часов в неделю: ${subject}`).fill(hours);
    }
    await page.getByRole('button', { name: 'Сохранить учебный план' }).click();
    await status(page, 'Учебный план 5 классов сохранён (черновик)');
    await page.getByRole('button', { name: 'Утвердить учебный план 5 классов' }).click();
    await status(page, 'Учебный план 5 классов утверждён');
    await screen(page, '16c-curriculum');

    // 1 again: the inspector now misses the pupils' English groups; the administrator puts them in.
    await page.getByRole('link', { name: /Классы и группы/ }).click();
    await page.getByText(/Белов Артём не входит ни в одну группу/).waitFor();
    await page.getByRole('button', { name: 'Состав групп 5А' }).click();
    await page.getByLabel('С какой даты').fill('2026-09-01');
    await page.getByLabel('Белов Артём: группа по предмету «Иностранный язык (английский)»').selectOption({ label: '1 группа' });
    await page.getByLabel('Яковлева Дарья: группа по предмету «Иностранный язык (английский)»').selectOption({ label: '2 группа' });
    await page.getByRole('button', { name: 'Сохранить состав групп 5А' }).click();
    await status(page, '5А: состав групп сохранён');
    await eventually(async () => ((await page.getByText(/не входит ни в одну группу/).count()) === 0 ? true : undefined), 10_000, 'the group finding gone');
    await screen(page, '16d-classes');

    // 4. The load: a line for each subject (each group) of the curriculum; the administrator picks the teachers.
    await page.getByRole('link', { name: /Нагрузка учителей/ }).click();
    await page.getByLabel('Учитель: 5А, Математика').selectOption({ label: 'Кузнецова Анна Сергеевна' });
    await page.getByLabel('Учитель: 5А, Иностранный язык (английский), 1 группа').selectOption({ label: 'Смирнов Игорь Павлович' });
    await page.getByLabel('Учитель: 5А, Иностранный язык (английский), 2 группа').selectOption({ label: 'Орлова Елена Викторовна' });
    await page.getByRole('button', { name: 'Сохранить нагрузку' }).click();
    await status(page, 'Нагрузка сохранена: назначений 3');
    await screen(page, '16e-load');

    // 5. The timetable from the load: mathematics on Monday and Wednesday, both English groups on Thursday; then the year's lessons.
    await page.getByRole('link', { name: /Расписание и уроки/ }).click();
    await page.getByLabel('Понедельник, 1-й урок', { exact: true }).selectOption({ label: 'Математика — Кузнецова Анна Сергеевна' });
    await page.getByLabel('Среда, 1-й урок', { exact: true }).selectOption({ label: 'Математика — Кузнецова Анна Сергеевна' });
    await page.getByLabel('Четверг, 2-й урок', { exact: true }).selectOption({ label: 'Иностранный язык (английский), все группы (1 группа — Смирнов Игорь Павлович; 2 группа — Орлова Елена Викторовна)' });
    await page.getByText('Математика — Кузнецова Анна Сергеевна: в расписании 2 из 2 ч').waitFor();
    await page.getByRole('button', { name: 'Сохранить расписание 5А' }).click();
    await status(page, 'Расписание 5А сохранено на весь год');
    await page.getByRole('button', { name: 'Запланировать уроки 5А' }).click();
    await status(page, /5А: запланировано уроков — \d+/);
    const planned = Number(/запланировано уроков — (\d+)/.exec(await page.getByRole('status').filter({ hasText: 'запланировано' }).innerText())![1]);
    // 4 lessons a week (a split slot is two lessons) over the year's study weeks, less holidays.
    expect(planned).toBeGreaterThan(100);
    await screen(page, '16f-timetable');

    // 6. The КТП of the school: mathematics 68 h (2 h × 34 weeks) and English 34 h, a topic a line; then approved.
    await page.getByRole('link', { name: /^6\. КТП/ }).click();
    await page.getByRole('heading', { name: 'Календарно-тематические планы' }).waitFor();
    await page.getByRole('row', { name: /5 классы, Математика\s+68\s+нет КТП/ }).waitFor();
    for (const [subject, topics] of [['Математика', 34], ['Иностранный язык (английский)', 17]] as const) {
      await page.getByRole('button', { name: `Составить КТП школы: 5 классы, ${subject}` }).click();
      await page.getByLabel(/^Темы КТП школы/).fill(Array.from({ length: topics }, (_, index) => `Тема ${index + 1}; 2`).join('\n'));
      await page.getByRole('button', { name: 'Сохранить КТП' }).click();
      await page.getByRole('button', { name: `Утвердить КТП школы: 5 классы, ${subject}` }).click();
      await status(page, `КТП утверждено: «${subject}», 5 классы`);
    }
    await screen(page, '16g-plans');

    // 7. Nothing left for the inspector; every step is done.
    await page.getByRole('link', { name: /Электронный инспектор/ }).click();
    await page.getByText(/Замечаний нет на \d\d\.\d\d\.\d{4}/).waitFor();
    expect(await steps.locator('li.todo').count()).toBe(0);
    await screen(page, '16h-inspector-clean');

    // The lessons are where the teachers see them: the first full week of the year.
    const lessons = (await (await platform.request(`/api/v1/classes/${classId}/lessons?week=2026-09-07`, { token: admin.token })).json()) as { lessons: Array<{ date: string; subjectId: string; groupId: string }> };
    expect(lessons.lessons.map((lesson) => [lesson.date, lesson.subjectId, Boolean(lesson.groupId)])).toEqual([
      ['2026-09-07', 'math', false],
      ['2026-09-09', 'math', false],
      ['2026-09-10', 'eng', true],
      ['2026-09-10', 'eng', true],
    ]);

    // The teacher's own КТП of mathematics: begun from the school's, its first topic changed; a draft until approved.
    const { context: lectern, page: teacherPage } = await signedInDesk(browser, platform.system.gatewayUrl, teacher);
    await teacherPage.getByRole('link', { name: 'мои КТП' }).click();
    await teacherPage.getByRole('heading', { name: 'Мои КТП' }).waitFor();
    const mathRow = teacherPage.getByRole('row', { name: /^5 классы, Математика/ });
    await mathRow.getByText('КТП школы', { exact: true }).waitFor();
    expect(await mathRow.innerText()).toMatch(/5А\s+68\s+КТП школы\s+не составлено/);
    // Her load has no English: that row is not hers.
    expect(await teacherPage.getByRole('row', { name: /Иностранный язык/ }).count()).toBe(0);
    await teacherPage.getByRole('button', { name: 'Составить своё КТП: 5 классы, Математика' }).click();
    const topics = teacherPage.getByLabel(/^Темы вашего КТП/);
    expect((await topics.inputValue()).split('\n')).toHaveLength(34);
    await topics.fill(['Повторение; 2', ...Array.from({ length: 33 }, (_, index) => `Тема ${index + 2}; 2`)].join('\n'));
    await teacherPage.getByRole('button', { name: 'Сохранить КТП' }).click();
    await status(teacherPage, 'Ваше КТП сохранено (черновик): 5 классы, Математика');
    await mathRow.getByText(/68 ч, 34 тем — черновик, ждёт утверждения/).waitFor();
    await screen(teacherPage, '16i-teacher-plans');

    // The deputy director (завуч) sets the year up as the administrator does, and approves it in the КТП step; the journal
    // follows it from then on. Closing periods, the pupils and the groups' members stay the administrator's: not offered to her.
    const { context: office, page: deputyPage } = await signedInDesk(browser, platform.system.gatewayUrl, deputy);
    await deputyPage.getByRole('heading', { name: 'Учебные годы и периоды' }).waitFor();
    await deputyPage.getByRole('row', { name: /1 четверть/ }).first().waitFor();
    expect(await deputyPage.getByRole('button', { name: /^Закрыть/ }).count()).toBe(0);
    await deputyPage.getByRole('link', { name: /^Настройка года 2026\/2027/ }).click();
    await deputyPage.getByText('Состав групп меняет администратор школы.').waitFor();
    expect(await deputyPage.getByRole('button', { name: 'Состав групп 5А' }).count()).toBe(0);
    await deputyPage.getByRole('link', { name: /^2\. Ученики/ }).click();
    await deputyPage.getByText(/загружает из файла и зачисляет в классы администратор школы/).waitFor();
    expect(await deputyPage.getByRole('link', { name: 'Загрузить людей из файла' }).count()).toBe(0);
    await deputyPage.getByRole('link', { name: /^6\. КТП/ }).click();
    await deputyPage.getByText(/КТП учителя Кузнецова Анна Сергеевна: 68 ч, 34 тем — черновик/).waitFor();
    await deputyPage.getByRole('button', { name: 'Утвердить КТП учителя Кузнецова Анна Сергеевна: 5 классы, Математика' }).click();
    await status(deputyPage, 'КТП утверждено: «Математика», 5 классы, Кузнецова Анна Сергеевна');
    await screen(deputyPage, '16j-deputy-plans');
    await office.close();
    await teacherPage.reload();
    await mathRow.getByText('вашему КТП', { exact: true }).waitFor();
    await mathRow.getByText('утверждено').waitFor();
    const plans = (await (await platform.request(`/api/v1/years/${yearId}/thematic-plans`, { token: admin.token })).json()) as { plans: Array<{ teacherId: string; subjectId: string; status: string; topics: Array<{ title: string }> }> };
    const own = plans.plans.find((plan) => plan.teacherId === teacher.personId);
    expect([own?.subjectId, own?.status, own?.topics[0].title]).toEqual(['math', 'approved', 'Повторение']);
    await lectern.close();
    await desk.close();
  }, 300_000);
});
