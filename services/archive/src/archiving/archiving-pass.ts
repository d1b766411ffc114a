import { BackgroundPasses, type Logger } from '@ejournal/kit';
import type { ArchiveStore } from '../store/archive.store';
import type { Archivist } from './archivist';

/** How long an archiver holds a period's archiving before another may take it over (a crashed one). */
const CLAIM_MS = 10 * 60_000;

/**
 * Works through the pending archivings: asked for when a period closes, and every interval (one left
 * by a crash, a page an owner could not give). A job is done when every page is kept; pages kept
 * before a crash are not kept twice (their line already ends with the same content).
 */
export class ArchivingPass {
  private readonly passes: BackgroundPasses;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: ArchiveStore,
    private readonly archivist: Archivist,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {
    this.passes = new BackgroundPasses(() => this.pass(), (error) => this.logger.error('archiving pass failed', { error: error.message }));
  }

  start(): void {
    this.wake();
    this.timer = setInterval(() => this.wake(), this.intervalMs);
    this.timer.unref();
  }

  wake(): void {
    this.passes.request();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.passes.idle();
  }

  private async pass(): Promise<void> {
    for (const job of await this.store.pendingJobs()) {
      if (!(await this.store.claim(job, new Date(), CLAIM_MS))) continue;
      try {
        const added = await this.archivist.archivePeriod(job);
        await this.store.finish(job._id, added, new Date());
        this.logger.info('period archived', { job: job._id, schoolId: job.schoolId, records: added });
      } catch (error) {
        await this.store.failed(job._id, (error as Error).message);
        this.logger.warn('period archiving failed; tried again at the next pass', { job: job._id, error: (error as Error).message });
      }
    }
  }
}
