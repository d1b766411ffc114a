/**
 * Callers asking the same question at once share one answer: the first starts the work, the others
 * wait for it; once it is answered (or has failed) the next caller starts afresh — nothing is kept
 * after that, so no answer is older than the work in flight when it was asked. For an expensive read
 * that many may ask at the same moment (the operator's region view): its cost and its memory are paid
 * once however many wait. The key must name everything the answer depends on, and each caller's right
 * to it is checked before asking.
 */
export class SharedAnswers<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  answer(key: string, work: () => Promise<T>): Promise<T> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const started = work().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }
}
