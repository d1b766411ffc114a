import type { ServiceName } from '@ejournal/contracts';
import { DATABASE_HEALTH, type HealthProbe } from '@ejournal/kit';

/**
 * Whether each service's database answers, as the gateway last saw it (asked twice a second): a service
 * whose database is away cannot do anything, and is answered for at once with 503. With only the broker
 * away a service still works (its outbox keeps the events), so it is not refused. A service that does
 * not answer the probe is not judged here: the call itself finds out (and maps to 503).
 */
export class HealthWatch {
  private readonly status = new Map<ServiceName, string>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly probes: Record<ServiceName, HealthProbe>, intervalMs = 500) {
    this.timer = setInterval(() => void this.look(), intervalMs);
    this.timer.unref();
  }

  private async look(): Promise<void> {
    await Promise.all(
      (Object.entries(this.probes) as Array<[ServiceName, HealthProbe]>).map(async ([name, probe]) => {
        this.status.set(name, await probe.check(DATABASE_HEALTH, 400));
      }),
    );
  }

  isDown(service: ServiceName): boolean {
    return this.status.get(service) === 'NOT_SERVING';
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
