// Marks a teacher entered that have not reached the server yet, kept in the browser (IndexedDB) until
// they do: a weak classroom connection loses nothing. Each entry carries its idempotency key from the
// moment it was typed, so sending it again after a lost answer never sets a mark twice.
import { createStore, del, entries, set } from 'idb-keyval';
import { api, ApiError, Unreachable } from './client';

export interface UnsentMarks {
  /** The Idempotency-Key of the request, and the entry's id. */
  key: string;
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

/**
 * Sends one entry: forgotten once the server has it; kept with the server's reason when refused; kept
 * as it is when the server cannot be reached (sent again later). Returns whether it arrived.
 */
export async function sendMarks(entry: UnsentMarks): Promise<'sent' | 'refused' | 'unreachable'> {
  try {
    await api(`/lessons/${entry.lessonId}/marks`, { method: 'POST', body: entry.body, idempotencyKey: entry.key });
    await unsentMarks.forget(entry.key);
    return 'sent';
  } catch (error) {
    if (error instanceof Unreachable || (error instanceof ApiError && error.status >= 500)) return 'unreachable';
    await unsentMarks.keep({ ...entry, refused: error instanceof Error ? error.message : 'отклонено' });
    return 'refused';
  }
}

let flushing: Promise<void> | null = null;

/** Sends every entry still waiting (not the refused ones), oldest first; stops at the first that cannot reach the server. */
export function flushUnsentMarks(): Promise<void> {
  flushing ??= (async () => {
    try {
      for (const entry of await unsentMarks.all()) {
        if (entry.refused) continue;
        if ((await sendMarks(entry)) === 'unreachable') return;
      }
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}
