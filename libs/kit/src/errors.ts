import { status as GrpcStatus, Metadata, type ServiceError } from '@grpc/grpc-js';
import { isTransient } from './mongo';

/**
 * Typed domain errors. Services throw these; libs map them once to gRPC status codes, and the
 * gateway maps gRPC status once to HTTP problem documents. The message says what was wrong in
 * terms the caller can fix, in Russian when a person will read it.
 */
export abstract class DomainError extends Error {
  abstract readonly code: GrpcStatus;
  constructor(
    message: string,
    /** Field-level problems: field path → what is wrong with it. */
    readonly violations: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class InvalidArgument extends DomainError {
  readonly code = GrpcStatus.INVALID_ARGUMENT;
}
/** Used for objects that do not exist and for objects out of the caller's scope alike. */
export class NotFound extends DomainError {
  readonly code = GrpcStatus.NOT_FOUND;
}
export class PermissionDenied extends DomainError {
  readonly code = GrpcStatus.PERMISSION_DENIED;
}
export class Unauthenticated extends DomainError {
  readonly code = GrpcStatus.UNAUTHENTICATED;
}
export class Conflict extends DomainError {
  readonly code = GrpcStatus.ALREADY_EXISTS;
}
export class FailedPrecondition extends DomainError {
  readonly code = GrpcStatus.FAILED_PRECONDITION;
}
/** The caller's deadline passed before the work could begin: nothing was written. */
export class DeadlineExceeded extends DomainError {
  readonly code = GrpcStatus.DEADLINE_EXCEEDED;
}
/** The service cannot do it now (its database or broker is away): the caller may retry later. */
export class Unavailable extends DomainError {
  readonly code = GrpcStatus.UNAVAILABLE;
}
/** Too many attempts: the caller must wait (throttling, lock-out). */
export class ResourceExhausted extends DomainError {
  readonly code = GrpcStatus.RESOURCE_EXHAUSTED;
}

const VIOLATIONS_KEY = 'x-ejournal-violations-bin';

/** Any thrown value → a gRPC error the client can read. Unknown errors become INTERNAL without details. */
export function toServiceError(error: unknown): Partial<ServiceError> {
  if (error instanceof DomainError) {
    const metadata = new Metadata();
    if (Object.keys(error.violations).length > 0) {
      metadata.set(VIOLATIONS_KEY, Buffer.from(JSON.stringify(error.violations)));
    }
    return { code: error.code, details: error.message, metadata };
  }
  if (isTransient(error)) return { code: GrpcStatus.UNAVAILABLE, details: 'база данных службы недоступна; повторите позже' };
  return { code: GrpcStatus.INTERNAL, details: 'внутренняя ошибка сервиса' };
}

/** The field violations a service attached to a gRPC error, if any. */
export function violationsOf(error: ServiceError): Record<string, string> {
  const raw = error.metadata?.get(VIOLATIONS_KEY)[0];
  if (!raw) return {};
  return JSON.parse(Buffer.isBuffer(raw) ? raw.toString('utf8') : raw) as Record<string, string>;
}

export function isServiceError(error: unknown): error is ServiceError {
  return typeof error === 'object' && error !== null && 'code' in error && 'metadata' in error && 'details' in error;
}
