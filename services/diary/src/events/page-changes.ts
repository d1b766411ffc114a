import { randomUUID } from 'node:crypto';
import type { EventBus, Logger } from '@ejournal/kit';
import type { DiaryStore } from '../store/diary.store';

/** At most one hint per this many milliseconds: a write on a quiet diary is told at once, a burst's writes together. */
const GATHER_MS = 10;
/** At most this many documents in one hint (a full export writes thousands in a burst). */
const MOST_PER_HINT = 500;

/**
 * Tells every gateway and diary instance which diary documents this process has just written
 * (diary.pages.changed), so that week pages kept in memory from them are dropped: a hint published
 * straight to the bus, pupils by key only. A write on a quiet diary is told at once; a burst's writes
 * are told together, one hint per `gatherMs` at most. Losing a hint leaves a kept page stale until it expires (the gateway keeps one for a minute at most, and
 * keeps none while it cannot hear the bus), so it does not go through the outbox.
 */
export class PageChanges {
  private pending = new Set<string>();
  private timer?: NodeJS.Timeout;
  private lastToldAt = 0;

  constructor(
    private readonly bus: EventBus,
    private readonly logger: Logger,
    private readonly gatherMs = GATHER_MS,
  ) {}

  /** A document of `collection` (its MongoDB name) with this id was written here. */
  tell(collection: string, id: string): void {
    this.pending.add(pageDocument(collection, id));
    this.timer ??= setTimeout(() => this.flush(), Math.max(0, this.lastToldAt + this.gatherMs - Date.now()));
  }

  flush(): void {
    this.timer = undefined;
    this.lastToldAt = Date.now();
    const documents = [...this.pending];
    this.pending = new Set();
    for (let start = 0; start < documents.length; start += MOST_PER_HINT) {
      this.bus
        .publish({ id: randomUUID(), type: 'diary.pages.changed', occurredAt: new Date(), producer: 'diary', schoolId: '', aggregateId: '', aggregateVersion: 0, payload: { documents: documents.slice(start, start + MOST_PER_HINT) } })
        .catch((error: Error) => this.logger.warn('diary page change not told', { error: error.message }));
    }
  }
}

/** How a diary document is named in PageKeeping.documents and diary.pages.changed: `<collection>:<id>`. */
export const pageDocument = (collection: string, id: string) => `${collection}:${id}`;

/**
 * One diary instance's part: every write of a week page's document is told (the gateways drop their
 * pages), and the hints of the other instances make this one read those documents again.
 */
export function sharePageChanges(bus: EventBus, store: DiaryStore, logger: Logger): PageChanges {
  const changes = new PageChanges(bus, logger);
  for (const documents of store.pageSources) documents.onWrite((id) => changes.tell(documents.model.collection.name, id));
  bus.subscribeEachInstance('diary-pages', ['diary.pages.changed'], async (event) => {
    for (const document of event.payload.documents) store.forgetCopy(document);
  });
  return changes;
}
