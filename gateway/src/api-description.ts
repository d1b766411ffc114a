import { ACTION_TITLES, POLICY, ROLE_TITLES, SCOPE_TITLES, type Action } from '@ejournal/kit';
import type { Express } from 'express';
import { z } from 'zod';
import type { BodyCheck } from './validation';

/** How a route is reached: without a token, with one if sent, or only with one. */
export type Authentication = 'none' | 'optional' | 'required';

/** A route as the gateway serves it: what the OpenAPI document describes of it comes from here. */
export interface ServedRoute {
  method: string;
  /** OpenAPI form: /lessons/{lessonId}. */
  path: string;
  action?: Action;
  body?: BodyCheck;
  authentication: Authentication;
}

interface Layer {
  rawPath?: string | string[];
  slash?: boolean;
  handle: { stack?: Layer[]; action?: Action; schema?: unknown; authentication?: Authentication };
  route?: { path: string; stack: Layer[]; methods: Record<string, boolean> };
}

const joined = (prefix: string, path: string) => (prefix + (path === '/' ? '' : path)).replace(/\/+/g, '/') || '/';
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/**
 * Every route of the app, in the order express matches them, with the policy action its permit checks,
 * the body schema it accepts and whether it needs a token (the `authenticate` layers passed before it).
 */
export function servedRoutes(app: Express): ServedRoute[] {
  const routes: ServedRoute[] = [];
  let everywhere: Authentication = 'none';
  const optionalUnder: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      const at = typeof layer.rawPath === 'string' ? layer.rawPath : '/';
      if (layer.route) {
        const path = joined(prefix, layer.route.path);
        const handles = layer.route.stack.map((inner) => inner.handle);
        const action = handles.find((handle) => handle.action)?.action;
        const body = handles.find((handle) => handle.schema) as BodyCheck | undefined;
        const authentication = everywhere === 'required' ? 'required' : optionalUnder.some((under) => path.startsWith(under)) ? 'optional' : everywhere;
        for (const method of Object.keys(layer.route.methods)) routes.push({ method, path: openApiPath(path), action, body, authentication });
      } else if (layer.handle.stack) {
        walk(layer.handle.stack, joined(prefix, at));
      } else if (layer.handle.authentication) {
        if (at === '/') everywhere = layer.handle.authentication;
        else optionalUnder.push(joined(prefix, at));
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return routes;
}

/** The roles that may do an action and the scope each needs, as the policy decides (the service checks again on its data). */
export function whoMay(action: Action): string {
  const allowed = Object.entries(POLICY[action]).filter(([, scope]) => scope !== 'deny');
  const roles = allowed.map(([role, scope]) => `${ROLE_TITLES[role as keyof typeof ROLE_TITLES]} (\`${role}\`) — ${SCOPE_TITLES[scope]}`);
  return `Право «${ACTION_TITLES[action]}» (\`${action}\`). ${roles.length ? `Кому: ${roles.join('; ')}.` : 'Никому через API.'}`;
}

/** The JSON Schema of a request body, from the very zod schema the route validates with. */
export function bodySchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...described } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return described;
}

export type Operation = Record<string, unknown> & { summary?: string; parameters?: Array<Record<string, unknown>>; responses?: Record<string, unknown>; requestBody?: unknown };
type Paths = Record<string, Record<string, Operation>>;

const problem = { $ref: '#/components/responses/Problem' };
/** The ids that are not UUIDs: a regional subject's short id ("math"), a parallel, a login-free code. */
const pathParameter = (name: string) => ({
  name,
  in: 'path',
  required: true,
  schema: name === 'grade' ? { type: 'integer', minimum: 1, maximum: 12 } : name === 'subjectId' ? { type: 'string', maxLength: 64, description: 'UUID предмета школы или код регионального каталога (math, rus, …)' } : { type: 'string', format: 'uuid' },
});

/**
 * The document's paths: one operation per served route. Path parameters, the request body (from the
 * route's own zod schema), security and the right it needs come from the route itself; a summary,
 * query parameters and response shapes come from `written` (by path and method), request examples
 * from `examples` (by "method path").
 */
export function describedPaths(routes: ServedRoute[], written: Paths, examples: Record<string, unknown> = {}): Paths {
  const paths: Paths = {};
  for (const route of routes) {
    const extra = written[route.path]?.[route.method] ?? {};
    const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    const writtenParameters = extra.parameters ?? [];
    const parameters = [
      ...names.map((name) => writtenParameters.find((parameter) => parameter.in === 'path' && parameter.name === name) ?? pathParameter(name)),
      ...writtenParameters.filter((parameter) => parameter.in !== 'path'),
    ];
    const example = examples[`${route.method} ${route.path}`];
    const requestBody = route.body
      ? { required: !route.body.optional, content: { 'application/json': { schema: bodySchema(route.body.schema), ...(example === undefined ? {} : { example }) } } }
      : extra.requestBody;
    const security = route.authentication === 'none' ? [] : route.authentication === 'optional' ? [{}, { bearer: [] }] : undefined;
    const responses = extra.responses ?? { '200': { description: 'выполнено' }, ...(route.body ? { '400': problem } : {}), ...(route.authentication === 'required' ? { '401': problem, '403': problem, '404': problem } : {}) };
    const summary = extra.summary ?? (route.action ? ACTION_TITLES[route.action] : `${route.method.toUpperCase()} ${route.path}`);
    paths[route.path] ??= {};
    paths[route.path][route.method] = {
      ...extra,
      summary,
      operationId: operationId(route),
      ...(route.action ? { description: [extra.description, whoMay(route.action)].filter(Boolean).join('\n\n'), 'x-permission': route.action } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(requestBody ? { requestBody } : {}),
      ...(security ? { security } : {}),
      responses,
    };
  }
  return paths;
}

/** A stable operation id from the method and the path's words: post-lessons-lessonId-marks. */
const operationId = (route: ServedRoute) => [route.method, ...route.path.split('/').filter((part) => part && part !== 'api' && part !== 'v1').map((part) => part.replace(/[{}.]/g, ''))].join('-');
