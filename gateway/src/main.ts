import type { Server } from 'node:http';
import { fromTimestamp, toTimestamp, type AccountRevoked__Output, type Revocations__Output, type TokensRevoked__Output } from '@ejournal/contracts';
import { ACCESS_TOKEN, createLogger, EventBus, onShutdown, readConfigOrExit, runService, startTracing } from '@ejournal/kit';
import type { JSONWebKeySet } from 'jose';
import { AccessTokenVerifier } from './access-tokens';
import { createApp } from './app';
import { ANONYMOUS } from './authenticate';
import { gatewayEnvironment, type GatewayConfig } from './config';
import { LiveInbox } from './live-inbox';
import { DiaryViewTally } from './diary-view-tally';
import { WeekPageCopies } from './week-page-copies';
import { RevocationList } from './revocations';
import { GATEWAY_PRINCIPAL, Upstream } from './upstream';

/** Revocations older than this no longer matter: every token issued before them has expired (with a margin for clock skew). */
const TOKEN_LIFETIME_MS = ACCESS_TOKEN.lifetimeSeconds * 1000 + 5 * 60_000;

// The API gateway: authenticates every request, checks it through the policy, forwards it to the
// services over gRPC with the caller's identity, and answers errors as RFC 9457 problem documents.
// Consumes (every instance): identity.account.revoked, identity.tokens.revoked, messaging.inbox.changed,
// diary.pages.changed.
runService('gateway', async () => {
  const config = readConfigOrExit(gatewayEnvironment, 'gateway') as GatewayConfig;
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const tracing = startTracing('gateway', config.OTEL_EXPORTER_OTLP_ENDPOINT);
  const upstream = new Upstream(config);
  const revocations = new RevocationList();
  const liveInbox = new LiveInbox();
  const bus = new EventBus({ url: config.AMQP_URL, namespace: config.EVENT_NAMESPACE, producer: 'gateway', logger, usersPerService: config.AMQP_USERS_PER_SERVICE });
  bus.subscribeEachInstance('gateway', ['identity.account.revoked', 'identity.tokens.revoked'], async (event) => {
    if (event.type === 'identity.tokens.revoked') {
      const { accountId, sessionId, revokedAt } = event.payload as TokensRevoked__Output;
      if (sessionId) revocations.revokeSession(sessionId, fromTimestamp(revokedAt) ?? event.occurredAt);
      else revocations.revoke(accountId, fromTimestamp(revokedAt) ?? event.occurredAt);
      liveInbox.closeAccount(accountId);
      return;
    }
    const { accountId, revokedAt } = event.payload as AccountRevoked__Output;
    revocations.revoke(accountId, fromTimestamp(revokedAt) ?? event.occurredAt);
    liveInbox.closeAccount(accountId);
  });
  // Signals for the live streams of people's inboxes (a hint: the inbox is the source of truth).
  bus.subscribeEachInstance('gateway-inbox', ['messaging.inbox.changed'], async (event) => liveInbox.tell((event.payload as { personIds: string[] }).personIds));
  // The diary's week pages kept here, dropped on the diary's hints; their openings told to the diary.
  const weekPages = new WeekPageCopies(undefined, config.DIARY_PAGE_COPIES_MB * 1024 * 1024);
  bus.subscribeEachInstance('gateway-diary-pages', ['diary.pages.changed'], async (event) => weekPages.documentsChanged(event.payload.documents));
  const diaryViews = new DiaryViewTally(async (views) => {
    await upstream.call({ principal: GATEWAY_PRINCIPAL }, 'DiaryService/CountViews', (md, o, cb) => upstream.diary.countViews({ views }, md, o, cb));
  }, logger);
  // Revocations older than any living token no longer matter.
  setInterval(() => revocations.forgetBefore(new Date(Date.now() - TOKEN_LIFETIME_MS)), 60_000).unref();
  const verifier = new AccessTokenVerifier(
    async () => JSON.parse((await upstream.call<{ jwksJson: string }>({ principal: ANONYMOUS }, 'IdentityService/GetSigningKeys', (md, o, cb) => upstream.identity.getSigningKeys({}, md, o, cb))).jwksJson) as JSONWebKeySet,
    revocations,
    logger,
  );

  let revocationsLoaded = false;
  let shuttingDown = false;
  const app = createApp({
    upstream,
    logger,
    verifier,
    isReady: () => revocationsLoaded && !shuttingDown,
    limits: { perMinute: config.RATE_LIMIT_PER_MINUTE, authPerMinute: config.AUTH_RATE_LIMIT_PER_MINUTE },
    trustProxyHops: config.TRUST_PROXY_HOPS,
    webRoot: config.WEB_ROOT,
    liveInbox,
    weekPages,
    diaryViews,
  });
  diaryViews.start();
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(config.PORT, () => resolve(listening));
  });

  // Subscribe first, then load what was revoked before: nothing falls between the two. After the
  // broker comes back, load again: the per-instance queue missed what was published meanwhile.
  const loadRevocations = async (attempt = 0): Promise<void> => {
    try {
      const since = toTimestamp(new Date(Date.now() - TOKEN_LIFETIME_MS));
      const list = await upstream.call<Revocations__Output>({ principal: GATEWAY_PRINCIPAL }, 'IdentityService/ListRevocations', (md, o, cb) =>
        upstream.identity.listRevocations({ since }, md, o, cb),
      );
      for (const revocation of list.revocations) revocations.revoke(revocation.accountId, fromTimestamp(revocation.revokedAt)!);
      for (const session of list.sessions) revocations.revokeSession(session.sessionId, fromTimestamp(session.revokedAt)!);
      revocationsLoaded = true;
    } catch (error) {
      if (attempt % 10 === 0) logger.warn('cannot load revoked accounts from identity yet', { error: (error as Error).message });
      setTimeout(() => void loadRevocations(attempt + 1), 500);
    }
  };
  bus.onConnectionChange = (connected) => {
    weekPages.hearing(connected);
    if (connected) void loadRevocations();
  };
  await bus.start();

  onShutdown(logger, [
    [
      'http',
      () => {
        shuttingDown = true;
        return new Promise<void>((resolve) => {
          const force = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_GRACE_MS);
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
          server.closeIdleConnections();
          // Live streams never go idle: closed now, their browsers come back to another instance.
          liveInbox.closeAll();
        });
      },
    ],
    ['event bus', () => bus.stop(config.SHUTDOWN_GRACE_MS)],
    ['diary views', () => diaryViews.stop()],
    ['upstream', async () => upstream.close()],
    ['tracing', () => tracing.shutdown()],
  ]);
  logger.info('gateway started', { port: config.PORT });
});
