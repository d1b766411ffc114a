// What a change sent from a screen came to: the screen's line of what was done, or the server's refusal.
import { useState } from 'react';
import { ApiError, Unreachable } from './client';

export interface Outcome {
  /** What was done, said in the screen's words (read out as a status). */
  message: string;
  /** Why it was not: the server's problem document's detail, or the screen's own check. */
  error: string;
}

/**
 * One change at a time from a screen: `attempt` clears what the last one said, runs the change, then
 * keeps `done`'s line, or the refusal's words (failureText; `failed` when the failure says nothing). `refuse` says
 * what the screen's own check found before anything is sent.
 */
export function useOutcome() {
  const [outcome, setOutcome] = useState<Outcome>({ message: '', error: '' });
  /** A change is on its way: the form's button waits for it. */
  const [busy, setBusy] = useState(false);
  const attempt = async <T>(work: () => Promise<T>, done: string | ((answer: T) => string), failed = 'не выполнено'): Promise<T | undefined> => {
    setOutcome({ message: '', error: '' });
    setBusy(true);
    try {
      const answer = await work();
      setOutcome({ message: typeof done === 'string' ? done : done(answer), error: '' });
      return answer;
    } catch (failure) {
      setOutcome({ message: '', error: failureText(failure, failed) });
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { ...outcome, busy, attempt, refuse: (error: string) => setOutcome({ message: '', error }) };
}

/** A refusal or a lost connection in words: the problem document's Russian detail, or what to do when the server is away. */
export function failureText(failure: unknown, fallback: string): string {
  if (failure instanceof Unreachable) return `${failure.message}: проверьте подключение и повторите`;
  // The gateway's own check names the fields by their API names; its words for each are Russian.
  if (failure instanceof ApiError && failure.message.startsWith('неверные поля') && Object.keys(failure.errors).length > 0) return Object.values(failure.errors).join('; ');
  return failure instanceof Error && failure.message ? failure.message : fallback;
}
