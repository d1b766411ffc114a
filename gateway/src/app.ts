import type { Logger } from '@ejournal/kit';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { AccessTokenVerifier } from './access-tokens';
import { authenticate } from './authenticate';
import { describeApi } from './openapi';
import { Problem, problemHandler } from './problem';
import { rateLimited } from './rate-limits';
import { requestContext } from './request-context';
import { capStrings } from './validation';
import { attendanceRoutes } from './routes/attendance';
import { auditRoutes } from './routes/audit';
import { classRoutes } from './routes/classes';
import { diaryExportRoutes, diaryRoutes } from './routes/diary';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/imports';
import { invitationRoutes, redeemRoute } from './routes/invitations';
import { journalRoutes } from './routes/journal';
import { LiveInbox } from './live-inbox';
import { messageRoutes } from './routes/messages';
import { letterRoutes } from './routes/letters';
import { archiveKeyRoutes, archiveRoutes, CHECKED_FILE_LIMIT } from './routes/archive';
import { reportRoutes } from './routes/reports';
import { meRoutes } from './routes/me';
import { movementRoutes } from './routes/movement';
import { peopleRoutes } from './routes/people';
import { planningRoutes } from './routes/planning';
import { schoolYearRoutes } from './routes/school-year';
import { schoolRoutes } from './routes/schools';
import { sessionRoutes } from './routes/sessions';
import { timetableRoutes } from './routes/timetable';
import type { Upstream } from './upstream';
import { webClient } from './web-client';
import { WeekPageCopies } from './week-page-copies';
import { DiaryViewTally } from './diary-view-tally';

export interface GatewayDependencies {
  upstream: Upstream;
  logger: Logger;
  verifier: AccessTokenVerifier;
  isReady: () => boolean;
  limits: { perMinute: number; authPerMinute: number };
  /** Proxies in front whose X-Forwarded-For is believed (config TRUST_PROXY_HOPS). */
  trustProxyHops?: number;
  /** The built web client served at / (config WEB_ROOT); a missing folder answers 404 there. */
  webRoot: string;
  /** The open live streams of people's inboxes (fed from the bus by main.ts). */
  liveInbox?: LiveInbox;
  /** The diary's week pages kept here (hints from the bus by main.ts; without them nothing is kept). */
  weekPages?: WeekPageCopies;
  /** Openings of the kept pages, told to the diary (main.ts starts it). */
  diaryViews?: DiaryViewTally;
}

export function createApp({ upstream, logger, verifier, isReady, limits, trustProxyHops = 0, webRoot, liveInbox = new LiveInbox(), weekPages = new WeekPageCopies(), diaryViews = new DiaryViewTally(async () => {}, logger) }: GatewayDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  // Only the configured number of proxy hops may name the client; by default none.
  app.set('trust proxy', trustProxyHops > 0 ? trustProxyHops : false);
  app.use(requestContext());
  app.use(helmet());

  // Public: health, readiness and the API description (not rate-limited: probes call them).
  app.use(healthRoutes(upstream, isReady));
  // Described from the routes themselves once they are all mounted (first request).
  let description: ReturnType<typeof describeApi> | undefined;
  app.get('/api/openapi.json', (_req, res) => void res.json((description ??= describeApi(app))));
  // Public: the web client on the API's origin — its files, and its page for client-side routes.
  app.use(webClient(webRoot));

  app.use(rateLimited(limits.perMinute, 'с одного адреса'));
  // A record file handed in to be checked may be larger than any other body (a page of a whole period).
  app.use('/api/v1/archive/verification', express.json({ limit: CHECKED_FILE_LIMIT }));
  app.use(express.json({ limit: '256kb' }));
  app.use(capStrings());

  // Public: log-in, refresh, password change, keys; invitation redemption (a token, if sent, links that account).
  const authLimit = rateLimited(limits.authPerMinute, 'на вход и коды приглашений с одного адреса');
  app.use(['/api/v1/sessions', '/api/v1/password', '/api/v1/invitations/redeem', '/api/v1/sso'], authLimit);
  app.use(sessionRoutes(upstream));
  app.use('/api/v1/invitations/redeem', authenticate(verifier, 'optional'));
  app.use(redeemRoute(upstream));
  app.use(archiveKeyRoutes(upstream));

  // Everything else: authenticated, and checked through the policy route by route.
  app.use(authenticate(verifier));
  app.use('/api/v1', meRoutes());
  app.use('/api/v1/schools', schoolRoutes(upstream));
  app.use('/api/v1', peopleRoutes(upstream));
  app.use('/api/v1', invitationRoutes(upstream));
  app.use('/api/v1', auditRoutes(upstream));
  // The curriculum service: school settings and years, classes, curriculum and plans, timetable and lessons, movement, imports.
  app.use('/api/v1', schoolYearRoutes(upstream));
  app.use('/api/v1', classRoutes(upstream));
  app.use('/api/v1', planningRoutes(upstream));
  app.use('/api/v1', timetableRoutes(upstream));
  app.use('/api/v1', movementRoutes(upstream));
  app.use('/api/v1', importRoutes(upstream));
  // The gradebook service: the class journal.
  app.use('/api/v1', journalRoutes(upstream));
  // The attendance service.
  app.use('/api/v1', attendanceRoutes(upstream));
  // The diary service.
  app.use('/api/v1', diaryRoutes(upstream, weekPages, diaryViews));
  app.use('/api/v1', diaryExportRoutes(upstream));
  // The messaging service: messages, announcements, notices; the class teacher's information letters.
  app.use('/api/v1', messageRoutes(upstream, liveInbox));
  app.use('/api/v1', letterRoutes(upstream));
  // The archive service: closed periods' signed records, their printouts and checks.
  app.use('/api/v1', archiveRoutes(upstream));
  // The reports service: filling control, summary sheets, the region's data-quality view.
  app.use('/api/v1', reportRoutes(upstream));

  app.use(() => {
    throw new Problem(404, 'not-found', 'Не найдено', 'такого ресурса нет');
  });
  app.use(problemHandler((error, requestId) => logger.error('request failed', { requestId, error: (error as Error).message })));
  return app;
}
