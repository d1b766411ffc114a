import { status as GrpcStatus } from '@grpc/grpc-js';
import { isServiceError, violationsOf } from '@ejournal/kit';
import type { ErrorRequestHandler, Response } from 'express';

/** An RFC 9457 problem to answer with. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: Record<string, string> = {},
    /** Seconds after which a retry may succeed (Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(detail);
  }
}

/** The one mapping from gRPC status to HTTP. */
const FROM_GRPC: Partial<Record<GrpcStatus, [number, string, string]>> = {
  [GrpcStatus.INVALID_ARGUMENT]: [400, 'invalid-argument', 'Неверный запрос'],
  [GrpcStatus.UNAUTHENTICATED]: [401, 'unauthenticated', 'Требуется вход'],
  [GrpcStatus.PERMISSION_DENIED]: [403, 'permission-denied', 'Недостаточно прав'],
  [GrpcStatus.NOT_FOUND]: [404, 'not-found', 'Не найдено'],
  [GrpcStatus.ALREADY_EXISTS]: [409, 'conflict', 'Конфликт'],
  [GrpcStatus.FAILED_PRECONDITION]: [409, 'failed-precondition', 'Действие сейчас невозможно'],
  [GrpcStatus.ABORTED]: [409, 'conflict', 'Конфликт'],
  [GrpcStatus.RESOURCE_EXHAUSTED]: [429, 'too-many-requests', 'Слишком много запросов'],
  [GrpcStatus.UNIMPLEMENTED]: [501, 'not-implemented', 'Не поддерживается'],
  [GrpcStatus.UNAVAILABLE]: [503, 'service-unavailable', 'Служба временно недоступна'],
  [GrpcStatus.DEADLINE_EXCEEDED]: [504, 'timeout', 'Служба не ответила вовремя'],
};

/** A call cut by a dropped connection (the service died mid-call): grpc-js reports it so, not as the service's own error. */
const DROPPED = /RST_STREAM|Connection dropped|socket hang up|ECONNRESET|Stream removed/i;

function problemOf(error: unknown, method: string): Problem {
  if (error instanceof Problem) return error;
  if (isServiceError(error)) {
    if (error.code === GrpcStatus.UNAVAILABLE || (error.code === GrpcStatus.INTERNAL && DROPPED.test(error.details ?? ''))) {
      return new Problem(503, 'service-unavailable', 'Служба временно недоступна', 'служба сейчас недоступна; повторите через несколько секунд', {}, 5);
    }
    if (error.code === GrpcStatus.DEADLINE_EXCEEDED) {
      // A command may have been carried out after all: only a retry with the same key is safe.
      const detail = method === 'GET' ? 'служба не ответила вовремя; повторите' : 'служба не ответила вовремя: исход неизвестен — повторите запрос с тем же заголовком Idempotency-Key (повтор не выполнит его дважды)';
      return new Problem(504, 'timeout', 'Служба не ответила вовремя', detail, {}, 2);
    }
    const mapped = FROM_GRPC[error.code as GrpcStatus];
    if (mapped) return new Problem(mapped[0], mapped[1], mapped[2], error.details, violationsOf(error));
  }
  const bodyError = error as { type?: string; status?: number };
  if (bodyError.type === 'entity.parse.failed') return new Problem(400, 'malformed-json', 'Неверный запрос', 'тело запроса не является корректным JSON');
  if (bodyError.type === 'entity.too.large') return new Problem(413, 'too-large', 'Слишком большой запрос', 'тело запроса превышает допустимый размер');
  return new Problem(500, 'internal', 'Внутренняя ошибка', 'внутренняя ошибка; сообщите номер запроса в поддержку');
}

export function sendProblem(res: Response, problem: Problem): void {
  if (problem.retryAfter !== undefined) res.set('Retry-After', String(problem.retryAfter));
  res
    .status(problem.status)
    .type('application/problem+json')
    .json({
      type: `urn:ejournal:problem:${problem.slug}`,
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      instance: res.req.originalUrl,
      requestId: res.locals.requestId,
      // A refusal names the right that is missing (`permission`), not a field.
      ...(problem.status === 403 && problem.errors.permission ? { permission: problem.errors.permission } : Object.keys(problem.errors).length > 0 ? { errors: problem.errors } : {}),
    });
}

/** The one error handler: anything thrown becomes a problem document; unexpected errors are logged. */
export function problemHandler(onUnexpected: (error: unknown, requestId: string) => void): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const problem = problemOf(error, req.method);
    if (problem.status >= 500 && problem.status !== 503 && problem.status !== 504) onUnexpected(error, res.locals.requestId as string);
    sendProblem(res, problem);
  };
}
