import type { Logger, VersionedDocuments } from '@ejournal/kit';
import { addViews, type DiaryView } from '../domain/diary-views';
import type { DiaryViews } from './diary.store';

/**
 * Who opened a pupil's diary (003 §4.2), counted without a write on the read path: a view is counted in
 * memory and the counts are added to the class-month documents in batches, one write per document
 * per interval (and at shutdown). A process killed outright loses at most one interval's counts — this
 * is monitoring of reading, not the journal. Readers of the counts see this instance's unwritten ones too.
 */
export class DiaryViewCounter {
  private counted = new Map<string, DiaryView[]>();
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly views: VersionedDocuments<DiaryViews>,
    private readonly logger: Logger,
    private readonly intervalMs = 1_000,
  ) {}

  /** A view of a pupil's diary by a viewer, in a class and month (`classId:YYYY-MM`). */
  count(classMonth: string, view: Omit<DiaryView, 'count' | 'lastAt'>, at = new Date()): void {
    const list = this.counted.get(classMonth) ?? [];
    this.counted.set(classMonth, addViews(list, [{ ...view, count: 1, lastAt: at }]));
  }

  /** The stored views of a class-month with this instance's not yet written ones. */
  async of(classMonth: string): Promise<DiaryView[]> {
    const stored = await this.views.find(classMonth);
    return addViews(stored?.views ?? [], this.counted.get(classMonth) ?? []);
  }

  /** Writes the counts gathered so far: one change per class-month document. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const batch = this.counted;
      this.counted = new Map();
      for (const [classMonth, counted] of batch) {
        try {
          await this.views.change(classMonth, (log) => ({ next: { ...log, views: addViews(log.views, counted) }, result: null }), (): DiaryViews => ({ _id: classMonth, views: [], version: 0 }));
        } catch (error) {
          // Kept for the next flush (a write that failed for certain added nothing).
          this.counted.set(classMonth, addViews(counted, this.counted.get(classMonth) ?? []));
          this.logger.warn('diary views not written yet', { error: (error as Error).message });
        }
      }
    });
    return this.flushing;
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
