import { randomUUID } from 'node:crypto';
import type { diaryV1 } from '@ejournal/contracts';
import { aggregateSchema, BackgroundPasses, Conflict, NotFound, VersionedDocuments, type Logger, type Versioned } from '@ejournal/kit';
import type mongoose from 'mongoose';
import type { Pseudonyms } from '../domain/pseudonym';
import type { DiaryStore, ExportReports } from '../store/diary.store';
import { blankReport, runFullExport, type ExportCounts } from './full-export';
import type { Sources } from './sources';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** One full export of a school year, run in the background by whichever diary instance claims it. */
export interface ExportJob extends Versioned {
  schoolId: string;
  yearId: string;
  from: string;
  to: string;
  reason: string;
  status: JobStatus;
  requestedBy: string;
  requestedAt: Date;
  startedAt?: Date;
  finishedAt?: Date;
  /** The instance running it and when it last said so: a job whose runner fell silent is taken over. */
  runner?: string;
  heartbeatAt?: Date;
  classesTotal: number;
  /** Classes finished: a job taken over goes on from the next one. */
  classesDone: string[];
  counts: ExportCounts;
  failure?: string;
}

/** A school's export jobs in the order they run: one at a time per school. */
interface SchoolExports extends Versioned {
  queue: string[];
}

/** A runner silent for this long is taken to be dead. */
const STALE_AFTER_MS = 30_000;
const HEARTBEAT_MS = 5_000;

/**
 * The full export as background jobs (000 §5, 001 §9.2.2): an administrator's request is answered at
 * once with a job to poll; one job runs at a time per school (a second request meanwhile is refused;
 * scheduled ones wait their turn); a job cut short by a crash is taken over by another instance and
 * goes on from the next class.
 */
export class ExportJobs {
  readonly jobs: VersionedDocuments<ExportJob>;
  private readonly schools: VersionedDocuments<SchoolExports>;
  private readonly instance = randomUUID();
  private timer?: NodeJS.Timeout;
  private readonly passes = new BackgroundPasses(() => this.work(), (error) => this.logger.warn('diary export jobs: a pass failed; will retry', { error: error.message }));

  constructor(
    connection: mongoose.Connection,
    private readonly store: DiaryStore,
    private readonly pseudonyms: Pseudonyms,
    private readonly sources: Sources,
    private readonly logger: Logger,
  ) {
    this.jobs = new VersionedDocuments(connection.model('ExportJob', aggregateSchema('export_jobs', { status: { type: String, index: true } })), 'задание выгрузки');
    this.schools = new VersionedDocuments(connection.model('SchoolExports', aggregateSchema('school_exports')), 'выгрузки школы');
  }

  /**
   * Queues an export. A person's request is refused while the school has one queued or running
   * (`exclusive`); a scheduled one waits behind it.
   */
  async start(request: { schoolId: string; yearId: string; from?: string; to?: string; reason: string; requestedBy: string }, exclusive: boolean): Promise<ExportJob> {
    const job: ExportJob = {
      _id: randomUUID(),
      schoolId: request.schoolId,
      yearId: request.yearId,
      from: request.from ?? '',
      to: request.to ?? '',
      reason: request.reason,
      status: 'queued',
      requestedBy: request.requestedBy,
      requestedAt: new Date(),
      classesTotal: 0,
      classesDone: [],
      counts: blankReport(),
      version: 1,
    };
    await this.jobs.insert(job);
    await this.schools.change(
      request.schoolId,
      (school) => {
        if (exclusive && school.queue.length > 0) throw new Conflict(`выгрузка по этой школе уже идёт (задание ${school.queue[0]}): дождитесь её окончания`);
        return { next: { ...school, queue: [...school.queue, job._id] }, result: null };
      },
      (): SchoolExports => ({ _id: request.schoolId, queue: [], version: 0 }),
    ).catch(async (error: unknown) => {
      await this.jobs.change(job._id, (current) => ({ next: { ...current, status: 'failed', failure: 'не поставлено в очередь', finishedAt: new Date() }, result: null }), () => new Error('job vanished'));
      throw error;
    });
    this.nudge();
    return job;
  }

  async get(schoolId: string, jobId: string): Promise<ExportJob> {
    const job = await this.jobs.find(jobId);
    if (!job || job.schoolId !== schoolId) throw new NotFound('задание выгрузки не найдено');
    return job;
  }

  /** Looks for work every second (and at once after a new job). */
  startWorking(intervalMs = 1_000): void {
    this.timer = setInterval(() => this.nudge(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.passes.idle();
  }

  /** Asks for a pass now (a new job); passes run while the jobs are being worked on (startWorking). */
  nudge(): void {
    this.passes.request(() => this.timer !== undefined);
  }

  /** Runs every job that is first in its school's queue and waiting, or whose runner fell silent. */
  private async work(): Promise<void> {
    const now = Date.now();
    const candidates = [...(await this.jobs.findWhere({ status: 'queued' })), ...(await this.jobs.findWhere({ status: 'running' })).filter((job) => !job.heartbeatAt || now - job.heartbeatAt.getTime() > STALE_AFTER_MS)];
    for (const candidate of candidates.sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime())) {
      const school = await this.schools.find(candidate.schoolId);
      if (school?.queue[0] !== candidate._id) continue;
      const claimed = await this.jobs.change(
        candidate._id,
        (job) => {
          const stale = job.status === 'running' && (!job.heartbeatAt || Date.now() - job.heartbeatAt.getTime() > STALE_AFTER_MS);
          if (job.status !== 'queued' && !stale) return { next: null, result: null };
          const next: ExportJob = { ...job, status: 'running', runner: this.instance, heartbeatAt: new Date(), startedAt: job.startedAt ?? new Date() };
          return { next, result: next };
        },
        () => new Error('job vanished'),
      );
      if (claimed) await this.run(claimed);
    }
  }

  private async run(job: ExportJob): Promise<void> {
    let current = job;
    const beat = async (change: Partial<ExportJob> = {}) => {
      current = await this.jobs.change(job._id, (stored) => {
        if (stored.runner !== this.instance) throw new Error(`export job ${job._id} was taken over`);
        const next = { ...stored, ...change, heartbeatAt: new Date() };
        return { next, result: next };
      }, () => new Error('job vanished'));
    };
    const heartbeat = setInterval(() => void beat().catch(() => undefined), HEARTBEAT_MS);
    try {
      this.logger.info('diary export started', { jobId: job._id, schoolId: job.schoolId, yearId: job.yearId, reason: job.reason, resumedAfter: job.classesDone.length });
      const report = await runFullExport(this.store, this.pseudonyms, this.sources, job, {
        done: new Set(job.classesDone),
        counts: job.counts,
        onTotal: (classesTotal) => beat({ classesTotal }),
        onClassDone: (classId, counts) => beat({ classesDone: [...current.classesDone, classId], counts }),
      }, this.logger);
      const finished = { schoolId: job.schoolId, yearId: job.yearId, ...report, reason: job.reason, startedAt: new Date(job.startedAt ?? job.requestedAt).toISOString(), finishedAt: new Date().toISOString() };
      await beat({ status: 'done', finishedAt: new Date(), counts: report });
      await this.store.reports.change(
        job.schoolId,
        (reports) => ({ next: { ...reports, reports: [finished, ...reports.reports].slice(0, 24) }, result: null }),
        (): ExportReports => ({ _id: job.schoolId, reports: [], version: 0 }),
      );
      this.logger.info('diary export finished', { jobId: job._id, schoolId: job.schoolId, mismatches: report.mismatches, errors: report.errors.length });
    } catch (error) {
      this.logger.error('diary export failed', { jobId: job._id, schoolId: job.schoolId, error: (error as Error).message });
      await beat({ status: 'failed', finishedAt: new Date(), failure: 'выгрузка прервалась из-за внутренней ошибки; запустите её снова' }).catch(() => undefined);
    } finally {
      clearInterval(heartbeat);
      await this.schools.change(job.schoolId, (school) => ({ next: { ...school, queue: school.queue.filter((id) => id !== job._id) }, result: null }), () => new Error('school vanished'));
    }
  }
}

/** A job as the API shows it. */
export function exportJobMessage(job: ExportJob): diaryV1.ExportJob {
  const iso = (date?: Date) => (date ? new Date(date).toISOString() : '');
  return {
    id: job._id,
    schoolId: job.schoolId,
    yearId: job.yearId,
    status: job.status,
    reason: job.reason,
    classesDone: job.classesDone.length,
    classesTotal: job.classesTotal,
    report: { schoolId: job.schoolId, yearId: job.yearId, ...job.counts, startedAt: iso(job.startedAt), finishedAt: iso(job.finishedAt), reason: job.reason },
    requestedAt: iso(job.requestedAt),
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
    failure: job.failure ?? '',
  };
}
