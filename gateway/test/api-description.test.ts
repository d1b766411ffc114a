import { createLogger } from '@ejournal/kit';
import type { AccessTokenVerifier } from '../src/access-tokens';
import { servedRoutes } from '../src/api-description';
import { createApp } from '../src/app';
import { DEFAULT_WEB_ROOT } from '../src/config';
import { describeApi } from '../src/openapi';
import type { Upstream } from '../src/upstream';

// The OpenAPI document is described from the routes themselves (issue #11): every route is in it, its
// body schema is the one the route validates with, the right it needs and who holds it are named.
const app = createApp({
  upstream: {} as Upstream,
  logger: createLogger('gateway-test', 'error'),
  verifier: { verify: async () => undefined } as unknown as AccessTokenVerifier,
  isReady: () => true,
  limits: { perMinute: 1_000, authPerMinute: 1_000 },
  webRoot: DEFAULT_WEB_ROOT,
});
const document = describeApi(app);
const routes = servedRoutes(app);
type Operation = { requestBody?: { content: Record<string, { schema: Record<string, unknown>; example?: unknown }> }; security?: unknown[]; description?: string; 'x-permission'?: string; parameters?: Array<{ name: string; in: string }> };
const operation = (method: string, path: string) => (document.paths as Record<string, Record<string, Operation>>)[path]?.[method];

describe('the OpenAPI document', () => {
  it('describes every route the gateway serves, and only those', () => {
    expect(routes.length).toBeGreaterThan(90);
    expect(routes.filter((route) => !operation(route.method, route.path)).map((route) => `${route.method} ${route.path}`)).toEqual([]);
    const described = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    expect(described.length).toBe(new Set(routes.map((route) => `${route.method} ${route.path}`)).size);
  });

  it('takes each request body from the zod schema the route validates with (a field added there appears here)', () => {
    const withBody = routes.filter((route) => route.body);
    expect(withBody.length).toBeGreaterThan(45);
    for (const route of withBody) {
      const schema = operation(route.method, route.path)?.requestBody?.content['application/json']?.schema;
      expect({ route: `${route.method} ${route.path}`, schema }).toEqual({ route: `${route.method} ${route.path}`, schema: expect.objectContaining({ type: 'object' }) });
    }
    // A grant's roles are listed (issue #11: "role names appear only inside a 400 message").
    const grants = operation('post', '/api/v1/people')!.requestBody!.content['application/json'].schema as { properties: { grants: { items: { properties: { role: { enum: string[] } } } } } };
    expect(grants.properties.grants.items.properties.role.enum).toEqual(expect.arrayContaining(['school_admin', 'class_teacher', 'subject_teacher', 'parent']));
    // Field descriptions come from the same field helpers that word the 400 messages.
    const closing = operation('post', '/api/v1/years/{yearId}/periods/{periodId}/close')!.requestBody!.content['application/json'].schema as { required: string[]; properties: Record<string, { description?: string }> };
    expect(closing.required).toContain('confirm');
  });

  it('gives every set-up example in a form its route accepts', () => {
    for (const route of routes.filter((candidate) => candidate.body)) {
      const example = operation(route.method, route.path)?.requestBody?.content['application/json']?.example;
      if (example === undefined) continue;
      const parsed = route.body!.schema.safeParse(example);
      expect({ route: `${route.method} ${route.path}`, issues: parsed.success ? [] : parsed.error.issues }).toEqual({ route: `${route.method} ${route.path}`, issues: [] });
    }
    expect(operation('post', '/api/v1/lessons/{lessonId}/marks')?.requestBody?.content['application/json']?.example).toBeDefined();
  });

  it('names the right each route needs and the roles that hold it, with their scope', () => {
    const marks = operation('post', '/api/v1/lessons/{lessonId}/marks')!;
    expect(marks['x-permission']).toBe('journal.edit');
    expect(marks.description).toContain('учитель-предметник (`subject_teacher`)');
    expect(marks.description).not.toContain('родитель');
    expect(operation('get', '/api/v1/students/{studentId}/diary/week')!.description).toContain('родитель (законный представитель) (`parent`) — о своём ребёнке');
  });

  it('marks public routes as needing no token, redemption as taking one if sent, the rest as needing one', () => {
    expect(operation('post', '/api/v1/sessions')!.security).toEqual([]);
    expect(operation('post', '/api/v1/invitations/redeem')!.security).toEqual([{}, { bearer: [] }]);
    expect(operation('post', '/api/v1/lessons/{lessonId}/marks')!.security).toBeUndefined();
    expect(document.security).toEqual([{ bearer: [] }]);
  });

  it('describes answers by the proto messages the services send (a field added to the .proto appears here)', () => {
    const schemas = document.components.schemas as Record<string, { properties?: Record<string, { type?: unknown; $ref?: string; items?: { $ref?: string } }> }>;
    const week = (operation('get', '/api/v1/students/{studentId}/diary/week') as { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> }).responses['200'].content['application/json'].schema.$ref;
    expect(week).toBe('#/components/schemas/ejournal.diary.v1.WeekPage');
    expect(schemas['ejournal.diary.v1.WeekPage'].properties!.lessons.items!.$ref).toBe('#/components/schemas/ejournal.diary.v1.DiaryLesson');
    expect(schemas['ejournal.diary.v1.DiaryLesson'].properties).toEqual(expect.objectContaining({ teacherName: { type: 'string' }, subjectName: { type: 'string' } }));
    const refs = [...JSON.stringify(document).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
    expect(refs.filter((name) => !schemas[name])).toEqual([]);
  });

  it('declares every path parameter of every route', () => {
    for (const route of routes) {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect((operation(route.method, route.path)!.parameters ?? []).filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name)).toEqual(names);
    }
  });
});
