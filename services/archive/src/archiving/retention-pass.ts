import type { Logger } from '@ejournal/kit';
import { dueForRemoval } from '../domain/retention';
import type { ArchiveStore } from '../store/archive.store';

const DAY_MS = 86_400_000;
/** A first pass looks this far back; later passes go on from where the last one stopped. */
const FIRST_WINDOW_DAYS = 366;
/** Days one pass goes through at most (a pass after a long pause catches up over several). */
const DAYS_PER_PASS = 3_660;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Removes records past their term (002 §5: journals 5 years, summary sheets 25) once a day: never
 * before their last day, never one under a legal hold, each removal logged (what, whose, which term).
 * It goes day by day over the records' indexed last days, from where it stopped to yesterday.
 */
export class RetentionPass {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly store: ArchiveStore,
    private readonly logger: Logger,
  ) {}

  start(): void {
    const run = () => {
      this.running = this.pass(new Date()).catch((error) => {
        this.logger.error('archive retention pass failed', { error: (error as Error).message });
        return 0;
      });
    };
    run();
    this.timer = setInterval(run, DAY_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One pass as of `now`; returns how many records it removed. */
  async pass(now: Date): Promise<number> {
    const today = isoDay(now);
    const through = await this.store.removedThrough();
    const first = through ? new Date(Date.parse(through) + DAY_MS) : new Date(now.getTime() - FIRST_WINDOW_DAYS * DAY_MS);
    const days: string[] = [];
    for (let day = first; isoDay(day) < today && days.length < DAYS_PER_PASS; day = new Date(day.getTime() + DAY_MS)) days.push(isoDay(day));
    if (days.length === 0) return 0;
    let removed = 0;
    for (const record of await this.store.pastTerm(days)) {
      if (!dueForRemoval(record, today)) continue;
      await this.store.remove(record, now);
      removed += 1;
      this.logger.info('archived record removed at the end of its term', { hash: record._id, kind: record.kind, schoolId: record.schoolId, retainUntil: record.retainUntil });
    }
    // A removal cut short between a record and its file: the file goes too.
    for (const hash of await this.store.filesLeftBehind(days)) await this.store.removeFile(hash);
    // A held record's day is passed over: it is removed once the hold is lifted (the hold's release re-checks it).
    await this.store.setRemovedThrough(days.at(-1)!);
    return removed;
  }
}
