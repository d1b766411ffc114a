import type { Logger } from '@ejournal/kit';
import type { DiaryStore, KnownYears } from '../store/diary.store';
import type { ExportJobs } from './export-jobs';

const ALL_YEARS = 'all';

/**
 * When the full export runs besides on demand (000 §5, 001 §9.2.2): once a month, on the configured
 * day, for every current school year; and after a year transition, for the new year. Each is queued
 * as a job behind any export the school is running. Several diary instances may both queue one: the
 * export is idempotent.
 */
export class ExportSchedule {
  private timer?: NodeJS.Timeout;

  constructor(private readonly store: DiaryStore, private readonly jobs: ExportJobs, private readonly logger: Logger, private readonly dayOfMonth: number) {}

  async run(schoolId: string, yearId: string, reason: string): Promise<void> {
    await this.jobs.start({ schoolId, yearId, reason, requestedBy: 'service:diary' }, false);
  }

  async remember(year: { yearId: string; schoolId: string; startsOn: string; endsOn: string }): Promise<void> {
    await this.store.knownYears.change(
      ALL_YEARS,
      (known) => (known.years.some((entry) => entry.yearId === year.yearId) ? { next: null, result: null } : { next: { ...known, years: [...known.years, { ...year, lastMonthlyExport: '' }] }, result: null }),
      (): KnownYears => ({ _id: ALL_YEARS, years: [], version: 0 }),
    );
  }

  /** Checks every hour whether a monthly export is due. */
  start(): void {
    this.timer = setInterval(() => void this.monthly().catch((error: Error) => this.logger.warn('scheduled diary export failed', { error: error.message })), 3_600_000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async monthly(now = new Date()): Promise<number> {
    if (now.getUTCDate() !== this.dayOfMonth) return 0;
    const today = now.toISOString().slice(0, 10);
    const month = today.slice(0, 7);
    const known = await this.store.knownYears.find(ALL_YEARS);
    let runs = 0;
    for (const year of known?.years ?? []) {
      if (year.lastMonthlyExport === month || today < year.startsOn || today > year.endsOn) continue;
      await this.run(year.schoolId, year.yearId, 'monthly');
      this.logger.info('monthly diary export queued', { schoolId: year.schoolId, yearId: year.yearId });
      await this.store.knownYears.change(ALL_YEARS, (current) => ({ next: { ...current, years: current.years.map((entry) => (entry.yearId === year.yearId ? { ...entry, lastMonthlyExport: month } : entry)) }, result: null }), () => new Error('known years vanished'));
      runs++;
    }
    return runs;
  }
}
