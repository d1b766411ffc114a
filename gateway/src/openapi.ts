const problems = (...codes: number[]) => Object.fromEntries(codes.map((code) => [String(code), { $ref: '#/components/responses/Problem' }]));
const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const body = (properties: Record<string, string>, required: string[] = Object.keys(properties)) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', required, properties: Object.fromEntries(Object.entries(properties).map(([k, d]) => [k, { type: 'string', description: d }])) } } },
});
const id = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });

/** The gateway's public API, served at /api/openapi.json. Every route added to the gateway is listed here. */
export const openApiDocument = {
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
      RegisterSchool: {
        type: 'object',
        required: ['name', 'shortName', 'municipality'],
        properties: {
          name: { type: 'string', minLength: 5, maxLength: 500, examples: ['Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 7»'] },
          shortName: { type: 'string', minLength: 2, maxLength: 120, examples: ['МБОУ СШ № 7'] },
          municipality: { type: 'string', minLength: 2, maxLength: 120, examples: ['г. Красноярск'] },
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
    },
    responses: {
      Problem: { description: 'ошибка', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
    },
  },
  security: [{ bearer: [] }],
  paths: {
    '/healthz': {
      get: { summary: 'Состояние шлюза и всех служб', security: [], responses: { '200': { description: 'все службы работают' }, '503': { description: 'есть неработающие службы' } } },
    },
    '/readyz': { get: { summary: 'Готовность шлюза', security: [], responses: { '200': { description: 'готов' } } } },
    '/api/openapi.json': { get: { summary: 'Этот документ', security: [], responses: { '200': { description: 'OpenAPI 3.1' } } } },
    '/api/v1/schools': {
      post: {
        summary: 'Зарегистрировать школу (региональный оператор)',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/RegisterSchool' } } } },
        responses: {
          '201': { description: 'школа зарегистрирована', content: { 'application/json': { schema: { $ref: '#/components/schemas/School' } } } },
          '400': { $ref: '#/components/responses/Problem' },
          '401': { $ref: '#/components/responses/Problem' },
          '403': { $ref: '#/components/responses/Problem' },
          '409': { $ref: '#/components/responses/Problem' },
        },
      },
    },
    '/api/v1/sessions': {
      post: { summary: 'Вход по логину и паролю', security: [], requestBody: body({ login: 'логин', password: 'пароль' }), responses: { '201': json('сеанс: токен доступа (10 мин) и токен обновления'), ...problems(400, 401, 403, 409, 429) } },
    },
    '/api/v1/sessions/refresh': {
      post: { summary: 'Обновить сеанс (токен обновления одноразовый; повторное использование завершает сеанс)', security: [], requestBody: body({ refreshToken: 'токен обновления' }), responses: { '200': json('новая пара токенов'), ...problems(400, 401) } },
    },
    '/api/v1/sessions/end': { post: { summary: 'Выйти', security: [], requestBody: body({ refreshToken: 'токен обновления' }), responses: { '204': { description: 'сеанс завершён' } } } },
    '/api/v1/password': {
      post: { summary: 'Сменить пароль (в том числе временный)', security: [], requestBody: body({ login: 'логин', currentPassword: 'текущий пароль', newPassword: 'новый пароль: не короче 12 символов' }), responses: { '204': { description: 'пароль сменён; прежние сеансы завершены' }, ...problems(400, 401, 409, 429) } },
    },
    '/api/v1/sso/login': { get: { summary: 'Вход через региональный портал (ЕСИА): перенаправление', security: [], responses: { '302': { description: 'на страницу входа портала' }, ...problems(409) } } },
    '/api/v1/sso/callback': { get: { summary: 'Возврат с портала', security: [], responses: { '200': json('сеанс'), ...problems(401, 403) } } },
    '/.well-known/jwks.json': { get: { summary: 'Открытые ключи проверки токенов доступа', security: [], responses: { '200': { description: 'JWK Set' } } } },
    '/api/v1/signing-keys/rotate': { post: { summary: 'Сменить ключ подписи токенов (региональный оператор)', responses: { '200': { description: 'JWK Set' }, ...problems(401, 403) } } },
    '/api/v1/people': {
      post: {
        summary: 'Завести человека (и учётную запись с временным паролем, если указан логин)',
        requestBody: body({ schoolId: 'школа', kind: 'staff | student | parent', lastName: 'фамилия', firstName: 'имя', middleName: 'отчество', birthDate: 'ДД.ММ.ГГГГ', classId: 'класс ученика', login: 'логин', email: 'почта', phone: 'телефон' }, ['schoolId', 'kind', 'lastName', 'firstName']),
        responses: { '201': json('человек, учётная запись и временный пароль (показывается один раз)'), ...problems(400, 401, 403, 404, 409) },
      },
    },
    '/api/v1/people/{personId}': { get: { summary: 'Человек (в пределах прав: родитель — только свой ребёнок)', parameters: [id('personId')], responses: { '200': json('человек'), ...problems(401, 404) } } },
    '/api/v1/schools/{schoolId}/people/import': {
      post: {
        summary: 'Загрузка сотрудников, учеников и родителей из CSV (всё или ничего)',
        parameters: [id('schoolId')],
        requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string', description: 'UTF-8; столбцы: Фамилия, Имя, Отчество, Дата рождения, Тип, Класс, Логин, Телефон, Email, Ребёнок, Дата рождения ребёнка' } } } },
        responses: { '201': json('отчёт: созданные люди и учётные записи'), '422': json('отчёт: ошибки по строкам; ничего не сохранено'), ...problems(400, 401, 403, 404) },
      },
    },
    '/api/v1/accounts/{accountId}/grants': { post: { summary: 'Выдать роль в области', parameters: [id('accountId')], requestBody: body({ role: 'роль', schoolId: 'школа', classId: 'класс', subjectId: 'предмет', groupId: 'группа', childId: 'ребёнок' }, ['role']), responses: { '200': json('учётная запись'), ...problems(400, 401, 403, 404, 409) } } },
    '/api/v1/accounts/{accountId}/revoke': { post: { summary: 'Заблокировать учётную запись (все сеансы прекращаются за секунды)', parameters: [id('accountId')], responses: { '200': json('учётная запись'), ...problems(401, 404, 409) } } },
    '/api/v1/accounts/{accountId}/password-reset': { post: { summary: 'Сбросить пароль: одноразовый временный пароль', parameters: [id('accountId')], responses: { '200': json('временный пароль'), ...problems(401, 404) } } },
    '/api/v1/accounts/{accountId}/unlock': { post: { summary: 'Снять блокировку входа после неудачных попыток', parameters: [id('accountId')], responses: { '200': json('учётная запись'), ...problems(401, 404) } } },
    '/api/v1/accounts/{accountId}/external-identity': { post: { summary: 'Связать с идентификатором регионального портала', parameters: [id('accountId')], requestBody: body({ externalId: 'идентификатор на портале' }), responses: { '200': json('учётная запись'), ...problems(400, 401, 404, 409) } } },
    '/api/v1/invitations': { post: { summary: 'Выдать код приглашения (классный руководитель — родителю или ученику; родитель — заинтересованному лицу)', requestBody: body({ childId: 'ученик', role: 'parent | student | interested_person' }), responses: { '201': json('приглашение с кодом (показывается один раз)'), ...problems(400, 401, 403, 404) } } },
    '/api/v1/invitations/redeem': { post: { summary: 'Воспользоваться кодом приглашения (новая учётная запись, или с токеном — своя)', security: [], requestBody: body({ code: 'код', login: 'логин', password: 'пароль', lastName: 'фамилия', firstName: 'имя', middleName: 'отчество' }, ['code']), responses: { '201': json('сеанс'), ...problems(400, 409, 429) } } },
    '/api/v1/schools/{schoolId}/classes/{classId}/invitations': { get: { summary: 'Коды приглашений класса и их использование', parameters: [id('schoolId'), id('classId')], responses: { '200': json('приглашения'), ...problems(401, 404) } } },
    '/api/v1/children/{childId}/interested-persons/{accountId}': { delete: { summary: 'Родитель отзывает доступ заинтересованного лица', parameters: [id('childId'), id('accountId')], responses: { '204': { description: 'доступ отозван' }, ...problems(401, 404) } } },
    '/api/v1/audit': { get: { summary: 'Журнал событий безопасности (школы — администратору, всё — оператору)', parameters: [{ name: 'schoolId', in: 'query', schema: { type: 'string' } }, { name: 'limit', in: 'query', schema: { type: 'integer' } }], responses: { '200': json('записи'), ...problems(401, 404) } } },
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
  },
} as const;
