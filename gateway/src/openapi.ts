import { messageSchemas } from '@ejournal/contracts';
import { ROLES } from '@ejournal/kit';
import type { Express } from 'express';
import { describedPaths, servedRoutes, type Operation } from './api-description';
const problems = (...codes: number[]) => Object.fromEntries(codes.map((code) => [String(code), { $ref: '#/components/responses/Problem' }]));
/** An answer of a proto message's shape (its schema comes from the .proto file: libs/contracts messageSchemas). */
const message = (description: string, fullName: string) => ({ description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${fullName}` } } } });
const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const id = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });

// Shapes of the curriculum routes (camelCase fields as in ejournal.curriculum.v1; dates "YYYY-MM-DD"; enums by name).
const str = (description: string) => ({ type: 'string', description });
const int = (description: string) => ({ type: 'integer', description });
const num = (description: string) => ({ type: 'number', description });
const bool = (description: string) => ({ type: 'boolean', description });
const day = (description: string) => ({ type: 'string', format: 'date', description });
const list = (items: object, description?: string) => ({ type: 'array', items, ...(description ? { description } : {}) });
const obj = (properties: Record<string, object>, required: string[] = Object.keys(properties)) => ({ type: 'object', required, properties });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const answer = (description: string, schema: string) => ({ description, content: { 'application/json': { schema: ref(schema) } } });
const uuid = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string', format: 'uuid' } });
const inQuery = (name: string, description: string, schema: object = { type: 'string', format: 'uuid' }) => ({ name, in: 'query', required: false, description, schema });
const week = inQuery('week', 'любая дата недели, ГГГГ-ММ-ДД', { type: 'string', format: 'date' });
const csvBody = (columns: string) => ({ required: true, content: { 'text/csv': { schema: { type: 'string', description: `UTF-8; ${columns}` } } } });
const periodScheme = { type: 'string', enum: ['QUARTERS', 'TRIMESTERS', 'HALF_YEARS'] };
const reportRange = [inQuery('from', 'начало интервала, ГГГГ-ММ-ДД (по умолчанию за 4 недели до конца)', { type: 'string', format: 'date' }), inQuery('to', 'конец интервала включительно, ГГГГ-ММ-ДД (по умолчанию сегодня)', { type: 'string', format: 'date' })];
const reportFormat = inQuery('format', 'json (по умолчанию), csv (UTF-8, «;») или xlsx — с русскими заголовками', { type: 'string', enum: ['json', 'csv', 'xlsx'] });
const reportAnswer = (description: string, fullName: string) => ({ description, content: { ...message(description, fullName).content, 'text/csv': { schema: { type: 'string' } }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } } } });


const curriculumSchemas = {
  SchoolSettings: obj(
    {
      periodSchemes: list(obj({ fromGrade: int('с класса'), toGrade: int('по класс'), scheme: periodScheme }), 'схема периодов (четверти, триместры, полугодия) по параллелям'),
      lowestMark: int('низшая отметка'),
      highestMark: int('высшая отметка'),
      workKinds: list(
        obj({ code: str('код: латиница, цифры, дефис'), name: str('название'), weight: num('вес в средневзвешенном'), written: bool('письменная работа'), markingDays: int('срок выставления отметок, дней'), workingDays: bool('срок в рабочих днях') }, ['code', 'name', 'weight', 'markingDays']),
        'виды работ',
      ),
      rounding: obj({ fiveFrom: num('«5» со среднего'), fourFrom: num('«4» со среднего'), threeFrom: num('«3» со среднего') }),
      workingWeekdays: list({ type: 'integer', minimum: 1, maximum: 6 }, 'учебные дни недели: 1 — понедельник'),
      holidays: list(obj({ startsOn: day('начало'), endsOn: day('конец'), name: str('название') })),
      bellSchedules: list(obj({ shift: int('смена'), bells: list(obj({ number: int('урок'), startsAt: str('ЧЧ:ММ'), endsAt: str('ЧЧ:ММ') })) }), 'звонки по сменам'),
      markCorrectionMinutes: int('минут на исправление своей отметки без согласования'),
      studyWeeksFirstGrade: int('учебных недель в 1 классе'),
      studyWeeks: int('учебных недель в остальных классах'),
      lastGrade: int('последний класс школы'),
      version: { type: 'integer', readOnly: true },
    },
    ['periodSchemes', 'lowestMark', 'highestMark', 'workKinds', 'rounding', 'workingWeekdays', 'holidays', 'bellSchedules', 'markCorrectionMinutes', 'studyWeeksFirstGrade', 'studyWeeks', 'lastGrade'],
  ),
  Lesson: {
    type: 'object',
    description: 'урок на дату',
    properties: {
      id: { type: 'string', format: 'uuid' },
      schoolId: str('школа'),
      yearId: str('учебный год'),
      periodId: str('учебный период'),
      classId: str('класс'),
      groupId: str('группа; пусто — весь класс'),
      subjectId: str('предмет'),
      teacherId: str('учитель по расписанию'),
      substituteTeacherId: str('учитель на замену, если есть'),
      roomId: str('кабинет'),
      date: day('дата'),
      number: int('номер урока'),
      startsAt: str('ЧЧ:ММ'),
      endsAt: str('ЧЧ:ММ'),
      status: { type: 'string', enum: ['planned', 'cancelled'] },
      origin: { type: 'string', enum: ['timetable', 'added'] },
      version: { type: 'integer' },
      grade: int('параллель'),
    },
  },
  Lessons: obj({ lessons: list(ref('Lesson')) }),
  ImportReport: obj({ lines: int('строк'), classesCreated: int('создано классов'), studentsEnrolled: int('зачислено учеников'), timetablesSet: int('задано расписаний'), errors: list(obj({ line: int('строка'), message: str('что не так') })), applied: bool('загрузка выполнена (иначе ничего не сохранено)') }),
};

const read = (...codes: number[]) => problems(401, 404, ...codes);
const change = (...codes: number[]) => problems(400, 401, 403, 404, 409, ...codes);

/** The curriculum service's routes (policy actions in brackets). */
const curriculumPaths: Record<string, Record<string, Operation>> = {
  '/api/v1/schools/{schoolId}/settings': {
    get: { summary: 'Настройки школы: периоды, шкала и виды работ, учебные дни, каникулы, звонки (schedule.read)', parameters: [uuid('schoolId')], responses: { '200': answer('настройки', 'SchoolSettings'), ...read() } },
    put: { summary: 'Заменить настройки школы целиком (school.configure)', parameters: [uuid('schoolId')], responses: { '200': answer('сохранённые настройки', 'SchoolSettings'), ...change() } },
  },
  '/api/v1/schools/{schoolId}/years': {
    post: {
      summary: 'Открыть учебный год с его периодами (schedule.manage)',
      parameters: [uuid('schoolId')],
      responses: { '201': message('учебный год', 'ejournal.curriculum.v1.AcademicYear'), ...change() },
    },
    get: { summary: 'Учебные годы школы (schedule.read)', parameters: [uuid('schoolId')], responses: { '200': message('{ years }', 'ejournal.curriculum.v1.AcademicYears'), ...read() } },
  },
  '/api/v1/years/{yearId}': { get: { summary: 'Учебный год и его периоды (schedule.read)', parameters: [uuid('yearId')], responses: { '200': message('учебный год', 'ejournal.curriculum.v1.AcademicYear'), ...read() } } },
  '/api/v1/years/{yearId}/periods/{periodId}/close': { post: { summary: 'Закрыть учебный период (не раньше его конца; без confirm: true — 400, в тексте сколько незаполненного) (year.transition)', parameters: [uuid('yearId'), uuid('periodId')], responses: { '200': message('учебный год', 'ejournal.curriculum.v1.AcademicYear'), ...change() } } },
  '/api/v1/schools/{schoolId}/years/{yearId}/periods/{periodId}/readiness': {
    get: {
      summary: 'Перед закрытием периода: что не заполнено — уроки без темы (с датами), ученики без итоговой, нерассмотренные запросы на изменение; по страницам журнала и всего (year.transition)',
      parameters: [uuid('schoolId'), uuid('yearId'), uuid('periodId')],
      responses: { '200': message('незаполненное за период', 'ejournal.gradebook.v1.ClosureReadiness'), ...read(403) },
    },
  },
  '/api/v1/schools/{schoolId}/catalogue': { get: { summary: 'Предметы (региональный каталог и свои), кабинеты, учебники (schedule.read)', parameters: [uuid('schoolId')], responses: { '200': message('{ schoolId, subjects, rooms, textbooks }', 'ejournal.curriculum.v1.Catalogue'), ...read() } } },
  '/api/v1/schools/{schoolId}/subjects': { post: { summary: 'Добавить свой предмет школы (schedule.manage)', parameters: [uuid('schoolId')], responses: { '201': message('предмет', 'ejournal.curriculum.v1.Subject'), ...change() } } },
  '/api/v1/schools/{schoolId}/rooms': { post: { summary: 'Добавить кабинет (schedule.manage)', parameters: [uuid('schoolId')], responses: { '201': message('кабинет', 'ejournal.curriculum.v1.Room'), ...change() } } },
  '/api/v1/schools/{schoolId}/textbooks': {
    post: { summary: 'Добавить учебник (schedule.manage)', parameters: [uuid('schoolId')], responses: { '201': message('учебник', 'ejournal.curriculum.v1.Textbook'), ...change() } },
  },
  '/api/v1/years/{yearId}/classes': {
    post: { summary: 'Создать класс (schedule.manage)', parameters: [uuid('yearId')], responses: { '201': message('класс', 'ejournal.curriculum.v1.SchoolClass'), ...change() } },
    get: { summary: 'Классы учебного года (schedule.read)', parameters: [uuid('yearId')], responses: { '200': message('{ classes }', 'ejournal.curriculum.v1.SchoolClasses'), ...read() } },
  },
  '/api/v1/classes/{classId}': { get: { summary: 'Класс и его группы (schedule.read)', parameters: [uuid('classId')], responses: { '200': message('класс', 'ejournal.curriculum.v1.SchoolClass'), ...read() } } },
  '/api/v1/classes/{classId}/class-teacher': { put: { summary: 'Назначить классного руководителя (schedule.manage)', parameters: [uuid('classId')], responses: { '200': message('класс', 'ejournal.curriculum.v1.SchoolClass'), ...change() } } },
  '/api/v1/classes/{classId}/groups': { post: { summary: 'Создать группу класса для предмета с делением (schedule.manage)', parameters: [uuid('classId')], responses: { '201': message('класс с новой группой', 'ejournal.curriculum.v1.SchoolClass'), ...change() } } },
  '/api/v1/years/{yearId}/curriculum/{grade}': {
    put: {
      summary: 'Задать учебный план параллели (schedule.manage)',
      parameters: [uuid('yearId'), { name: 'grade', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 12 } }],
      responses: { '200': message('учебный план (черновик)', 'ejournal.curriculum.v1.Curriculum'), ...change() },
    },
    get: { summary: 'Учебный план параллели (schedule.read)', parameters: [uuid('yearId'), { name: 'grade', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 12 } }], responses: { '200': message('учебный план', 'ejournal.curriculum.v1.Curriculum'), ...read() } },
  },
  '/api/v1/years/{yearId}/curriculum/{grade}/approve': {
    post: { summary: 'Утвердить учебный план параллели (schedule.manage)', parameters: [uuid('yearId'), { name: 'grade', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 12 } }], responses: { '200': message('утверждённый учебный план', 'ejournal.curriculum.v1.Curriculum'), ...change() } },
  },
  '/api/v1/years/{yearId}/load': {
    put: {
      summary: 'Задать педагогическую нагрузку на год целиком (schedule.manage)',
      parameters: [uuid('yearId')],
      responses: { '200': message('нагрузка', 'ejournal.curriculum.v1.TeacherLoad'), ...change() },
    },
    get: { summary: 'Нагрузка (учитель — своя) (load.read)', parameters: [uuid('yearId'), inQuery('teacherId', 'только этого учителя')], responses: { '200': message('нагрузка', 'ejournal.curriculum.v1.TeacherLoad'), ...read(400) } },
  },
  '/api/v1/classes/{classId}/timetable': {
    put: {
      summary: 'Задать недельное расписание класса на срок; с validFrom заменяет прежнее (schedule.manage)',
      parameters: [uuid('classId')],
      responses: { '200': message('расписания класса', 'ejournal.curriculum.v1.ClassTimetable'), ...change() },
    },
    get: { summary: 'Недельные расписания класса (schedule.read)', parameters: [uuid('classId')], responses: { '200': message('расписания класса', 'ejournal.curriculum.v1.ClassTimetable'), ...read() } },
  },
  '/api/v1/classes/{classId}/lessons/generate': {
    post: { summary: 'Запланировать уроки класса по расписанию (весь год, если даты не указаны; повтор ничего не меняет) (schedule.manage)', parameters: [uuid('classId')], responses: { '200': message('{ planned, cancelled, unchanged }', 'ejournal.curriculum.v1.GenerateLessonsResult'), ...change() } },
  },
  '/api/v1/classes/{classId}/lessons': {
    get: { summary: 'Уроки класса за неделю (schedule.read)', parameters: [uuid('classId'), week], responses: { '200': answer('уроки', 'Lessons'), ...read(400) } },
    post: {
      summary: 'Добавить урок вне расписания (schedule.manage)',
      parameters: [uuid('classId')],
      responses: { '201': answer('урок', 'Lesson'), ...change() },
    },
  },
  '/api/v1/classes/{classId}/subjects/{subjectId}/lessons': {
    get: { summary: 'Уроки предмета в классе (за период или за год) (schedule.read)', parameters: [uuid('classId'), id('subjectId'), inQuery('periodId', 'учебный период')], responses: { '200': answer('уроки', 'Lessons'), ...read(400) } },
  },
  '/api/v1/schools/{schoolId}/teachers/{teacherId}/lessons': { get: { summary: 'Уроки учителя за неделю, с заменами (schedule.read)', parameters: [uuid('schoolId'), uuid('teacherId'), week], responses: { '200': answer('уроки', 'Lessons'), ...read(400) } } },
  '/api/v1/schools/{schoolId}/students/{studentId}/timetable': {
    get: { summary: 'Расписание ученика за неделю (персонал школы; родитель — своего ребёнка; ученик — своё) (schedule.read)', parameters: [uuid('schoolId'), uuid('studentId'), week], responses: { '200': answer('уроки', 'Lessons'), ...read(400) } },
  },
  '/api/v1/lessons/{lessonId}': { get: { summary: 'Урок (schedule.read)', parameters: [uuid('lessonId')], responses: { '200': answer('урок', 'Lesson'), ...read() } } },
  '/api/v1/lessons/{lessonId}/move': {
    post: { summary: 'Перенести урок (schedule.manage)', parameters: [uuid('lessonId')], responses: { '200': answer('урок', 'Lesson'), ...change() } },
  },
  '/api/v1/lessons/{lessonId}/cancel': { post: { summary: 'Отменить урок (schedule.manage)', parameters: [uuid('lessonId')], responses: { '200': answer('урок', 'Lesson'), ...change() } } },
  // The class journal (gradebook).
  '/api/v1/classes/{classId}/subjects/{subjectId}/periods/{periodId}/journal': {
    get: { summary: 'Страница журнала: уроки с темами и заданиями, ученики, отметки, итоговые и предложения (journal.read)', parameters: [uuid('classId'), id('subjectId'), uuid('periodId'), inQuery('groupId', 'группа (для разделённого предмета)')], responses: { '200': message('страница журнала', 'ejournal.gradebook.v1.JournalPage'), ...problems(401, 404) } },
  },
  '/api/v1/lessons/{lessonId}/record': {
    put: { summary: 'Тема, домашнее задание («без задания»), индивидуальные задания, замечания, отметка о проведении (journal.edit: учитель урока или замена)', parameters: [uuid('lessonId')], responses: { '200': message('запись урока', 'ejournal.gradebook.v1.LessonRecord'), ...change() } },
  },
  '/api/v1/lessons/{lessonId}/marks': {
    post: { summary: 'Отметки класса за урок одним запросом (journal.edit)', parameters: [uuid('lessonId')], responses: { '201': message('{ marks }', 'ejournal.gradebook.v1.SetMarksResult'), ...change() } },
  },
  '/api/v1/lessons/{lessonId}/marks/{markId}/corrections': {
    post: { summary: 'Исправить или удалить отметку: сразу в окне исправления, иначе — запрос администратору (202)', parameters: [uuid('lessonId'), uuid('markId')], responses: { '200': json('{ mark }'), '202': json('{ changeRequest }'), ...change() } },
  },
  '/api/v1/lessons/{lessonId}/change-requests/{requestId}/decision': {
    post: { summary: 'Решение администратора по запросу на изменение отметки (mark-change.decide)', parameters: [uuid('lessonId'), uuid('requestId')], responses: { '200': message('запрос на изменение', 'ejournal.gradebook.v1.ChangeRequest'), ...change() } },
  },
  '/api/v1/classes/{classId}/subjects/{subjectId}/periods/{periodId}/finals/{studentId}': {
    put: { summary: 'Итоговая отметка за период (учитель страницы; причина, если отличается от предложенной)', parameters: [uuid('classId'), id('subjectId'), uuid('periodId'), uuid('studentId'), inQuery('groupId', 'группа')], responses: { '200': message('итоговая отметка', 'ejournal.gradebook.v1.Final'), ...change() } },
  },
  '/api/v1/classes/{classId}/subjects/{subjectId}/years/{yearId}/finals': {
    get: { summary: 'Годовые и экзаменационные отметки с четвертными (полугодовыми) и предложением годовой (journal.read)', parameters: [uuid('classId'), id('subjectId'), uuid('yearId'), inQuery('groupId', 'группа')], responses: { '200': message('годовые и экзаменационные', 'ejournal.gradebook.v1.YearFinals'), ...problems(401, 404) } },
  },
  '/api/v1/classes/{classId}/subjects/{subjectId}/periods/{periodId}/final-change-requests/{studentId}': {
    post: { summary: 'Запрос на изменение итоговой отметки закрытого периода (решает администратор)', parameters: [uuid('classId'), id('subjectId'), uuid('periodId'), uuid('studentId'), inQuery('groupId', 'группа')], responses: { '201': message('запрос на изменение итоговой', 'ejournal.gradebook.v1.FinalChangeRequest'), ...change() } },
  },
  '/api/v1/classes/{classId}/subjects/{subjectId}/years/{yearId}/final-change-requests/{studentId}': {
    post: { summary: 'Запрос на изменение годовой или экзаменационной отметки закрытого года', parameters: [uuid('classId'), id('subjectId'), uuid('yearId'), uuid('studentId'), inQuery('groupId', 'группа')], responses: { '201': message('запрос на изменение итоговой', 'ejournal.gradebook.v1.FinalChangeRequest'), ...change() } },
  },
  '/api/v1/journal-pages/{pageId}/final-change-requests/{requestId}/decision': {
    post: { summary: 'Решение администратора по запросу на изменение итоговой отметки (mark-change.decide)', parameters: [uuid('pageId'), uuid('requestId')], responses: { '200': message('запрос на изменение итоговой', 'ejournal.gradebook.v1.FinalChangeRequest'), ...change() } },
  },
  '/api/v1/classes/{classId}/subjects/{subjectId}/years/{yearId}/finals/{studentId}': {
    put: { summary: 'Годовая (year) или экзаменационная (exam) отметка; причина, если годовая отличается от предложенной', parameters: [uuid('classId'), id('subjectId'), uuid('yearId'), uuid('studentId'), inQuery('groupId', 'группа')], responses: { '200': message('итоговая отметка', 'ejournal.gradebook.v1.Final'), ...change() } },
  },
  '/api/v1/lessons/{lessonId}/homework/files': {
    post: { summary: 'Приложить файл к домашнему заданию (до 5 МБ: PDF, DOC(X), XLS(X), PPT(X), ODT, TXT, JPEG, PNG, MP3) (journal.edit)', parameters: [uuid('lessonId'), { name: 'name', in: 'query', required: true, schema: { type: 'string' } }], requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, responses: { '201': message('файл задания', 'ejournal.gradebook.v1.HomeworkFile'), ...change(413) } },
  },
  '/api/v1/lessons/{lessonId}/homework/files/{fileId}': {
    get: { summary: 'Файл домашнего задания (страница журнала урока; ученик класса и его родители)', parameters: [uuid('lessonId'), uuid('fileId')], responses: { '200': { description: 'файл', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, ...problems(401, 404) } },
  },
  // The diary (parents, students, interested persons).
  '/api/v1/students/{studentId}/diary/week': {
    get: { summary: 'Дневник: неделя — уроки, темы, домашние задания с файлами, отметки, пропуски (diary.read)', parameters: [uuid('studentId'), week], responses: { '200': message('неделя дневника', 'ejournal.diary.v1.WeekPage'), ...problems(400, 401, 404) } },
  },
  '/api/v1/students/{studentId}/diary/marks': {
    get: { summary: 'Текущие отметки по предметам за период со средним взвешенным (diary.read)', parameters: [uuid('studentId'), inQuery('periodId', 'период')], responses: { '200': message('текущие отметки', 'ejournal.diary.v1.CurrentMarks'), ...problems(400, 401, 404) } },
  },
  '/api/v1/students/{studentId}/diary/finals': {
    get: { summary: 'Итоговые отметки: за периоды, год, экзамены (diary.read)', parameters: [uuid('studentId')], responses: { '200': message('итоговые отметки', 'ejournal.diary.v1.Finals'), ...problems(401, 404) } },
  },
  '/api/v1/students/{studentId}/diary/teachers': {
    get: { summary: 'Учителя ученика по предметам (diary.read)', parameters: [uuid('studentId'), week], responses: { '200': message('учителя ученика', 'ejournal.diary.v1.Teachers'), ...problems(401, 404) } },
  },
  '/api/v1/students/{studentId}/diary/attendance': {
    get: { summary: 'Пропуски за месяц по причинам и список пропущенных уроков (diary.read)', parameters: [uuid('studentId'), inQuery('month', 'месяц ГГГГ-ММ', { type: 'string' })], responses: { '200': message('посещаемость', 'ejournal.diary.v1.AttendanceSummary'), ...problems(400, 401, 404) } },
  },
  '/api/v1/classes/{classId}/diary-readers': {
    get: { summary: 'Кто открывал дневники учеников класса за месяц (классный руководитель, администрация)', parameters: [uuid('classId'), inQuery('month', 'месяц ГГГГ-ММ', { type: 'string' })], responses: { '200': message('читатели дневника', 'ejournal.diary.v1.DiaryReaders'), ...problems(400, 401, 404) } },
  },
  '/api/v1/classes/{classId}/progress-letters': {
    get: {
      summary: 'Информационные письма родителям за неделю или месяц (не длиннее 31 дня): PDF A4, по листу на ученика — отметки, пропуски, домашние задания, место для подписи (letters.print)',
      parameters: [uuid('classId'), { name: 'from', in: 'query', required: true, description: 'начало периода, ГГГГ-ММ-ДД', schema: { type: 'string', format: 'date' } }, { name: 'to', in: 'query', required: true, description: 'конец периода (включительно), ГГГГ-ММ-ДД', schema: { type: 'string', format: 'date' } }],
      responses: { '200': { description: 'письма (PDF)', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...problems(400, 401, 404, 409) },
    },
  },
  '/api/v1/schools/{schoolId}/archive/records': {
    get: {
      summary: 'Архив закрытых периодов школы: подписанные записи страниц журнала, ведомостей посещаемости и сводных ведомостей, новые первыми; изменения после закрытия — отдельными записями, ссылающимися на прежнюю (archive.read: администрация школы, учитель — своих страниц, классный руководитель — своего класса)',
      parameters: [uuid('schoolId'), inQuery('periodId', 'период (или year:<id года> для сводных ведомостей)', { type: 'string' }), inQuery('classId', 'класс'), inQuery('kind', 'journal-page (страница журнала), attendance-sheet (посещаемость класса за период) или summary-sheet (сводная ведомость года)', { type: 'string', enum: ['journal-page', 'attendance-sheet', 'summary-sheet'] })],
      responses: { '200': message('записи архива', 'ejournal.archive.v1.RecordList'), ...read(400) },
    },
  },
  '/api/v1/schools/{schoolId}/archive/archivings': {
    get: { summary: 'Как прошла архивация каждого закрытого периода: ожидает, готово, сколько записей, последняя ошибка (archive.read)', parameters: [uuid('schoolId')], responses: { '200': message('архивации', 'ejournal.archive.v1.Archivings'), ...read() } },
  },
  '/api/v1/schools/{schoolId}/archive/keys/rotation': {
    post: { summary: 'Сменить архивный ключ школы: прежний перестаёт подписывать, подписанное им по-прежнему проверяется (archive.manage)', parameters: [uuid('schoolId')], responses: { '201': message('ключи школы', 'ejournal.archive.v1.ArchiveKeys'), ...change() } },
  },
  '/api/v1/archive/keys': {
    get: { summary: 'Открытые архивные ключи школ со сроками действия: ими любой проверяет файл записи (node services/archive/dist/verify-cli.js <файл> <ключи>)', security: [], parameters: [inQuery('schoolId', 'только ключи этой школы')], responses: { '200': message('ключи', 'ejournal.archive.v1.ArchiveKeys'), ...problems(400) } },
  },
  '/api/v1/archive/records/{hash}': {
    get: { summary: 'Файл записи архива (JSON: record, sha256, signature) — для хранения и проверки без платформы; чтение записывается в журнал обращений (archive.read)', parameters: [id('hash')], responses: { '200': json('файл записи'), ...read() } },
  },
  '/api/v1/archive/records/{hash}/summary': {
    get: { summary: 'Сведения о записи архива: что это, когда заархивирована, до какого дня хранится, удержание (archive.read)', parameters: [id('hash')], responses: { '200': message('запись', 'ejournal.archive.v1.RecordSummary'), ...read() } },
  },
  '/api/v1/archive/records/{hash}/verification': {
    get: { summary: 'Проверка записи архива: содержимое не изменено, подпись верна, ключ действовал в момент подписи, кем подписана (archive.read)', parameters: [id('hash')], responses: { '200': message('проверка', 'ejournal.archive.v1.Verification'), ...read() } },
  },
  '/api/v1/archive/records/{hash}/printout': {
    get: { summary: 'Печатная форма записи (PDF A4): страница журнала — ученики × даты с отметками и пропусками, итоговые, темы и домашние задания, изменения; сводная ведомость; отпечаток SHA-256 и адрес проверки на каждом листе (archive.read)', parameters: [id('hash')], responses: { '200': { description: 'печатная форма (PDF)', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...read() } },
  },
  '/api/v1/archive/records/{hash}/hold': {
    post: { summary: 'Удержать запись сверх срока хранения (основание обязательно) или снять удержание (archive.manage)', parameters: [id('hash')], responses: { '200': message('запись', 'ejournal.archive.v1.RecordSummary'), ...change() } },
  },
  '/api/v1/archive/verification': {
    post: { summary: 'Проверить файл записи, который у вас есть: тело запроса — файл как его отдаёт GET /api/v1/archive/records/{hash} (до 8 МБ)', requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: 'файл записи архива: record, sha256, signature' } } } }, responses: { '200': message('проверка', 'ejournal.archive.v1.Verification'), ...problems(400, 401, 413) } },
  },
  '/api/v1/schools/{schoolId}/reports/filling': {
    get: {
      summary: 'Контроль заполнения журнала за интервал (002 §3.6, 003 §4.2): по учителям и по классам × предметам — проведено уроков, без темы и без домашнего задания после срока (день урока, 21:00), тема внесена с опозданием, учеников без отметок и с одной отметкой в периоде, отметки с опозданием; выполнение программы с начала года по конец интервала (planHours — часы утверждённого КТП, 0 — КТП не утверждено; lessonsGiven — проведено уроков; lessonsLeft — осталось в расписании; lessonsShort — не хватает уроков до часов КТП); openChangeRequests — запросы на исправление отметок, ждущие решения администрации (004 §4.1), по учителю и по странице, на текущий момент; уроки без темы после срока; доля учителей, заполнивших журнал вовремя, по неделям; момент, по который учтены данные (reports.filling: администрация школы, учитель — свои уроки, региональный оператор)',
      parameters: [uuid('schoolId'), ...reportRange, reportFormat],
      responses: { '200': reportAnswer('контроль заполнения', 'ejournal.reports.v1.FillingControl'), ...read(400) },
    },
  },
  '/api/v1/classes/{classId}/reports/summary': {
    get: {
      summary: 'Сводная ведомость класса за период (003 §4.1, 004 §4.2.4): ученики × предметы — средний балл, предлагаемая итоговая по правилу журнала, выставленная итоговая; пропуски; списки: с «2», с одной «3», отличники, группа риска (reports.class: классный руководитель класса, администрация школы)',
      parameters: [uuid('classId'), inQuery('periodId', 'учебный период (по умолчанию текущий)'), reportFormat],
      responses: { '200': reportAnswer('сводная ведомость', 'ejournal.reports.v1.SummarySheet'), ...read(400) },
    },
  },
  '/api/v1/schools/{schoolId}/reports/filling-chart': {
    get: {
      summary: 'Динамика заполнения журнала (002 §3.6): доля учителей, заполнивших журнал вовремя, по неделям интервала — график SVG; неделя без проведённых уроков — разрыв линии (reports.filling: администрация школы, учитель — свои уроки, региональный оператор)',
      parameters: [uuid('schoolId'), inQuery('from', 'начало, ГГГГ-ММ-ДД (по умолчанию за 4 недели до to)', { type: 'string', format: 'date' }), inQuery('to', 'конец включительно, ГГГГ-ММ-ДД (по умолчанию сегодня)', { type: 'string', format: 'date' })],
      responses: { '200': { description: 'график', content: { 'image/svg+xml': { schema: { type: 'string' } } } }, ...read(400) },
    },
  },
  '/api/v1/classes/{classId}/reports/average-chart': {
    get: {
      summary: 'Динамика среднего балла класса по неделям периода (003 §4.1): график SVG, по линии на предмет (reports.class)',
      parameters: [uuid('classId'), inQuery('periodId', 'учебный период (по умолчанию текущий)'), inQuery('subjectId', 'только этот предмет', { type: 'string' })],
      responses: { '200': { description: 'график', content: { 'image/svg+xml': { schema: { type: 'string' } } } }, ...read(400) },
    },
  },
  '/api/v1/classes/{classId}/reports/attendance': {
    get: {
      summary: 'Сводная ведомость посещаемости класса за месяц или период (003 §4.1, 004 §4.2.5): пропущенные уроки каждого ученика по причинам (Н, Б, У…) и по предметам; отменённые пропуски не считаются (reports.class)',
      parameters: [uuid('classId'), inQuery('from', 'начало, ГГГГ-ММ-ДД (по умолчанию 1-е число текущего месяца)', { type: 'string', format: 'date' }), inQuery('to', 'конец включительно, ГГГГ-ММ-ДД (по умолчанию сегодня)', { type: 'string', format: 'date' }), reportFormat],
      responses: { '200': reportAnswer('посещаемость', 'ejournal.reports.v1.AttendanceSheet'), ...read(400) },
    },
  },
  '/api/v1/classes/{classId}/reports/movements': {
    get: {
      summary: 'Движение учащихся класса за период (004 §4.2.4): кто прибыл и кто выбыл, когда, откуда и куда, по какому приказу; сколько учеников было на начало и на конец (reports.class)',
      parameters: [uuid('classId'), inQuery('periodId', 'учебный период (по умолчанию текущий в схеме класса)', { type: 'string', format: 'uuid' }), inQuery('from', 'вместо периода: начало, ГГГГ-ММ-ДД', { type: 'string', format: 'date' }), inQuery('to', 'вместо периода: конец включительно, ГГГГ-ММ-ДД', { type: 'string', format: 'date' }), reportFormat],
      responses: { '200': reportAnswer('движение учащихся', 'ejournal.reports.v1.MovementList'), ...read(400) },
    },
  },
  '/api/v1/reports/region': {
    get: {
      summary: 'Мониторинг школ региона (001 §9): по каждой школе и муниципалитету — проведено уроков, без темы и без домашнего задания после срока, доля заполненных уроков, периоды, которые закончились и не закрыты; ученики и ученики без подключённых родителей (pupils, pupilsWithoutParents — нет активной учётной записи с ролью родителя этого ученика); открытия дневника семьями за интервал и в среднем за неделю (diaryOpenings, diaryOpeningsPerWeek, pupilsOpenedPerWeek — учеников, чей дневник открывали) (reports.region: региональный оператор)',
      parameters: [inQuery('municipality', 'только этот муниципалитет', { type: 'string' }), ...reportRange, reportFormat],
      responses: { '200': reportAnswer('мониторинг', 'ejournal.reports.v1.RegionOverview'), ...problems(400, 401, 403) },
    },
  },
  '/api/v1/schools/{schoolId}/correspondents': {
    get: { summary: 'Кому вызывающий может написать в школе: родитель — учителям класса ребёнка, классному руководителю и администрации; ученик — своим учителям; учитель — ученикам и родителям своих классов и коллегам (messages.use)', parameters: [uuid('schoolId')], responses: { '200': message('адресаты', 'ejournal.messaging.v1.Correspondents'), ...read() } },
  },
  '/api/v1/messages/threads': {
    get: { summary: 'Мои переписки, новые первыми, с числом непрочитанных; q — поиск по теме, участникам и последнему сообщению (messages.use)', parameters: [inQuery('cursor', 'курсор из прежнего ответа (nextCursor)', { type: 'string' }), inQuery('limit', 'сколько, до 100', { type: 'integer' }), inQuery('q', 'поиск в своих переписках', { type: 'string' })], responses: { '200': message('переписки', 'ejournal.messaging.v1.ThreadList'), ...read(400) } },
    post: { summary: 'Начать переписку с теми, кому можно писать (иначе 404, как для несуществующего адресата) (messages.use)', responses: { '201': message('переписка', 'ejournal.messaging.v1.Thread'), ...change() } },
  },
  '/api/v1/messages/threads/{threadId}': {
    get: { summary: 'Переписка: участники, сообщения (по 50, cursor — раньше), кто прочитал (messages.use)', parameters: [uuid('threadId'), inQuery('cursor', 'earlierCursor из прежнего ответа', { type: 'string' }), inQuery('limit', 'сколько, до 100', { type: 'integer' })], responses: { '200': message('переписка', 'ejournal.messaging.v1.Thread'), ...read(400) } },
  },
  '/api/v1/messages/threads/{threadId}/messages': {
    post: { summary: 'Написать в переписку (messages.use)', parameters: [uuid('threadId')], responses: { '201': message('переписка', 'ejournal.messaging.v1.Thread'), ...change() } },
  },
  '/api/v1/messages/threads/{threadId}/files': {
    post: { summary: 'Сообщение с файлом (до 5 МБ: PDF, DOC(X), XLS(X), PPT(X), ODT, TXT, JPEG, PNG, MP3; тип проверяется по содержимому) (messages.use)', parameters: [uuid('threadId'), { name: 'name', in: 'query', required: true, schema: { type: 'string' } }], requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, responses: { '201': message('переписка', 'ejournal.messaging.v1.Thread'), ...change(413) } },
  },
  '/api/v1/messages/threads/{threadId}/files/{fileId}': {
    get: { summary: 'Файл переписки — только её участникам (messages.use)', parameters: [uuid('threadId'), uuid('fileId')], responses: { '200': { description: 'файл', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, ...read() } },
  },
  '/api/v1/messages/threads/{threadId}/read': {
    post: { summary: 'Отметить переписку прочитанной — до последнего показанного сообщения (тело { upTo: lastMessageAt }; без него — до текущего); пришедшее позже остаётся непрочитанным, остальные участники видят отметку о прочтении (messages.use)', parameters: [uuid('threadId')], responses: { '200': message('переписка', 'ejournal.messaging.v1.Thread'), ...read() } },
  },
  '/api/v1/messages/threads/{threadId}/messages/{messageId}/withdrawal': {
    post: { summary: 'Отозвать своё сообщение, пока его никто не прочитал; прочитанное остаётся (409) (messages.use)', parameters: [uuid('threadId'), uuid('messageId')], responses: { '200': message('переписка', 'ejournal.messaging.v1.Thread'), ...change() } },
  },
  '/api/v1/messages/threads/{threadId}/messages/{messageId}/report': {
    post: { summary: 'Пожаловаться на сообщение администрации школы (messages.use)', parameters: [uuid('threadId'), uuid('messageId')], responses: { '202': message('жалоба принята', 'ejournal.messaging.v1.ReportMessageResponse'), ...change() } },
  },
  '/api/v1/schools/{schoolId}/announcements': {
    get: { summary: 'Объявления школы: сотрудникам все, семье — адресованные её классам в срок показа (messages.use)', parameters: [uuid('schoolId')], responses: { '200': message('объявления', 'ejournal.messaging.v1.AnnouncementList'), ...read() } },
    post: { summary: 'Объявление школе, параллели или классу, со сроком показа и подтверждением «ознакомлен»; классный руководитель — своему классу (announcement.publish)', parameters: [uuid('schoolId')], responses: { '201': message('объявление', 'ejournal.messaging.v1.Announcement'), ...change() } },
  },
  '/api/v1/announcements/{announcementId}/confirmation': {
    post: { summary: '«Ознакомлен» с объявлением (messages.use)', parameters: [uuid('announcementId')], responses: { '200': message('объявление', 'ejournal.messaging.v1.Announcement'), ...change() } },
  },
  '/api/v1/notices': {
    get: { summary: 'Мои уведомления (оценки, пропуски, задания, итоговые, отмены уроков, сообщения), новые первыми, с состоянием доставки на почту (messages.use)', parameters: [inQuery('cursor', 'курсор из прежнего ответа (nextCursor)', { type: 'string' }), inQuery('limit', 'сколько, до 100', { type: 'integer' })], responses: { '200': message('уведомления', 'ejournal.messaging.v1.NoticeList'), ...read(400) } },
  },
  '/api/v1/notices/read': {
    post: { summary: 'Отметить уведомления прочитанными (без списка — все) (messages.use)', responses: { '200': message('уведомления', 'ejournal.messaging.v1.NoticeList'), ...change() } },
  },
  '/api/v1/notices/unread-counts': {
    get: { summary: 'Непрочитанные: сообщения, уведомления, объявления без «ознакомлен» (messages.use)', responses: { '200': message('счётчики', 'ejournal.messaging.v1.UnreadCounts'), ...read() } },
  },
  '/api/v1/notices/stream': {
    get: { summary: 'Живой поток (text/event-stream) своих сигналов «есть новое» (event: inbox, без содержания); по сигналу спросите /notices/unread-counts. Закрывается через 5 минут: переподключитесь с текущим токеном (messages.use)', responses: { '200': { description: 'поток событий', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...read() } },
  },
  '/api/v1/notices/preferences': {
    get: { summary: 'Как приходят уведомления: по видам — на почту сразу или в сводку, тихие часы, время сводки; адрес почты и его сбой (messages.use)', responses: { '200': message('настройки', 'ejournal.messaging.v1.NoticePreferences'), ...read() } },
    put: { summary: 'Изменить настройки уведомлений (виды, не названные в kinds, не меняются) (messages.use)', responses: { '200': message('настройки', 'ejournal.messaging.v1.NoticePreferences'), ...change() } },
  },
  '/api/v1/schools/{schoolId}/years/{yearId}/diary-export': {
    post: { summary: 'Полная выгрузка в дневник: фоновое задание (сверка, исправление расхождений, отчёт); одно за раз на школу (diary.export)', parameters: [uuid('schoolId'), uuid('yearId')], responses: { '202': message('ExportJob: задание; Location — где следить за ним', 'ejournal.diary.v1.ExportJob'), ...change() } },
  },
  '/api/v1/years/{yearId}/periods/{periodId}/reopen': {
    post: { summary: 'Снова открыть закрытый период (с причиной; year.transition)', parameters: [uuid('yearId'), uuid('periodId')], responses: { '200': message('закрытие периода', 'ejournal.curriculum.v1.PeriodClosure'), ...change() } },
  },
  '/api/v1/schools/{schoolId}/diary-export/jobs/{jobId}': {
    get: { summary: 'Задание выгрузки: состояние, продвижение по классам, отчёт (diary.export)', parameters: [uuid('schoolId'), uuid('jobId')], responses: { '200': message('задание выгрузки', 'ejournal.diary.v1.ExportJob'), ...problems(401, 404) } },
  },
  '/api/v1/schools/{schoolId}/diary-export/reports': {
    get: { summary: 'Отчёты выгрузок в дневник (ежемесячных, после перехода года, по запросу), новые первыми (diary.export)', parameters: [uuid('schoolId')], responses: { '200': message('отчёты выгрузки', 'ejournal.diary.v1.ExportReports'), ...problems(401, 404) } },
  },
  // Attendance.
  '/api/v1/lessons/{lessonId}/attendance': {
    put: { summary: 'Отсутствующие на уроке: Н, Б, У, О (опоздание); остальные присутствовали (journal.edit: учитель урока или замена); в закрытом периоде — 409', parameters: [uuid('lessonId')], responses: { '200': message('посещаемость урока', 'ejournal.attendance.v1.LessonAttendance'), ...change() } },
  },
  '/api/v1/lessons/{lessonId}/attendance/{studentId}/correction': {
    post: {
      summary: 'Исправить причину отсутствия по документу (absence.correct: классный руководитель); в закрытом периоде — только администратор, с причиной (absence.correct-closed), иначе 409; прежнее значение, кто и почему — в истории пропуска',
      parameters: [uuid('lessonId'), uuid('studentId')],
      responses: { '200': message('пропуск', 'ejournal.attendance.v1.Absence'), ...change() },
    },
  },
  '/api/v1/classes/{classId}/attendance': {
    get: { summary: 'Ведомость посещаемости класса за месяц с итогами по ученикам (journal.read)', parameters: [uuid('classId'), inQuery('month', 'месяц ГГГГ-ММ', { type: 'string', pattern: '^\\d{4}-\\d{2}$' })], responses: { '200': message('ведомость посещаемости за месяц', 'ejournal.attendance.v1.MonthlySheet'), ...problems(400, 401, 404) } },
  },
  '/api/v1/lessons/{lessonId}/substitution': {
    put: { summary: 'Назначить замену на урок (пустой teacherId снимает замену) (schedule.manage)', parameters: [uuid('lessonId')], responses: { '200': answer('урок', 'Lesson'), ...change() } },
  },
  '/api/v1/years/{yearId}/thematic-plans': {
    put: {
      summary: 'Задать календарно-тематический план (учитель — свой, по параллели и предмету своей нагрузки этого года; иначе 409) (thematic-plan.edit)',
      parameters: [uuid('yearId')],
      responses: { '200': message('КТП (черновик)', 'ejournal.curriculum.v1.ThematicPlan'), ...change() },
    },
    get: {
      summary: 'КТП учебного года: школы и собственные планы учителей, с часами по учебному плану и состоянием (schedule.read)',
      parameters: [uuid('yearId')],
      responses: { '200': message('КТП года', 'ejournal.curriculum.v1.ThematicPlans'), ...read() },
    },
  },
  '/api/v1/thematic-plans/{planId}': { get: { summary: 'Календарно-тематический план (schedule.read)', parameters: [uuid('planId')], responses: { '200': message('КТП', 'ejournal.curriculum.v1.ThematicPlan'), ...read() } } },
  '/api/v1/thematic-plans/{planId}/approve': { post: { summary: 'Утвердить КТП (schedule.manage)', parameters: [uuid('planId')], responses: { '200': message('утверждённый КТП', 'ejournal.curriculum.v1.ThematicPlan'), ...change() } } },
  '/api/v1/years/{yearId}/movements': {
    post: {
      summary: 'Записать движение ученика по приказу: зачисление, перевод, прибытие, выбытие, отчисление (movement.manage)',
      parameters: [uuid('yearId')],
      responses: { '201': message('движение', 'ejournal.curriculum.v1.Movement'), ...change() },
    },
  },
  '/api/v1/classes/{classId}/groups/{groupId}/students': {
    post: { summary: 'Распределить учеников в группу (переход между группами — только с начала периода) (movement.manage)', parameters: [uuid('classId'), uuid('groupId')], responses: { '200': json('состав группы'), ...change() } },
  },
  '/api/v1/classes/{classId}/roster': { get: { summary: 'Состав класса или группы на дату (идентификаторы учеников) (roster.read)', parameters: [uuid('classId'), inQuery('date', 'на дату, ГГГГ-ММ-ДД', { type: 'string', format: 'date' }), inQuery('groupId', 'группа класса')], responses: { '200': message('{ classId, groupId, date, studentIds }', 'ejournal.curriculum.v1.Roster'), ...read(400) } } },
  '/api/v1/schools/{schoolId}/students/{studentId}/history': { get: { summary: 'История движения ученика и его места в классах и группах (roster.read)', parameters: [uuid('schoolId'), uuid('studentId')], responses: { '200': message('{ studentId, movements, placements }', 'ejournal.curriculum.v1.StudentHistory'), ...read() } } },
  '/api/v1/years/{yearId}/transition': {
    post: {
      summary: 'Перевести все классы в следующий учебный год (dryRun — только план и препятствия) (year.transition)',
      parameters: [uuid('yearId')],
      responses: { '200': message('план перевода: классы, препятствия, выполнен ли', 'ejournal.curriculum.v1.TransitionPlan'), ...change() },
    },
  },
  '/api/v1/years/{yearId}/inspection': { get: { summary: 'Электронный завуч: проверка расписания, нагрузки, планов (inspection.read)', parameters: [uuid('yearId'), inQuery('onDate', 'на дату; по умолчанию — первый день года', { type: 'string', format: 'date' })], responses: { '200': message('{ yearId, onDate, findings, clean }', 'ejournal.curriculum.v1.InspectionReport'), ...read(400) } } },
  '/api/v1/years/{yearId}/imports/rosters': {
    post: { summary: 'Загрузка классов и их составов из CSV (всё или ничего) (movement.manage)', parameters: [uuid('yearId')], requestBody: csvBody('классы и ученики по строкам'), responses: { '200': answer('отчёт: загрузка выполнена', 'ImportReport'), '422': answer('отчёт: ошибки по строкам; ничего не сохранено', 'ImportReport'), ...problems(400, 401, 403, 404) } },
  },
  '/api/v1/years/{yearId}/imports/timetable': {
    post: {
      summary: 'Загрузка недельного расписания классов из CSV (всё или ничего) (schedule.manage)',
      parameters: [uuid('yearId'), inQuery('validFrom', 'действует с', { type: 'string', format: 'date' }), inQuery('validTo', 'действует по', { type: 'string', format: 'date' })],
      requestBody: csvBody('уроки недели по строкам'),
      responses: { '200': answer('отчёт: загрузка выполнена', 'ImportReport'), '422': answer('отчёт: ошибки по строкам; ничего не сохранено', 'ImportReport'), ...problems(400, 401, 403, 404) },
    },
  },
};

/**
 * What no route says of itself: summaries, query parameters, response shapes and examples, by path
 * and method. Path parameters, request bodies (from the zod schemas the routes validate with), rights
 * and security come from the routes (api-description.ts).
 */
const documentShell = {
  openapi: '3.1.0',
  info: {
    title: 'Электронный журнал и дневник — API региональной платформы',
    version: '1.0.0',
    description: 'Все маршруты, кроме /healthz, /readyz и этого документа, требуют токен доступа (Authorization: Bearer). Ошибки — документы RFC 9457 (application/problem+json).',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    schemas: {
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          instance: { type: 'string' },
          requestId: { type: 'string' },
          errors: { type: 'object', additionalProperties: { type: 'string' }, description: 'поле → что с ним не так' },
        },
      },
      School: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' },
          name: { type: 'string' },
          shortName: { type: 'string' },
          municipality: { type: 'string' },
          registeredAt: { type: 'string', format: 'date-time' },
          version: { type: 'integer' },
          identity: {
            oneOf: [{ type: 'null' }, { type: 'object', properties: { knownSince: { type: 'string', format: 'date-time' } } }],
            description: 'служба доступа уже знает о школе (получила событие curriculum.school.registered)',
          },
        },
      },
      Me: obj(
        {
          accountId: str('учётная запись'),
          personId: { type: ['string', 'null'], description: 'человек учётной записи; null — учётная запись без человека' },
          grants: list(
            obj(
              {
                role: { type: 'string', enum: ROLES.filter((role) => role !== 'service') },
                schoolId: str('школа'),
                classId: str('класс'),
                groupId: str('группа'),
                subjectId: str('предмет'),
                childId: str('ребёнок (родителя, заинтересованного лица)'),
                personId: str('сам ученик (роль ученика)'),
              },
              ['role'],
            ),
            'роли и области, где они действуют (только поля, заданные у роли)',
          ),
        },
        ['accountId', 'personId', 'grants'],
      ),
      ...curriculumSchemas,
    },
    responses: {
      Problem: { description: 'ошибка', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
    },
  },
  security: [{ bearer: [] }],
};

const writtenPaths: Record<string, Record<string, Operation>> = {
    '/healthz': {
      get: { summary: 'Состояние шлюза и всех служб', security: [], responses: { '200': { description: 'все службы работают' }, '503': { description: 'есть неработающие службы' } } },
    },
    '/readyz': { get: { summary: 'Готовность шлюза', security: [], responses: { '200': { description: 'готов' } } } },
    '/api/openapi.json': { get: { summary: 'Этот документ', security: [], responses: { '200': { description: 'OpenAPI 3.1' } } } },
    '/api/v1/schools': {
      get: {
        summary: 'Школы: региональному оператору — все школы региона по названию, остальным — свои',
        responses: { '200': json('{ schools: [школа] }'), ...problems(401, 404) },
      },
      post: {
        summary: 'Зарегистрировать школу (региональный оператор)',
        responses: {
          '201': { description: 'школа зарегистрирована', content: { 'application/json': { schema: { $ref: '#/components/schemas/School' } } } },
          '400': { $ref: '#/components/responses/Problem' },
          '401': { $ref: '#/components/responses/Problem' },
          '403': { $ref: '#/components/responses/Problem' },
          '409': { $ref: '#/components/responses/Problem' },
        },
      },
    },
    '/api/v1/me': { get: { summary: 'Кто я: учётная запись, человек и роли с их областями (из токена доступа, любой роли)', responses: { '200': answer('вызывающий (Cache-Control: no-store)', 'Me'), ...problems(401) } } },
    '/api/v1/sessions': {
      post: { summary: 'Вход по логину и паролю', security: [], responses: { '201': json('сеанс: токен доступа (10 мин) и токен обновления'), ...problems(400, 401, 403, 409, 429) } },
    },
    '/api/v1/sessions/refresh': {
      post: { summary: 'Обновить сеанс (токен обновления одноразовый; повторное использование завершает сеанс)', security: [], responses: { '200': json('новая пара токенов'), ...problems(400, 401) } },
    },
    '/api/v1/sessions/end': { post: { summary: 'Выйти', security: [], responses: { '204': { description: 'сеанс завершён' } } } },
    '/api/v1/password': {
      post: { summary: 'Сменить пароль (в том числе временный)', security: [], responses: { '204': { description: 'пароль сменён; прежние сеансы завершены' }, ...problems(400, 401, 409, 429) } },
    },
    '/api/v1/sso/login': { get: { summary: 'Вход через региональный портал (ЕСИА): перенаправление', security: [], responses: { '302': { description: 'на страницу входа портала' }, ...problems(409) } } },
    '/api/v1/sso/callback': {
      get: {
        summary: 'Возврат с портала: программе — сеанс (JSON); браузеру (Accept: text/html) — перенаправление на страницу веб-клиента /sso, которая завершает вход через POST /api/v1/sso/session',
        security: [],
        responses: { '200': json('сеанс'), '303': { description: 'браузеру: на /sso?code=…&state=…' }, ...problems(401, 403) },
      },
    },
    '/api/v1/sso/session': { post: { summary: 'Завершить вход через портал: код и state из адреса возврата (одноразовые)', security: [], responses: { '200': json('сеанс'), ...problems(400, 401, 403, 409, 429) } } },
    '/api/v1/sign-on': { get: { summary: 'Настроен ли вход через региональный портал: { enabled }', security: [], responses: { '200': json('{ enabled: true | false }') } } },
    '/.well-known/jwks.json': { get: { summary: 'Открытые ключи проверки токенов доступа', security: [], responses: { '200': { description: 'JWK Set' } } } },
    '/api/v1/signing-keys/rotate': { post: { summary: 'Сменить ключ подписи токенов (региональный оператор)', responses: { '200': { description: 'JWK Set' }, ...problems(401, 403) } } },
    '/api/v1/people': {
      post: {
        summary: 'Завести человека (и учётную запись с временным паролем, если указан логин)',
        responses: { '201': json('человек, учётная запись и временный пароль (показывается один раз)'), ...problems(400, 401, 403, 404, 409) },
      },
    },
    '/api/v1/people/{personId}': {
      get: { summary: 'Человек (в пределах прав: родитель — только свой ребёнок)', parameters: [id('personId')], responses: { '200': message('человек', 'ejournal.identity.v1.Person'), ...problems(401, 404) } },
      patch: { summary: 'Изменить ФИО и контакты (администратор; классный руководитель — ученики класса и их родители)', parameters: [id('personId')], responses: { '200': message('человек', 'ejournal.identity.v1.Person'), ...problems(400, 401, 403, 404) } },
    },
    '/api/v1/schools/{schoolId}/people': {
      get: {
        summary: 'Люди школы и их учётные записи с ролями (свои и выведенные из расписания, нагрузки, классного руководства)',
        parameters: [id('schoolId'), inQuery('query', 'часть ФИО или логина', { type: 'string' }), inQuery('kind', 'staff | student | parent', { type: 'string' }), inQuery('role', 'роль', { type: 'string' }), inQuery('classId', 'класс'), inQuery('limit', 'не больше', { type: 'integer' })],
        responses: { '200': message('{ people: [человек с accounts] }', 'ejournal.identity.v1.PeopleList'), ...problems(400, 401, 404) },
      },
    },
    '/api/v1/classes/{classId}/pupil-names': {
      get: {
        summary: 'Имена учеников класса (строки журнала) — для тех, кто ведёт или курирует класс: только ФИО',
        parameters: [id('classId')],
        responses: { '200': message('{ pupils: [{ personId, lastName, firstName, middleName }] } по алфавиту', 'ejournal.identity.v1.PupilNames'), ...problems(401, 403, 404) },
      },
    },
    '/api/v1/schools/{schoolId}/people/import': {
      post: {
        summary: 'Загрузка сотрудников, учеников и родителей из CSV (всё или ничего)',
        parameters: [id('schoolId')],
        requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string', description: 'UTF-8; столбцы: Фамилия, Имя, Отчество, Дата рождения, Тип, Класс, Логин, Телефон, Email, Ребёнок, Дата рождения ребёнка' } } } },
        responses: { '201': json('отчёт: созданные люди и учётные записи'), '422': json('отчёт: ошибки по строкам; ничего не сохранено'), ...problems(400, 401, 403, 404) },
      },
    },
    '/api/v1/accounts/{accountId}/grants': {
      post: { summary: 'Выдать роль в области', parameters: [id('accountId')], responses: { '200': message('учётная запись', 'ejournal.identity.v1.Account'), ...problems(400, 401, 403, 404, 409) } },
      delete: { summary: 'Снять роль (токены с ней перестают действовать сразу)', parameters: [id('accountId')], responses: { '200': message('учётная запись', 'ejournal.identity.v1.Account'), ...problems(400, 401, 404) } },
    },
    '/api/v1/accounts/{accountId}/revoke': { post: { summary: 'Заблокировать учётную запись (все сеансы прекращаются за секунды)', parameters: [id('accountId')], responses: { '200': message('учётная запись', 'ejournal.identity.v1.Account'), ...problems(401, 404, 409) } } },
    '/api/v1/accounts/{accountId}/password-reset': { post: { summary: 'Сбросить пароль: прежний перестаёт действовать; ответ — лист для печати с одноразовым кодом для самого человека', parameters: [id('accountId')], responses: { '201': { description: 'лист для печати (text/html)', content: { 'text/html': { schema: { type: 'string' } } } }, ...problems(401, 404, 409) } } },
    '/api/v1/password/reset': { post: { summary: 'Задать новый пароль по одноразовому коду с листа сброса', security: [], responses: { '204': { description: 'пароль задан' }, ...problems(400, 409, 429) } } },
    '/api/v1/sso/link': { post: { summary: 'Связать свою учётную запись со входом через региональный портал (ответ — куда направить браузер)', responses: { '200': json('{ authorizationUrl }'), ...problems(401, 404, 409) } } },
    '/api/v1/invitations/{invitationId}/guardian-confirmation': { post: { summary: 'Администратор подтверждает, что сотрудник — родитель ученика (тогда сотрудник может использовать код)', parameters: [id('invitationId')], responses: { '200': message('приглашение', 'ejournal.identity.v1.Invitation'), ...problems(400, 401, 403, 404, 409) } } },
    '/api/v1/accounts/{accountId}/unlock': { post: { summary: 'Снять блокировку входа после неудачных попыток', parameters: [id('accountId')], responses: { '200': message('учётная запись', 'ejournal.identity.v1.Account'), ...problems(401, 404) } } },
    '/api/v1/invitations': { post: { summary: 'Выдать код приглашения (классный руководитель — родителю или ученику; родитель — заинтересованному лицу)', responses: { '201': json('приглашение с кодом (показывается один раз)'), ...problems(400, 401, 403, 404) } } },
    '/api/v1/invitations/redeem': { post: { summary: 'Воспользоваться кодом приглашения (новая учётная запись, или с токеном — своя)', security: [], responses: { '201': json('сеанс'), ...problems(400, 409, 429) } } },
    '/api/v1/schools/{schoolId}/classes/{classId}/invitations': { get: { summary: 'Коды приглашений класса и их использование', parameters: [id('schoolId'), id('classId')], responses: { '200': message('приглашения', 'ejournal.identity.v1.Invitations'), ...problems(401, 404) } } },
    '/api/v1/children/{childId}/interested-persons/{accountId}': { delete: { summary: 'Родитель отзывает доступ заинтересованного лица', parameters: [id('childId'), id('accountId')], responses: { '204': { description: 'доступ отозван' }, ...problems(401, 404) } } },
    '/api/v1/audit': { get: { summary: 'Журнал событий безопасности (школы — администратору, всё — оператору)', parameters: [{ name: 'schoolId', in: 'query', schema: { type: 'string' } }, { name: 'limit', in: 'query', schema: { type: 'integer' } }], responses: { '200': message('записи', 'ejournal.identity.v1.AuditEntries'), ...problems(401, 404) } } },
    '/api/v1/schools/{schoolId}': {
      get: {
        summary: 'Школа',
        parameters: [{ name: 'schoolId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: {
          '200': { description: 'школа', content: { 'application/json': { schema: { $ref: '#/components/schemas/School' } } } },
          '401': { $ref: '#/components/responses/Problem' },
          '404': { $ref: '#/components/responses/Problem' },
        },
      },
    },
    ...curriculumPaths,
};

/** Request bodies of the set-up path (docs/first-school.md), as examples. */
const SCHOOL = '0b7a7a52-3b1e-4c55-9d0e-6f2a1c9e0a01';
const CLASS = '2d3e4f5a-6b7c-4d8e-9fa0-b1c2d3e4f5a6';
const TEACHER = '6b7c8d9e-af01-42c3-d4e5-f6a7b8c9d0e1';
const PUPIL = '4f5a6b7c-8d9e-4fa0-b1c2-d3e4f5a6b7c8';
const setUpExamples: Record<string, unknown> = {
  'post /api/v1/schools': { name: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 7»', shortName: 'СШ № 7', municipality: 'г. Пермь' },
  'post /api/v1/people': { schoolId: SCHOOL, kind: 'staff', lastName: 'Иванова', firstName: 'Мария', login: 'ivanova', grants: [{ role: 'school_admin', schoolId: SCHOOL }] },
  'post /api/v1/password': { login: 'ivanova', currentPassword: 'временный пароль с листа', newPassword: 'длинный пароль администратора' },
  'post /api/v1/sessions': { login: 'ivanova', password: 'длинный пароль администратора' },
  'post /api/v1/schools/{schoolId}/years': {
    startsOn: '2026-09-01',
    endsOn: '2027-05-26',
    periodSets: [
      { scheme: 'QUARTERS', periods: [{ startsOn: '2026-09-01', endsOn: '2026-10-24' }, { startsOn: '2026-11-05', endsOn: '2026-12-27' }, { startsOn: '2027-01-12', endsOn: '2027-03-21' }, { startsOn: '2027-04-01', endsOn: '2027-05-26' }] },
      { scheme: 'HALF_YEARS', periods: [{ startsOn: '2026-09-01', endsOn: '2026-12-27' }, { startsOn: '2027-01-12', endsOn: '2027-05-26' }] },
    ],
  },
  'post /api/v1/years/{yearId}/classes': { grade: 5, letter: 'А' },
  'put /api/v1/classes/{classId}/class-teacher': { teacherId: TEACHER },
  'put /api/v1/years/{yearId}/curriculum/{grade}': { lines: [{ subjectId: 'math', hoursPerWeek: 5 }, { subjectId: 'rus', hoursPerWeek: 5 }, { subjectId: 'music', hoursPerWeek: 1, passFail: true }] },
  'put /api/v1/years/{yearId}/load': { assignments: [{ teacherId: TEACHER, subjectId: 'math', classId: CLASS, hoursPerWeek: 5 }] },
  'put /api/v1/classes/{classId}/timetable': { entries: [{ weekday: 1, lessonNumber: 2, subjectId: 'math', teacherId: TEACHER }] },
  'post /api/v1/classes/{classId}/lessons/generate': { from: '2026-09-01', to: '2026-12-27' },
  'post /api/v1/invitations': { childId: PUPIL, role: 'parent' },
  'post /api/v1/invitations/redeem': { code: 'K7QF-2MXD-9PLA-4TZR', login: 'petrova.mama', password: 'пароль мамы на весь год', lastName: 'Петрова', firstName: 'Мария' },
  'put /api/v1/lessons/{lessonId}/record': { topic: 'Обыкновенные дроби', homework: '§ 12, № 3–7', remarks: [{ studentId: PUPIL, text: 'Забыл тетрадь' }] },
  'post /api/v1/lessons/{lessonId}/marks': { marks: [{ studentId: PUPIL, values: [5], workKind: 'answer', comment: 'Отличный ответ у доски' }] },
  'put /api/v1/lessons/{lessonId}/attendance': { absences: [{ studentId: PUPIL, code: 'Н' }] },
  'post /api/v1/years/{yearId}/periods/{periodId}/close': { confirm: true },
  'post /api/v1/years/{yearId}/periods/{periodId}/reopen': { reason: 'исправление ошибки в отметках, служебная записка № 3' },
  'put /api/v1/classes/{classId}/subjects/{subjectId}/periods/{periodId}/finals/{studentId}': { notAttested: true, reason: 'пропущено более половины уроков по болезни' },
};

/** The gateway's public API as served at /api/openapi.json: every route the app serves, described from the route itself. */
export function describeApi(app: Express) {
  const routes = servedRoutes(app);
  const served = new Set(routes.map((route) => `${route.method} ${route.path}`));
  const stale = Object.entries(writtenPaths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`)).filter((route) => !served.has(route));
  if (stale.length) throw new Error(`the API description names routes the gateway does not serve: ${stale.join(', ')}`);
  const unknownExamples = Object.keys(setUpExamples).filter((route) => !served.has(route));
  if (unknownExamples.length) throw new Error(`examples for routes the gateway does not serve: ${unknownExamples.join(', ')}`);
  const paths = describedPaths(routes, writtenPaths, setUpExamples);
  const messages = [...new Set([...JSON.stringify(paths).matchAll(/"#\/components\/schemas\/(ejournal\.[\w.]+)"/g)].map((match) => match[1]))];
  return { ...documentShell, components: { ...documentShell.components, schemas: { ...documentShell.components.schemas, ...messageSchemas(messages) } }, paths };
}
