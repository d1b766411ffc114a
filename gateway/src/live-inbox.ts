import type { Response } from 'express';

/** How long one live stream stays open: the browser comes back with its current (renewed) token. */
export const STREAM_LIFETIME_MS = 5 * 60_000;
const HEARTBEAT_MS = 25_000;
/** The most streams one person keeps open at once (tabs, devices); the oldest goes first. */
const STREAMS_PER_PERSON = 8;

/**
 * The open live streams of this gateway instance, by person: when messaging says someone has something
 * new (messaging.inbox.changed, heard by every instance), their streams get a one-line signal and the
 * browser asks the inbox — the source of truth — again. The signal carries nothing else.
 */
export class LiveInbox {
  private readonly streams = new Map<string, Set<Response>>();
  /** Each stream's account: a blocked account, a reset password, a log-out end its streams at once. */
  private readonly accounts = new Map<Response, string>();

  open(personId: string, accountId: string, res: Response): void {
    res.status(200).set({ 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'private, no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.flushHeaders();
    res.write('retry: 5000\n\n');
    const own = this.streams.get(personId) ?? new Set<Response>();
    if (own.size >= STREAMS_PER_PERSON) {
      const oldest = own.values().next().value!;
      own.delete(oldest);
      oldest.end();
    }
    own.add(res);
    this.streams.set(personId, own);
    this.accounts.set(res, accountId);
    const heartbeat = setInterval(() => res.write(': жив\n\n'), HEARTBEAT_MS);
    const lifetime = setTimeout(() => res.end(), STREAM_LIFETIME_MS);
    res.on('close', () => {
      clearInterval(heartbeat);
      clearTimeout(lifetime);
      own.delete(res);
      this.accounts.delete(res);
      if (own.size === 0 && this.streams.get(personId) === own) this.streams.delete(personId);
    });
  }

  tell(personIds: string[]): void {
    for (const personId of personIds) for (const res of this.streams.get(personId) ?? []) res.write('event: inbox\ndata: {}\n\n');
  }

  /** Ends the streams of an account whose tokens were refused (they come back only with a new token). */
  closeAccount(accountId: string): void {
    for (const [res, account] of this.accounts) if (account === accountId) res.end();
  }

  /** Open streams, for the shutdown and for tests. */
  get size(): number {
    return [...this.streams.values()].reduce((sum, own) => sum + own.size, 0);
  }

  closeAll(): void {
    for (const own of this.streams.values()) for (const res of own) res.end();
    this.streams.clear();
  }
}
