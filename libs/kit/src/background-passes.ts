import { withinDeadline } from './call-deadline';

/**
 * Passes of background work (publishing the outbox, running export jobs) asked for at any moment:
 * never two at once, and one asked for during a pass runs once after it. A pass asked for by a request's
 * handler is not that request's work: it runs without the request's deadline.
 */
export class BackgroundPasses {
  private running?: Promise<void>;
  private again = false;

  constructor(
    private readonly pass: () => Promise<void>,
    private readonly failed: (error: Error) => void,
  ) {}

  /** Asks for a pass; `allowed` is asked again before the one that was asked for during a pass. */
  request(allowed: () => boolean = () => true): void {
    if (!allowed()) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = withinDeadline(Infinity, this.pass)
      .catch(this.failed)
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.request(allowed);
        }
      });
  }

  /** Resolves when no pass is running. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }
}
