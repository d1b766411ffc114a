import { randomUUID } from 'node:crypto';
import { verifyPayload, type EventPayloads, type EventType } from '@ejournal/contracts';
import mongoose from 'mongoose';
import { BackgroundPasses } from './background-passes';
import { serialisedWrite } from './document-writes';
import { listenForEventsWritten } from './events-written';
import type { EventBus } from './event-bus';
import type { Logger } from './logger';
import { currentTraceContext } from './tracing';

/**
 * An event waiting in its aggregate's document to be published. The state change and its pending
 * events are written by one atomic update of one document (no multi-document transaction needed);
 * the relay publishes them and then removes them from the document.
 */
export interface PendingEvent {
  id: string;
  type: EventType;
  occurredAt: Date;
  schoolId: string;
  aggregateId: string;
  aggregateVersion: number;
  payload: Record<string, unknown>;
  traceparent: string;
  tracestate: string;
}

/** The fields an aggregate document needs to carry its own outbox. */
export interface WithOutbox {
  pendingEvents: PendingEvent[];
  hasPendingEvents: boolean;
}

const pendingEventSchema = new mongoose.Schema<PendingEvent>(
  {
    id: { type: String, required: true },
    type: { type: String, required: true },
    occurredAt: { type: Date, required: true },
    schoolId: { type: String, default: '' },
    aggregateId: { type: String, required: true },
    aggregateVersion: { type: Number, required: true },
    payload: { type: mongoose.Schema.Types.Mixed, required: true },
    traceparent: { type: String, default: '' },
    tracestate: { type: String, default: '' },
  },
  { _id: false },
);

/** Adds the outbox fields to an aggregate's schema; the relay finds work by equality on hasPendingEvents. */
export function addOutbox(schema: mongoose.Schema): void {
  schema.add({ pendingEvents: { type: [pendingEventSchema], default: [] }, hasPendingEvents: { type: Boolean, default: false } });
  schema.index({ hasPendingEvents: 1 });
}

/** A new pending event, carrying the active trace context. Throws when the payload breaks its contract. */
export function pendingEvent<T extends EventType>(
  type: T,
  aggregate: { schoolId: string; aggregateId: string; aggregateVersion: number },
  payload: EventPayloads[T],
  occurredAt = new Date(),
): PendingEvent {
  verifyPayload(type, payload);
  return { id: randomUUID(), type, occurredAt, ...aggregate, payload: payload as unknown as Record<string, unknown>, ...currentTraceContext() };
}

/** The update fragment that appends pending events to an aggregate in the same atomic write. */
export function appendingEvents(events: PendingEvent[]) {
  return { $push: { pendingEvents: { $each: events } }, $set: { hasPendingEvents: true } } as const;
}

export interface OutboxRelayOptions {
  bus: EventBus;
  producer: string;
  logger: Logger;
  /** Collections whose documents carry an outbox (schemas with addOutbox). */
  models: mongoose.Model<any>[];
  /** How often to look for events left behind (by a crash, or a broker that was away). */
  pollIntervalMs?: number;
  batchSize?: number;
}

/**
 * Publishes pending events and removes each from its document once the broker confirmed it.
 * A crash after the write and before the publish leaves the event in the document, and the next
 * relay pass (in this or another replica) publishes it; a crash after the publish and before the
 * removal publishes it again, which consumers drop by event id.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private readonly passes = new BackgroundPasses(async () => void ((await this.pass()) && this.nudge()), (error) => this.options.logger.warn('outbox pass failed; will retry', { error: error.message }));
  private stopped = false;
  /** The oldest event still waiting when the last pass began (its age is the relay's lag). */
  private oldestPending?: Date;

  /** Stops hearing of writes (see events-written). */
  private readonly stopListening: () => void;

  constructor(private readonly options: OutboxRelayOptions) {
    // Every write the kit makes with events to one of these collections asks for a pass at once.
    this.stopListening = listenForEventsWritten(
      options.models.map((model) => model.collection.name),
      () => this.nudge(),
    );
  }

  /** How long the oldest event not yet published has waited, in ms (0 when none waits): a metric and a health input. */
  lagMs(now = Date.now()): number {
    return this.oldestPending ? Math.max(0, now - this.oldestPending.getTime()) : 0;
  }

  start(): void {
    this.stopped = false;
    const tick = () => {
      this.nudge();
      this.timer = setTimeout(tick, this.options.pollIntervalMs ?? 1_000);
    };
    tick();
  }

  /** Asks for a pass now; passes never overlap. Writers need not call it: the kit's writes announce their events. */
  nudge(): void {
    this.passes.request(() => !this.stopped);
  }

  /** Publishes everything pending now; resolves when done. */
  async flush(): Promise<void> {
    await this.passes.idle();
    await this.pass();
  }

  /** One pass over the documents with pending events; true when a full batch means more is behind it. */
  private async pass(): Promise<boolean> {
    let oldest: Date | undefined;
    let more = false;
    for (const model of this.options.models) {
      const documents = await model
        .find({ hasPendingEvents: true }, { pendingEvents: 1 })
        .limit(this.options.batchSize ?? 100)
        .lean<Array<{ _id: unknown; pendingEvents: PendingEvent[] }>>();
      for (const event of documents.flatMap((document) => document.pendingEvents)) {
        if (!oldest || new Date(event.occurredAt) < oldest) oldest = new Date(event.occurredAt);
      }
      this.oldestPending = oldest;
      // Every document's events are published at once (the broker confirms them as a stream, not one
      // round trip each); each document is cleared once all of its events are confirmed.
      await Promise.all(documents.map((document) => this.relayDocument(model, document)));
      if (documents.length === (this.options.batchSize ?? 100)) more = true;
    }
    // Published: nothing waits, unless a full batch means more is behind it.
    this.oldestPending = more ? oldest : undefined;
    return more;
  }

  private async relayDocument(model: mongoose.Model<any>, document: { _id: unknown; pendingEvents: PendingEvent[] }): Promise<void> {
    const events = document.pendingEvents;
    if (events.length === 0) return;
    await Promise.all(events.map((event) => this.options.bus.publish({ ...event, producer: this.options.producer, payload: event.payload as never })));
    // All published: clear them in one write when nothing was appended meanwhile (the array is as read)…
    const cleared = await serialisedWrite(model.collection.name, document._id, () =>
      model.updateOne({ _id: document._id, 'pendingEvents.0.id': events[0].id, pendingEvents: { $size: events.length } }, { $set: { pendingEvents: [], hasPendingEvents: false } }),
    );
    if (cleared.modifiedCount === 1) return;
    // …else remove them one by one from the front, each only if it is still the first.
    // ($pull by condition is not available on FerretDB 1.24; a positional $pop is.)
    for (const event of events) {
      const removed = await serialisedWrite(model.collection.name, document._id, () => model.updateOne({ _id: document._id, 'pendingEvents.0.id': event.id }, { $pop: { pendingEvents: -1 } }));
      if (removed.modifiedCount === 0) break; // another relay got there first; the next pass re-reads
    }
    await serialisedWrite(model.collection.name, document._id, () => model.updateOne({ _id: document._id, pendingEvents: { $size: 0 } }, { $set: { hasPendingEvents: false } }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopListening();
    clearTimeout(this.timer);
    await this.passes.idle();
  }
}
