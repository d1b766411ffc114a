import type { Logger, VersionedDocuments } from '@ejournal/kit';
import { localDateTime, mondayOf } from '@ejournal/school-rules';
import { blankSchoolWeek, schoolWeekId, withOpenings, type SchoolWeekOpenings } from '../domain/diary-openings';
import { addViews, type DiaryView } from '../domain/diary-views';
import { openingsCounted } from '../events/openings-counted';
import type { DiaryViews } from './diary.store';

/**
 * Who opened a pupil's diary (003 §4.2), counted without a write on the read path: a view is counted in
 * memory and the counts are added to the class-month documents in batches, one write per document
 * per interval (and at shutdown). A process killed outright loses at most one interval's counts — this
 * is monitoring of reading, not the journal. Readers of the counts see this instance's unwritten ones too.
 * The school's week is counted alongside (openings, pupils opened) and each of its writes is told to the
 * region's monitoring (diary.openings.counted, in the same write).
 */
export class DiaryViewCounter {
  private counted = new Map<string, DiaryView[]>();
  private opened = new Map<string, { schoolId: string; week: string; openings: number; pupilKeys: Set<string> }>();
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly views: VersionedDocuments<DiaryViews>,
    private readonly openings: VersionedDocuments<SchoolWeekOpenings>,
    private readonly logger: Logger,
    private readonly intervalMs = 1_000,
  ) {}

  /**
   * A view of a pupil's diary by a viewer, in a class and month (`classId:YYYY-MM`), and in the school's
   * week of the opening; `times` views at once, the last at `at` (those the gateway answered itself).
   */
  count(classMonth: string, view: Omit<DiaryView, 'count' | 'lastAt'>, schoolId = '', at = new Date(), times = 1): void {
    const list = this.counted.get(classMonth) ?? [];
    this.counted.set(classMonth, addViews(list, [{ ...view, count: times, lastAt: at }]));
    if (!schoolId) return;
    const week = mondayOf(localDateTime(at).date);
    const id = schoolWeekId(schoolId, week);
    const opened = this.opened.get(id) ?? { schoolId, week, openings: 0, pupilKeys: new Set<string>() };
    opened.openings += times;
    opened.pupilKeys.add(view.studentKey);
    this.opened.set(id, opened);
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
      const openings = this.opened;
      this.opened = new Map();
      for (const [id, opened] of openings) {
        try {
          await this.openings.change(id, (week) => ({ next: withOpenings(week, opened.openings, opened.pupilKeys), events: (stored) => [openingsCounted(stored)], result: null }), () => blankSchoolWeek(opened.schoolId, opened.week));
        } catch (error) {
          const later = this.opened.get(id);
          this.opened.set(id, { ...opened, openings: opened.openings + (later?.openings ?? 0), pupilKeys: new Set([...opened.pupilKeys, ...(later?.pupilKeys ?? [])]) });
          this.logger.warn('diary openings not written yet', { error: (error as Error).message });
        }
      }
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
