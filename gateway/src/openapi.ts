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
