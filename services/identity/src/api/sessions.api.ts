import { fromTimestamp, toTimestamp, type IdentityServiceHandlers } from '@ejournal/contracts';
import { callingService, hasRole, NotFound, PermissionDenied, type AsyncHandlers } from '@ejournal/kit';
import { normaliseLogin } from '../domain/people';
import type { Identity } from '../identity';
import type { RegionalSignOn } from '../sessions/regional-sign-on';
import { changePassword, completePasswordReset, endSession, logIn, refreshSession } from '../sessions/sessions';
import { sessionToMessage } from './messages';

type Handlers = Pick<
  AsyncHandlers<IdentityServiceHandlers>,
  'Login' | 'RefreshSession' | 'EndSession' | 'ChangePassword' | 'CompletePasswordReset' | 'GetSigningKeys' | 'RotateSigningKey' | 'ListRevocations' | 'DescribeSignOn' | 'BeginSsoLogin' | 'BeginSsoLink' | 'CompleteSsoLogin'
>;

export function sessionsApi(identity: Identity, signOn: RegionalSignOn): Handlers {
  return {
    async Login(request, { clientAddress }) {
      return sessionToMessage(await logIn(identity, normaliseLogin(request.login), request.password, clientAddress));
    },

    async RefreshSession(request, { clientAddress }) {
      return sessionToMessage(await refreshSession(identity, request.refreshToken, clientAddress));
    },

    async EndSession(request, { clientAddress }) {
      await endSession(identity, request.refreshToken, clientAddress);
      return {};
    },

    async ChangePassword(request, { clientAddress }) {
      await changePassword(identity, normaliseLogin(request.login), request.currentPassword, request.newPassword, clientAddress);
      return {};
    },

    async CompletePasswordReset(request, { clientAddress }) {
      await completePasswordReset(identity, normaliseLogin(request.login), request.code, request.newPassword, clientAddress);
      return {};
    },

    async DescribeSignOn() {
      return { enabled: signOn.enabled };
    },

    async BeginSsoLogin() {
      return { authorizationUrl: await signOn.begin() };
    },

    // Only the signed-in account holder links their own account: the portal's callback then links the
    // identity of whoever signs on there to the account that began, never to another.
    async BeginSsoLink(_request, { principal }) {
      const account = await identity.accounts.findById(principal.subject);
      if (!account || account.status !== 'active') throw new NotFound('учётная запись не найдена');
      return { authorizationUrl: await signOn.begin(account._id) };
    },

    async CompleteSsoLogin(request, { clientAddress }) {
      return sessionToMessage(await signOn.complete(identity, request.code, request.state, clientAddress));
    },

    async GetSigningKeys() {
      return { jwksJson: JSON.stringify(await identity.tokens.jwks()) };
    },

    async RotateSigningKey(_request, { principal, clientAddress }) {
      if (!hasRole(principal, 'region_operator')) throw new PermissionDenied('ключи подписи меняет региональный оператор');
      await identity.tokens.rotate();
      await identity.audit.record({ action: 'signing-key.rotated', actorAccountId: principal.subject, subjectId: '', schoolId: '', clientAddress, details: '' });
      return { jwksJson: JSON.stringify(await identity.tokens.jwks()) };
    },

    // For gateways starting up: the accounts revoked recently (their tokens may still be alive).
    async ListRevocations(request, { principal }) {
      if (callingService(principal) !== 'gateway') throw new NotFound('нет такого ресурса');
      const since = fromTimestamp(request.since) ?? new Date(0);
      const [revoked, sessions] = await Promise.all([identity.accounts.revokedSince(since), identity.sessions.revokedSince(since)]);
      return {
        revocations: revoked.map((r) => ({ accountId: r._id, revokedAt: toTimestamp(r.revokedAt) })),
        sessions: sessions.map((s) => ({ sessionId: s._id, revokedAt: toTimestamp(s.revokedAt) })),
      };
    },
  };
}
