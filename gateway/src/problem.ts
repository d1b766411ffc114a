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

function problemOf(error: unknown): Problem {
  if (error instanceof Problem) return error;
  if (isServiceError(error)) {
    const mapped = FROM_GRPC[error.code as GrpcStatus];
    if (mapped) {
      const detail = error.code === GrpcStatus.UNAVAILABLE || error.code === GrpcStatus.DEADLINE_EXCEEDED ? mapped[2] : error.details;
      return new Problem(mapped[0], mapped[1], mapped[2], detail, violationsOf(error));
    }
  }
  const bodyError = error as { type?: string; status?: number };
  if (bodyError.type === 'entity.parse.failed') return new Problem(400, 'malformed-json', 'Неверный запрос', 'тело запроса не является корректным JSON');
  if (bodyError.type === 'entity.too.large') return new Problem(413, 'too-large', 'Слишком большой запрос', 'тело запроса превышает допустимый размер');
  return new Problem(500, 'internal', 'Внутренняя ошибка', 'внутренняя ошибка; сообщите номер запроса в поддержку');
}

export function sendProblem(res: Response, problem: Problem): void {
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
      ...(Object.keys(problem.errors).length > 0 ? { errors: problem.errors } : {}),
    });
}

/** The one error handler: anything thrown becomes a problem document; unexpected errors are logged. */
export function problemHandler(onUnexpected: (error: unknown, requestId: string) => void): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const problem = problemOf(error);
    if (problem.status >= 500 && problem.status !== 503 && problem.status !== 504) onUnexpected(error, res.locals.requestId as string);
    sendProblem(res, problem);
  };
}
