import { SharedAnswers } from '../src/shared-answers';

describe('SharedAnswers', () => {
  it('does the work once for callers asking the same at once, and again once it is answered', async () => {
    const answers = new SharedAnswers<number>();
    let runs = 0;
    let finish!: (value: number) => void;
    const work = () => {
      runs++;
      return new Promise<number>((resolve) => (finish = resolve));
    };
    const first = answers.answer('region:2026-09-01', work);
    const second = answers.answer('region:2026-09-01', work);
    const other = answers.answer('region:2026-10-01', () => Promise.resolve(7));
    expect(runs).toBe(1);
    finish(42);
    await expect(Promise.all([first, second, other])).resolves.toEqual([42, 42, 7]);
    const later = answers.answer('region:2026-09-01', work);
    expect(runs).toBe(2);
    finish(43);
    await expect(later).resolves.toBe(43);
  });

  it('gives a failure to everyone who waited for it, and starts afresh after it', async () => {
    const answers = new SharedAnswers<number>();
    let fail!: (error: Error) => void;
    const failing = () => new Promise<number>((_, reject) => (fail = reject));
    const waiting = [answers.answer('k', failing), answers.answer('k', failing)];
    fail(new Error('база недоступна'));
    for (const outcome of await Promise.allSettled(waiting)) expect(outcome).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: 'база недоступна' }) });
    await expect(answers.answer('k', () => Promise.resolve(1))).resolves.toBe(1);
  });
});
