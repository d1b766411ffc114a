// Marks a teacher entered that have not reached the server yet, kept in the browser (IndexedDB) until
// they do: a weak classroom connection loses nothing. Each entry carries its idempotency key from the
// moment it was typed, so sending it again after a lost answer never sets a mark twice.
import { createStore, del, entries, get, set } from 'idb-keyval';
import { api, ApiError, sessions, Unreachable, withLock } from './client';

export interface UnsentMarks {
  /** The Idempotency-Key of the request, and the entry's id. */
  key: string;
  /** The teacher's account: on a shared classroom PC another teacher's marks are not sent in their name. */
  accountId: string;
  lessonId: string;
  body: { marks: Array<{ studentId: string; values?: number[]; passFail?: string; workKind: string }> };
  /** What the teacher sees of it: «Петров П., 07.09: 5». */
  label: string;
  enteredAt: string;
  /** Why the server refused it (the lesson changed meanwhile, a closed period…): shown until the teacher dismisses it. */
  refused?: string;
}

const store = createStore('ejournal', 'unsent-marks');
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

export const unsentMarks = {
  async all(): Promise<UnsentMarks[]> {
    return (await entries<string, UnsentMarks>(store)).map(([, entry]) => entry).sort((a, b) => a.enteredAt.localeCompare(b.enteredAt));
  },
  async keep(entry: UnsentMarks): Promise<void> {
    await set(entry.key, entry, store);
    changed();
  },
  async forget(key: string): Promise<void> {
    await del(key, store);
    changed();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Answers after which the same request may simply be sent again later (not a refusal of the marks). */
const worthRetrying = (error: unknown) =>
  error instanceof Unreachable || (error instanceof ApiError && (error.status >= 500 || error.status === 401 || error.status === 408 || error.status === 429 || /ещё выполняется/.test(error.message)));

const inFlight = new Map<string, Promise<Outcome>>();
type Outcome = 'sent' | 'refused' | 'unreachable';

/**
 * Sends one entry — once at a time, in this tab (a second send joins the first) and across tabs (a
 * lock): forgotten once the server has it; kept with the server's reason when refused; kept as it is
 * when it may simply be sent again later.
 */
export function sendMarks(entry: UnsentMarks): Promise<Outcome> {
  const running = inFlight.get(entry.key);
  if (running) return running;
  const sending = withLock(`ejournal.outbox.${entry.key}`, () => send(entry)).finally(() => inFlight.delete(entry.key));
  inFlight.set(entry.key, sending);
  return sending;
}

async function send(entry: UnsentMarks): Promise<Outcome> {
  if (!(await get(entry.key, store))) return 'sent'; // another tab sent it meanwhile
  try {
    await api(`/lessons/${entry.lessonId}/marks`, { method: 'POST', body: entry.body, idempotencyKey: entry.key });
    await unsentMarks.forget(entry.key);
    return 'sent';
  } catch (error) {
    if (worthRetrying(error)) return 'unreachable';
    await unsentMarks.keep({ ...entry, refused: error instanceof Error ? error.message : 'отклонено' });
    return 'refused';
  }
}

let flushing: Promise<number> | null = null;

/**
 * Sends every entry of the signed-in teacher still waiting (not the refused ones), oldest first; stops
 * at the first that cannot reach the server. Resolves with how many arrived.
 */
export function flushUnsentMarks(): Promise<number> {
  flushing ??= (async () => {
    let sent = 0;
    try {
      const accountId = sessions.current()?.accountId;
      for (const entry of await unsentMarks.all()) {
        if (entry.refused || entry.accountId !== accountId) continue;
        const outcome = await sendMarks(entry);
        if (outcome === 'unreachable') break;
        if (outcome === 'sent') sent++;
      }
    } finally {
      flushing = null;
    }
    return sent;
  })();
  return flushing;
}
