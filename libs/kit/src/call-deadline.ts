import { AsyncLocalStorage } from 'node:async_hooks';
import { DeadlineExceeded } from './errors';

/** The deadline of the gRPC call being served (epoch ms), for the work done on its behalf. */
const deadlines = new AsyncLocalStorage<number>();

/** Runs work on behalf of a call that must be answered by `deadline` (Infinity: no deadline). */
export function withinDeadline<T>(deadline: number, work: () => Promise<T>): Promise<T> {
  return deadlines.run(deadline, work);
}

/** Milliseconds left until the current call's deadline (Infinity outside a call or without one). */
export function timeLeft(now = Date.now()): number {
  const deadline = deadlines.getStore();
  return deadline === undefined ? Infinity : deadline - now;
}

/**
 * Refuses to start a write the caller will not hear the outcome of: when the call's deadline has (all
 * but) passed, nothing is written and the caller is told so. A write begun in time may still land after
 * the caller gave up: the gateway then answers "outcome unknown, retry with the same Idempotency-Key".
 */
export function ensureTimeLeft(marginMs = 50): void {
  if (timeLeft() < marginMs) throw new DeadlineExceeded('время запроса истекло до записи: ничего не записано, повторите');
}
