import type mongoose from 'mongoose';
import { z } from 'zod';
import type { ProcessName } from '@ejournal/contracts';
import { loadCredentials, type PlatformCredentials } from './call-credentials';
import { readConfigOrExit, serviceEnvironment, type ServiceEnvironment } from './config';
import { EventBus } from './event-bus';
import { IdempotentCommands } from './idempotency';
import { Inbox } from './inbox';
import { Liveness } from './liveness';
import { startGrpcServer, type GrpcServiceBinding } from './grpc-server';
import { createLogger, type Logger } from './logger';
import { connectMongo, syncIndexes, watchWritable } from './mongo';
import { OutboxRelay } from './outbox';
import { onShutdown } from './shutdown';
import { startTracing, type Tracing } from './tracing';

/** Events waiting longer than this to be published make the service report itself not serving. */
const RELAY_LAG_LIMIT_MS = 5 * 60_000;

/**
 * What every service process is made of, in start order: config → logger → tracing → database →
 * event bus → (the service's own stores, consumers and handlers) → gRPC server with health →
 * graceful shutdown. A service's main.ts creates its parts between start and serve.
 */
export class ServiceRuntime {
  private relay?: OutboxRelay;
  private readonly lastWork: Array<[string, () => Promise<void>]> = [];

  private constructor(
    readonly service: string,
    readonly config: ServiceEnvironment,
    readonly logger: Logger,
    private readonly tracing: Tracing,
    readonly db: mongoose.Connection,
    readonly bus: EventBus,
    /** This process's own credentials: for the gRPC server and for calls to other services. */
    readonly credentials: PlatformCredentials,
  ) {}

  /** Reads config (exits naming a bad variable), then connects to the database. */
  static async start(service: string, defaults: { grpcPort: number; prefetch?: number }): Promise<ServiceRuntime> {
    const schema = serviceEnvironment.extend({
      GRPC_PORT: z.coerce.number().int().min(0).max(65535).default(defaults.grpcPort),
      EVENT_PREFETCH: serviceEnvironment.shape.EVENT_PREFETCH.removeDefault().default(defaults.prefetch ?? 16),
      MONGODB_DATABASE: serviceEnvironment.shape.MONGODB_DATABASE.default(service),
    });
    const config = readConfigOrExit(schema, service);
    const logger = createLogger(service, config.LOG_LEVEL);
    const credentials = loadCredentials(service as ProcessName, config.CREDENTIALS_DIR);
    const tracing = startTracing(service, config.OTEL_EXPORTER_OTLP_ENDPOINT);
    const db = await connectMongo(config.MONGODB_URI, config.MONGODB_DATABASE, logger);
    const bus = new EventBus({ url: config.AMQP_URL, namespace: config.EVENT_NAMESPACE, producer: service, logger, usersPerService: config.AMQP_USERS_PER_SERVICE, prefetch: config.EVENT_PREFETCH });
    return new ServiceRuntime(service, config, logger, tracing, db, bus, credentials);
  }

  /** The relay that publishes the pending events of these aggregates; nudge it after each write. */
  outboxRelay(models: mongoose.Model<any>[]): OutboxRelay {
    this.relay = new OutboxRelay({ bus: this.bus, producer: this.service, logger: this.logger, models });
    return this.relay;
  }

  /**
   * Syncs indexes, runs the service's own start-up step (after indexes, before taking calls),
   * connects the bus, starts the relay and the gRPC server, and reports health.
   */
  /** Work to finish when the process stops, after calls and deliveries are drained and before the database closes (a batch still in memory). */
  atLastWrite(name: string, step: () => Promise<void>): void {
    this.lastWork.push([name, step]);
  }

  async serve(services: GrpcServiceBinding[], prepare: () => Promise<void> = async () => {}): Promise<void> {
    await syncIndexes(this.db);
    await prepare();
    await this.bus.start();
    this.relay?.start();
    const liveness = new Liveness(this.db);
    liveness.start();
    const idempotency = new IdempotentCommands(this.db);
    const grpc = await startGrpcServer({ port: this.config.GRPC_PORT, healthPort: this.config.HEALTH_PORT, services, logger: this.logger, credentials: this.credentials, idempotency });
    // Health says whether the service can do its work now: database and broker reachable, no delivery
    // stuck in a handler, events not waiting long to be published. The gateway answers 503 at once from it.
    let serving: string | undefined;
    const writable = watchWritable(this.db);
    const report = () => {
      const problem = !writable() ? 'database unreachable' : !this.bus.connected ? 'broker unreachable' : this.bus.stuckDeliveries() > 0 ? 'event deliveries stuck' : (this.relay?.lagMs() ?? 0) > RELAY_LAG_LIMIT_MS ? 'outbox relay behind' : '';
      const status = problem ? 'NOT_SERVING' : 'SERVING';
      if (status !== serving) {
        if (serving !== undefined) this.logger[problem ? 'warn' : 'info'](problem ? 'not serving' : 'serving again', problem ? { reason: problem } : {});
        serving = status;
      }
      grpc.setServing(status);
      grpc.setDatabase(writable() ? 'SERVING' : 'NOT_SERVING');
    };
    this.bus.onConnectionChange = report;
    this.db.on('disconnected', report);
    this.db.on('connected', report);
    report();
    const watch = setInterval(report, 1_000);
    watch.unref();
    // Handled events are remembered for 7 days (far beyond any redelivery), idempotency keys for a day.
    const sweep = setInterval(() => {
      const failed = (what: string) => (error: Error) => this.logger.warn(`${what} sweep failed`, { error: error.message });
      new Inbox(this.db, '').sweep(new Date(Date.now() - 7 * 86_400_000)).catch(failed('inbox'));
      idempotency.sweep().catch(failed('idempotency'));
      liveness.sweep(new Date(Date.now() - 86_400_000)).catch(failed('instances'));
    }, 86_400_000);
    sweep.unref();
    const grace = this.config.SHUTDOWN_GRACE_MS;
    onShutdown(this.logger, [
      ['grpc', () => grpc.shutdown(grace)],
      ['health', async () => clearInterval(watch)],
      ['outbox relay', async () => this.relay?.stop()],
      ['event bus', () => this.bus.stop(grace)],
      ['last work', async () => {
        for (const [name, step] of this.lastWork) await step().catch((error: Error) => this.logger.error('last work failed', { step: name, error: error.message }));
      }],
      ['liveness', () => liveness.stop()],
      ['database', () => this.db.close()],
      ['tracing', () => this.tracing.shutdown()],
    ]);
    this.logger.info('service started', { grpcPort: grpc.port });
  }
}
