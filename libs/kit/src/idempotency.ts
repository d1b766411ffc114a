import { createHash } from 'node:crypto';
import { status as GrpcStatus } from '@grpc/grpc-js';
import mongoose from 'mongoose';
import { Conflict, DomainError, InvalidArgument } from './errors';
import { isDuplicateKey } from './mongo';

/** The metadata key the gateway forwards a client's Idempotency-Key in. */
export const IDEMPOTENCY_KEY = 'x-idempotency-key';

/** How long a key's first result is kept and answered again (documented in the API). */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3_600_000;
/** A first attempt still "running" this long after it began died with its process: a retry runs it again. */
const ABANDONED_AFTER_MS = 60_000;

/** Well-formed keys: what clients send (UUIDs, ULIDs, or their own), at most 100 characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,100}$/;

interface Outcome {
  _id: string;
  requestHash: string;
  state: 'running' | 'done';
  startedAt: Date;
  /** The answer as the gRPC method serialises it (done, succeeded). */
  response?: Buffer;
  /** The refusal (done, failed on a rule): gRPC status, words, field violations. */
  error?: { code: number; details: string; violations: Record<string, string> };
}

const outcomeSchema = new mongoose.Schema<Outcome>(
  {
    _id: String,
    requestHash: { type: String, required: true },
    state: { type: String, required: true },
    startedAt: { type: Date, required: true },
    response: Buffer,
    error: mongoose.Schema.Types.Mixed,
  },
  { collection: 'idempotency', versionKey: false },
);

/** A refusal stored with the key, answered again as it was. */
class Repeated extends DomainError {
  constructor(
    readonly code: GrpcStatus,
    message: string,
    violations: Record<string, string>,
  ) {
    super(message, violations);
  }
}

/**
 * Idempotent commands: the first result of a command sent with a key — its answer, or its refusal by a
 * rule — is stored with the key (per caller and method) and given again to a retry, for 24 hours; the
 * same key with another request is refused. A failure of infrastructure is not stored: the retry runs
 * the command again. Handlers make their writes idempotent by the key where a retry after a crash could
 * otherwise double them (e.g. marks get ids derived from it).
 */
export class IdempotentCommands {
  private readonly outcomes: mongoose.Model<Outcome>;

  constructor(connection: mongoose.Connection) {
    this.outcomes = (connection.models.IdempotencyOutcome as mongoose.Model<Outcome>) ?? connection.model<Outcome>('IdempotencyOutcome', outcomeSchema);
  }

  async run<R>(scope: { caller: string; method: string; key: string; request: unknown }, serialize: (response: R) => Buffer, deserialize: (bytes: Buffer) => R, command: () => Promise<R>): Promise<R> {
    if (!IDEMPOTENCY_KEY_PATTERN.test(scope.key)) throw new InvalidArgument('Idempotency-Key: от 8 до 100 символов — латинские буквы, цифры, . _ : -', { 'Idempotency-Key': 'неверный ключ' });
    const _id = createHash('sha256').update(`${scope.caller}\u0000${scope.method}\u0000${scope.key}`).digest('base64url');
    const requestHash = createHash('sha256').update(JSON.stringify(scope.request, (_key, value) => (value && value.type === 'Buffer' ? createHash('sha256').update(Buffer.from(value.data)).digest('hex') : value))).digest('base64url');
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await this.outcomes.create({ _id, requestHash, state: 'running', startedAt: new Date() });
        break;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      const earlier = await this.outcomes.findById(_id).lean<Outcome>();
      if (!earlier) continue;
      if (earlier.requestHash !== requestHash) throw new Conflict('этот Idempotency-Key уже использован с другим запросом: для нового запроса нужен новый ключ');
      if (earlier.state === 'done') {
        if (earlier.error) throw new Repeated(earlier.error.code, earlier.error.details, earlier.error.violations);
        // Read back raw, the stored bytes come as BSON Binary: its buffer is the answer as it was serialised.
        const stored = earlier.response as unknown as Buffer | { buffer: Uint8Array };
        return deserialize(Buffer.isBuffer(stored) ? stored : Buffer.from(stored.buffer));
      }
      if (Date.now() - new Date(earlier.startedAt).getTime() < ABANDONED_AFTER_MS) throw new Conflict('запрос с этим Idempotency-Key ещё выполняется: повторите чуть позже');
      // The first attempt died with its process: this one runs it (its writes are idempotent by the key).
      const taken = await this.outcomes.updateOne({ _id, state: 'running', startedAt: earlier.startedAt }, { $set: { startedAt: new Date() } });
      if (taken.modifiedCount === 1) break;
    }
    try {
      const response = await command();
      await this.outcomes.updateOne({ _id }, { $set: { state: 'done', response: serialize(response) } }).catch(() => undefined);
      return response;
    } catch (error) {
      if (error instanceof DomainError && error.code !== GrpcStatus.DEADLINE_EXCEEDED && error.code !== GrpcStatus.UNAVAILABLE) {
        await this.outcomes.updateOne({ _id }, { $set: { state: 'done', error: { code: error.code, details: error.message, violations: error.violations } } }).catch(() => undefined);
      } else {
        await this.outcomes.deleteOne({ _id, state: 'running' }).catch(() => undefined);
      }
      throw error;
    }
  }

  /** Forgets outcomes older than the window (a daily sweep; no TTL indexes on the local server). */
  async sweep(now = Date.now()): Promise<number> {
    return (await this.outcomes.deleteMany({ startedAt: { $lt: new Date(now - IDEMPOTENCY_WINDOW_MS) } })).deletedCount;
  }
}
