import { randomUUID } from 'node:crypto';
import type { EventBus, Logger } from '@ejournal/kit';

/**
 * Tells open browsers (through the gateway's live streams) that these people have something new: a
 * hint published straight to the bus, ids only. Losing one costs a person nothing but a few seconds —
 * the inbox stays the source of truth and the browser asks it again on reconnecting — so it does not
 * go through the outbox, and a failure to publish is only logged.
 */
export class InboxChanges {
  constructor(
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  tell(schoolId: string, personIds: string[]): void {
    const people = [...new Set(personIds)].filter(Boolean);
    if (people.length === 0) return;
    this.bus
      .publish({ id: randomUUID(), type: 'messaging.inbox.changed', occurredAt: new Date(), producer: 'messaging', schoolId, aggregateId: '', aggregateVersion: 0, payload: { personIds: people } })
      .catch((error: Error) => this.logger.warn('inbox change not told', { error: error.message }));
  }
}
