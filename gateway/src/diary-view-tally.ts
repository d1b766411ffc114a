import type { diaryV1 } from '@ejournal/contracts';
import type { Logger } from '@ejournal/kit';
import type { ViewPlace } from './week-page-copies';

/** Views sent to the diary in one call at most. */
const MOST_PER_CALL = 1_000;
/** Different (pupil, viewer, class-month) counts held while the diary cannot be told: beyond, the newest are not counted. */
const MOST_HELD = 50_000;

type View = diaryV1.CountedViews['views'] extends (infer V)[] | undefined ? Required<V> : never;

/**
 * The openings of week pages this gateway answered from its own copy (week-page-copies.ts), counted
 * here and told to the diary once a second (DiaryService/CountViews) — the class teacher's monitoring
 * of who opens the diary (003 §4.2) counts them as if the diary had answered. Held while the diary
 * cannot be told; a gateway killed outright loses at most one interval's counts, as the diary does.
 */
export class DiaryViewTally {
  private held = new Map<string, View>();
  private timer?: NodeJS.Timeout;
  private telling: Promise<void> = Promise.resolve();

  constructor(
    private readonly tell: (views: View[]) => Promise<void>,
    private readonly logger: Logger,
    private readonly intervalMs = 1_000,
  ) {}

  /** One opening of a pupil's page by a viewer, in the role they hold towards the pupil. */
  count(place: ViewPlace, viewer: string, role: string, at = new Date()): void {
    if (!place.classMonth) return;
    const key = `${place.classMonth}\u0000${place.studentKey}\u0000${viewer}`;
    const view = this.held.get(key);
    if (view) {
      view.count += 1;
      view.lastAt = at.toISOString();
      view.role = role;
      return;
    }
    if (this.held.size >= MOST_HELD) {
      this.logger.warn('diary views not counted: too many held while the diary cannot be told', { held: this.held.size });
      return;
    }
    this.held.set(key, { classMonth: place.classMonth, studentKey: place.studentKey, schoolId: place.schoolId, viewer, role, count: 1, lastAt: at.toISOString() });
  }

  /** Tells the diary what was counted so far; what it could not take is held for the next time. */
  flush(): Promise<void> {
    this.telling = this.telling.then(async () => {
      const batch = [...this.held.values()];
      this.held = new Map();
      for (let start = 0; start < batch.length; start += MOST_PER_CALL) {
        const part = batch.slice(start, start + MOST_PER_CALL);
        try {
          await this.tell(part);
        } catch (error) {
          for (const view of batch.slice(start)) this.holdAgain(view);
          this.logger.warn('diary views not told yet', { views: batch.length - start, error: (error as Error).message });
          return;
        }
      }
    });
    return this.telling;
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private holdAgain(view: View): void {
    const key = `${view.classMonth}\u0000${view.studentKey}\u0000${view.viewer}`;
    const later = this.held.get(key);
    if (!later) this.held.set(key, { ...view });
    else later.count += view.count;
  }
}
