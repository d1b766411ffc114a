import { decodeEnvelope, encodeEnvelope, EventContractError, producerOfEventType, type EventEnvelope, type EventType } from '@ejournal/contracts';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { randomUUID } from 'node:crypto';
import * as amqp from 'amqplib';
import type { Inbox } from './inbox';
import type { Logger } from './logger';
import { isTransient } from './mongo';
import { contextFromTraceparent, currentTraceContext, tracer } from './tracing';

export type EventHandler<T extends EventType = EventType> = (event: EventEnvelope<T>) => Promise<void>;

export interface EventBusOptions {
  url: string;
  /** Prefix of the exchange and every queue. */
  namespace: string;
  /** The producing service, written into every envelope it publishes. */
  producer: string;
  logger: Logger;
  /** Back-off before each retry of a failed event; after the last one it goes to the dead-letter queue. */
  retryDelaysMs?: number[];
  prefetch?: number;
  /** How long publish waits for a broker connection before it fails. */
  publishTimeoutMs?: number;
  /**
   * Each service has its own broker user, named `<namespace>.<service>`: a consumer then accepts an
   * event only from the user of the service its type names (the broker validates the user id a
   * message carries). Without it, every event must still name the right producer.
   */
  usersPerService?: boolean;
}

interface Subscription {
  consumer: string;
  types: EventType[];
  handler: EventHandler;
  /** Absent for a per-instance subscription (its handler must be idempotent by itself). */
  inbox?: Inbox;
  /** Types the handler applies replay-proof by itself: handed to it without the inbox's claim and record. */
  replayProof?: ReadonlySet<EventType>;
  /** On a quiet consumer, deliveries wait this long, gathered, before they are handled (subscribe's `deferMs`). */
  deferMs?: number;
  /** The moment the deliveries gathered now are handed over (while some wait). */
  gathered?: Promise<void>;
  /** Deliveries being handled or waiting to be. */
  inHand: number;
  /** The exclusive queue of a per-instance subscription. */
  instanceQueue?: string;
  channel?: amqp.ConfirmChannel;
  consumerTag?: string;
}

const ATTEMPT_HEADER = 'x-ejournal-attempt';
/** How many times in a row the database (or another piece of infrastructure) was away for this message. */
const OUTAGE_HEADER = 'x-ejournal-outages';
/** A delivery in a handler longer than this is stuck: the consumer's health says so. */
const STUCK_AFTER_MS = 60_000;
const ERROR_HEADER = 'x-ejournal-error';
/** On a message a consumer moved into its own retry or dead-letter queue: who published it first. */
const PUBLISHED_BY_HEADER = 'x-ejournal-published-by';

/**
 * How long a consumer nobody waits for at the moment of the fact (reports, notices) holds its deliveries
 * (subscribe's `deferMs`): longer than the diary takes to write a mark on a quiet system (30–80 ms here).
 */
export const UNHURRIED_DEFER_MS = 200;

/** Queue names of one consumer: its quorum queue, a delay queue per retry, and its dead-letter queue. */
export function consumerQueues(namespace: string, consumer: string, retries: number) {
  const main = `${namespace}.${consumer}`;
  return { main, retry: Array.from({ length: retries }, (_, i) => `${main}.retry.${i + 1}`), dead: `${main}.dead` };
}

/**
 * The platform's event bus on RabbitMQ: one topic exchange routed by event type; publisher confirms;
 * one durable quorum queue per consumer, delay queues for retries with back-off and a dead-letter
 * queue for poison messages; reconnects after the broker goes away and declares everything again.
 */
export class EventBus {
  private connection?: amqp.ChannelModel;
  private publisher?: amqp.ConfirmChannel;
  private readonly subscriptions: Subscription[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  /** Deliveries being handled now, and since when (for the consumer's health). */
  private readonly handling = new Map<object, number>();
  private stopping = false;
  private connectedNow = false;
  private waiters: Array<() => void> = [];
  private readonly retryDelaysMs: number[];
  /** This process's broker user: every message it sends carries it, and the broker checks it. */
  private readonly brokerUser: string;
  readonly exchange: string;
  /** Called with true when the bus connects and false when it loses the broker. */
  onConnectionChange: (connected: boolean) => void = () => {};

  constructor(private readonly options: EventBusOptions) {
    this.retryDelaysMs = options.retryDelaysMs ?? [1_000, 10_000, 60_000];
    this.exchange = `${options.namespace}.events`;
    this.brokerUser = decodeURIComponent(new URL(options.url).username) || 'guest';
  }

  get connected(): boolean {
    return this.connectedNow;
  }

  /** Deliveries that have been in a handler for over a minute: the consumer is stuck, its health says so. */
  stuckDeliveries(now = Date.now()): number {
    return [...this.handling.values()].filter((since) => now - since > STUCK_AFTER_MS).length;
  }

  /** Connects (retrying with back-off until the broker answers) and declares the topology. */
  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    for (let attempt = 0; !this.stopping; attempt++) {
      try {
        const connection = await amqp.connect(this.options.url, { clientProperties: { connection_name: this.options.producer } });
        connection.on('error', (error: Error) => this.options.logger.warn('broker connection error', { error: error.message }));
        connection.on('close', () => this.onClosed(connection));
        this.connection = connection;
        this.publisher = await connection.createConfirmChannel();
        this.publisher.on('error', (error: Error) => this.options.logger.warn('publish channel error', { error: error.message }));
        await this.publisher.assertExchange(this.exchange, 'topic', { durable: true });
        for (const subscription of this.subscriptions) await this.consume(subscription);
        this.connectedNow = true;
        this.onConnectionChange(true);
        this.options.logger.info('event bus connected', { exchange: this.exchange, consumers: this.subscriptions.length });
        for (const wake of this.waiters.splice(0)) wake();
        return;
      } catch (error) {
        const delay = Math.min(10_000, 250 * 2 ** attempt);
        this.options.logger.warn('event bus cannot reach the broker; retrying', { error: (error as Error).message, delayMs: delay });
        await this.connection?.close().catch(() => undefined);
        this.connection = undefined;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private onClosed(connection: amqp.ChannelModel): void {
    if (connection !== this.connection) return;
    this.connection = undefined;
    this.publisher = undefined;
    for (const subscription of this.subscriptions) subscription.channel = undefined;
    if (this.connectedNow) {
      this.connectedNow = false;
      this.onConnectionChange(false);
    }
    if (this.stopping) return;
    this.options.logger.warn('event bus lost the broker; reconnecting');
    void this.connect();
  }

  private waitForConnection(timeoutMs: number): Promise<void> {
    if (this.connectedNow && this.publisher) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no broker connection within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /**
   * Publishes one event and resolves when the broker has confirmed it (persisted in every queue
   * it routes to). Rejects when it cannot; the caller (the outbox relay) tries again later.
   */
  async publish(event: Omit<EventEnvelope, 'traceparent' | 'tracestate'> & Partial<EventEnvelope>): Promise<void> {
    await this.waitForConnection(this.options.publishTimeoutMs ?? 5_000);
    const parent = contextFromTraceparent(event.traceparent, event.tracestate);
    const span = tracer().startSpan(
      `${event.type} publish`,
      {
        kind: SpanKind.PRODUCER,
        attributes: { 'messaging.system': 'rabbitmq', 'messaging.destination.name': this.exchange, 'messaging.message.id': event.id },
      },
      parent,
    );
    try {
      const envelope: EventEnvelope = {
        ...event,
        ...context.with(trace.setSpan(parent, span), currentTraceContext),
      } as EventEnvelope;
      const channel = this.publisher!;
      await new Promise<void>((resolve, reject) => {
        channel.publish(
          this.exchange,
          envelope.type,
          encodeEnvelope(envelope),
          {
            persistent: true,
            messageId: envelope.id,
            type: envelope.type,
            appId: envelope.producer,
            userId: this.brokerUser,
            timestamp: Math.floor(envelope.occurredAt.getTime() / 1000),
            contentType: 'application/x-protobuf',
            headers: { traceparent: envelope.traceparent, tracestate: envelope.tracestate },
          },
          (error) => (error ? reject(new Error(`broker did not confirm ${envelope.type} ${envelope.id}`)) : resolve()),
        );
      });
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  }

  /**
   * Consumes the given event types into the consumer's own durable queue. The handler is called at
   * least once per event; the inbox drops duplicates, and a handler that throws is retried with
   * back-off and finally dead-lettered. Declare every subscription before start().
   *
   * `replayProof`: types whose handler is itself proof against a repeated event — it applies a
   * version or revision the document already holds as no change (a test must replay them shuffled and
   * twice). They skip the inbox: its claim and its record, two writes per event, which such a handler
   * does not need. Not for a read model whose documents each take many events of a burst: the inbox's
   * claims, inserted together, also start a burst's deliveries together, so that the events of one
   * document are applied in one write (libs/kit/src/versioned-documents.ts); without them the diary
   * catching up wrote its pupils' weeks 1,477 times instead of 906 for 2,410 events, and was slower.
   *
   * `deferMs`: a delivery to a quiet consumer (none in hand) waits this long, and those that arrive
   * meanwhile are handed over with it (their claims in one insert, their documents' changes grouped).
   * For a consumer nobody waits for at the moment of the fact (a report, a notice): it keeps out of the
   * way of one that somebody does wait for (the diary a parent opens after the teacher's mark) on the
   * same database and cores. A consumer busy with a burst takes each delivery at once: it is behind
   * already, and waiting would only slow it down (with every delivery waiting, reports caught up at 163
   * events/s, against 170 without waiting and 204 waiting only when quiet: `docs/benchmarks.md`).
   */
  subscribe<T extends EventType>(consumer: string, types: T[], handler: EventHandler<T>, inbox: Inbox, options: { replayProof?: readonly T[]; deferMs?: number } = {}): void {
    const replayProof = new Set<EventType>(options.replayProof ?? []);
    const strays = [...replayProof].filter((type) => !types.includes(type as T));
    if (strays.length > 0) throw new Error(`${consumer}: replay-proof types it does not consume: ${strays.join(', ')}`);
    const subscription: Subscription = { consumer, types, handler: handler as EventHandler, inbox, replayProof, deferMs: options.deferMs, inHand: 0 };
    this.subscriptions.push(subscription);
    if (this.connection) void this.consume(subscription);
  }

  /**
   * Delivers the given events to every running instance of this process (not to one of them): an
   * exclusive queue per instance that goes away with it. For in-memory state every replica must
   * hold (a gateway's revoked accounts); such a consumer rebuilds its state at start and its
   * handler must be idempotent. No retries: a failing handler is logged and the event dropped.
   */
  subscribeEachInstance<T extends EventType>(consumer: string, types: T[], handler: EventHandler<T>): void {
    const subscription: Subscription = { consumer, types, handler: handler as EventHandler, instanceQueue: `${this.options.namespace}.${consumer}.instance.${randomUUID()}`, inHand: 0 };
    this.subscriptions.push(subscription);
    if (this.connection) void this.consume(subscription);
  }

  queuesOf(consumer: string) {
    return consumerQueues(this.options.namespace, consumer, this.retryDelaysMs.length);
  }

  private async consume(subscription: Subscription): Promise<void> {
    const channel = await this.connection!.createConfirmChannel();
    channel.on('error', (error: Error) => this.options.logger.warn('consumer channel error', { consumer: subscription.consumer, error: error.message }));
    await channel.prefetch(this.options.prefetch ?? 16);
    if (subscription.instanceQueue) {
      await channel.assertExchange(this.exchange, 'topic', { durable: true });
      await channel.assertQueue(subscription.instanceQueue, { exclusive: true, autoDelete: true, durable: false });
      for (const type of subscription.types) await channel.bindQueue(subscription.instanceQueue, this.exchange, type);
      const consumed = await channel.consume(subscription.instanceQueue, (message) => {
        if (message) void this.handleInInstance(subscription, channel, message);
      });
      subscription.channel = channel;
      subscription.consumerTag = consumed.consumerTag;
      return;
    }
    const queues = this.queuesOf(subscription.consumer);
    await channel.assertExchange(this.exchange, 'topic', { durable: true });
    await channel.assertQueue(queues.main, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    for (const type of subscription.types) await channel.bindQueue(queues.main, this.exchange, type);
    for (const [i, queue] of queues.retry.entries()) {
      await channel.assertQueue(queue, {
        durable: true,
        arguments: {
          'x-queue-type': 'quorum',
          'x-message-ttl': this.retryDelaysMs[i],
          'x-dead-letter-exchange': '',
          'x-dead-letter-routing-key': queues.main,
        },
      });
    }
    await channel.assertQueue(queues.dead, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    const { consumerTag } = await channel.consume(queues.main, (message) => {
      if (!message) return; // the broker cancelled the consumer; the connection's close brings us back
      this.handling.set(message, Date.now());
      // Every delivery is settled: acknowledged, moved to a retry queue, dead-lettered — or, when even
      // that fails on an open channel, given back to the broker (nack with requeue).
      const deferred = subscription.deferMs && (subscription.inHand === 0 || subscription.gathered);
      subscription.inHand++;
      const handed = deferred ? this.gathered(subscription).then(() => this.handle(subscription, channel, message)) : this.handle(subscription, channel, message);
      const handling = handed.catch(async (error: Error) => {
        this.options.logger.warn('event could not be handled or moved; giving it back to the broker', { consumer: subscription.consumer, eventId: message.properties.messageId, error: error.message });
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        try {
          channel.nack(message, false, true);
        } catch {
          // The channel is gone: the broker delivers the message again on the next connection.
        }
      });
      this.inFlight.add(handling);
      void handling.finally(() => {
        subscription.inHand--;
        this.inFlight.delete(handling);
        this.handling.delete(message);
      });
    });
    subscription.channel = channel;
    subscription.consumerTag = consumerTag;
  }

  /** When the deliveries arriving now are handed over: `deferMs` after the first of them. */
  private gathered(subscription: Subscription): Promise<void> {
    subscription.gathered ??= new Promise<void>((resolve) =>
      setTimeout(() => {
        subscription.gathered = undefined;
        resolve();
      }, subscription.deferMs),
    );
    return subscription.gathered;
  }

  /** Who published a message, as the broker vouches for it (through our own retry queues, as we noted it). */
  private publisherOf(message: amqp.ConsumeMessage): string {
    const user = String(message.properties.userId ?? '');
    return user === this.brokerUser ? String(message.properties.headers?.[PUBLISHED_BY_HEADER] ?? user) : user;
  }

  /** Why an event must not be believed: it names another producer than its type's, or came from another service's user. */
  private impostureOf(message: amqp.ConsumeMessage, event: EventEnvelope): string | undefined {
    const owner = producerOfEventType(event.type);
    if (event.producer !== owner) return `${event.type} may be published by ${owner} only, not by ${event.producer}`;
    if (this.options.usersPerService && this.publisherOf(message) !== `${this.options.namespace}.${owner}`) {
      return `${event.type} came from broker user "${this.publisherOf(message)}", not from ${owner}`;
    }
    return undefined;
  }

  private async handleInInstance(subscription: Subscription, channel: amqp.ConfirmChannel, message: amqp.ConsumeMessage): Promise<void> {
    try {
      const event = decodeEnvelope(message.content);
      const imposture = this.impostureOf(message, event);
      if (imposture) throw new EventContractError(imposture);
      await context.with(contextFromTraceparent(event.traceparent, event.tracestate), () => subscription.handler(event));
    } catch (error) {
      this.options.logger.error('event dropped by a per-instance consumer', { consumer: subscription.consumer, eventId: message.properties.messageId, error: (error as Error).message });
    }
    channel.ack(message);
  }

  private async handle(subscription: Subscription, channel: amqp.ConfirmChannel, message: amqp.ConsumeMessage): Promise<void> {
    const inbox = subscription.inbox!;
    let event: EventEnvelope;
    try {
      event = decodeEnvelope(message.content);
    } catch (error) {
      if (!(error instanceof EventContractError)) throw error;
      await this.deadLetter(subscription, channel, message, error.message);
      return;
    }
    const imposture = this.impostureOf(message, event);
    if (imposture) {
      await this.deadLetter(subscription, channel, message, imposture);
      return;
    }
    const parent = contextFromTraceparent(event.traceparent, event.tracestate);
    const span = tracer().startSpan(
      `${event.type} process`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'rabbitmq',
          'messaging.operation.type': 'process',
          'messaging.destination.name': this.exchange,
          'messaging.consumer.group.name': subscription.consumer,
          'messaging.message.id': event.id,
        },
      },
      parent,
    );
    await context.with(trace.setSpan(parent, span), async () => {
      let claimed = false;
      const deduplicated = !subscription.replayProof?.has(event.type);
      try {
        const claim = deduplicated ? await inbox.claim(event.id) : 'claimed';
        if (claim === 'duplicate') {
          span.setAttribute('ejournal.duplicate', true);
          channel.ack(message);
          return;
        }
        if (claim === 'busy') {
          await this.sendTo(channel, this.queuesOf(subscription.consumer).retry[0], message, this.attemptOf(message));
          channel.ack(message);
          return;
        }
        claimed = deduplicated;
        await subscription.handler(event);
        if (deduplicated) await inbox.complete(event.id);
        channel.ack(message);
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        // The claim is given back so that the retry may take it at once (when the database answers).
        if (claimed) await inbox.release(event.id).catch(() => undefined);
        if (isTransient(error)) await this.retryAfterOutage(subscription, channel, message, error as Error);
        else await this.retryOrDeadLetter(subscription, channel, message, error as Error);
      } finally {
        span.end();
      }
    });
  }

  /**
   * The database (or the network to it) was away: the event is not at fault. It waits in the retry
   * queues — 1 s, then 10 s, then every minute — for as long as the outage lasts, never dead-lettered
   * for it, and its ordinary attempts stay as they were.
   */
  private async retryAfterOutage(subscription: Subscription, channel: amqp.ConfirmChannel, message: amqp.ConsumeMessage, error: Error): Promise<void> {
    const outages = Number(message.properties.headers?.[OUTAGE_HEADER] ?? 0) + 1;
    const queues = this.queuesOf(subscription.consumer);
    this.options.logger.warn('event waits for the database to come back', { consumer: subscription.consumer, eventId: message.properties.messageId, outages, error: error.message });
    await this.sendTo(channel, queues.retry[Math.min(outages, queues.retry.length) - 1], message, this.attemptOf(message), undefined, { [OUTAGE_HEADER]: outages });
    channel.ack(message);
  }

  private attemptOf(message: amqp.ConsumeMessage): number {
    return Number(message.properties.headers?.[ATTEMPT_HEADER] ?? 0);
  }

  private async retryOrDeadLetter(subscription: Subscription, channel: amqp.ConfirmChannel, message: amqp.ConsumeMessage, error: Error) {
    const attempt = this.attemptOf(message) + 1;
    const queues = this.queuesOf(subscription.consumer);
    if (attempt <= queues.retry.length) {
      this.options.logger.warn('event handling failed; retrying later', {
        consumer: subscription.consumer,
        eventId: message.properties.messageId,
        attempt,
        error: error.message,
      });
      await this.sendTo(channel, queues.retry[attempt - 1], message, attempt);
      channel.ack(message);
      return;
    }
    await this.deadLetter(subscription, channel, message, error.message);
  }

  private async deadLetter(subscription: Subscription, channel: amqp.ConfirmChannel, message: amqp.ConsumeMessage, reason: string) {
    this.options.logger.error('event dead-lettered', { consumer: subscription.consumer, eventId: message.properties.messageId, reason });
    await this.sendTo(channel, this.queuesOf(subscription.consumer).dead, message, this.attemptOf(message), reason);
    channel.ack(message);
  }

  /** Puts a copy of the message into a queue of ours and waits for the broker's confirm. */
  private sendTo(channel: amqp.ConfirmChannel, queue: string, message: amqp.ConsumeMessage, attempt: number, error?: string, extra: Record<string, unknown> = {}) {
    const headers = { ...message.properties.headers, [ATTEMPT_HEADER]: attempt, [PUBLISHED_BY_HEADER]: this.publisherOf(message), ...(error ? { [ERROR_HEADER]: error.slice(0, 500) } : {}), ...extra };
    return new Promise<void>((resolve, reject) =>
      channel.sendToQueue(queue, message.content, { ...message.properties, userId: this.brokerUser, headers, persistent: true }, (err) =>
        err ? reject(new Error(`broker did not confirm the move to ${queue}`)) : resolve(),
      ),
    );
  }

  /** Stops consuming, lets events in progress finish (at most graceMs), then closes the connection. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    for (const subscription of this.subscriptions) {
      if (subscription.channel && subscription.consumerTag) await subscription.channel.cancel(subscription.consumerTag).catch(() => undefined);
    }
    await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((resolve) => setTimeout(resolve, graceMs))]);
    await this.connection?.close().catch(() => undefined);
    this.connection = undefined;
    this.connectedNow = false;
  }
}
