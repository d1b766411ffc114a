import { fromTimestamp, type Session__Output } from '@ejournal/contracts';
import { Router, type Response } from 'express';
import { z } from 'zod';
import { ANONYMOUS } from '../authenticate';
import type { Upstream } from '../upstream';
import { field, accepts, bodyOf } from '../validation';

const loginBody = z.object({ login: field.login(), password: field.password() });
const refreshBody = z.object({ refreshToken: field.text('токен обновления', 100) });
const passwordBody = z.object({
  login: field.login(),
  currentPassword: field.password('текущий (или временный) пароль'),
  newPassword: field.password('новый пароль'),
});

const resetBody = z.object({
  login: field.login(),
  code: field.code('код с листа сброса пароля'),
  newPassword: field.password('новый пароль'),
});

const ssoBody = z.object({ code: field.text('код от портала', 2048), state: field.text('состояние входа (state)', 200) });

export function sessionView(session: Session__Output) {
  return {
    accountId: session.accountId,
    accessToken: session.accessToken,
    accessTokenExpiresAt: fromTimestamp(session.accessTokenExpiresAt)?.toISOString(),
    refreshToken: session.refreshToken,
    refreshTokenExpiresAt: fromTimestamp(session.refreshTokenExpiresAt)?.toISOString(),
  };
}

const anonymous = (res: Response) => ({ principal: ANONYMOUS, clientAddress: res.req.ip });

/** Public: log-in (also through the regional sign-on), refresh, log-out, change of password, and the keys that verify access tokens. */
export function sessionRoutes(upstream: Upstream): Router {
  const router = Router();
  const identity = upstream.identity;

  router.post('/api/v1/sessions', accepts(loginBody), async (_req, res) => {
    const body = bodyOf(res, loginBody);
    const session = await upstream.call<Session__Output>(anonymous(res), 'IdentityService/Login', (md, o, cb) => identity.login(body, md, o, cb));
    res.status(201).set('Cache-Control', 'no-store').json(sessionView(session));
  });

  router.post('/api/v1/sessions/refresh', accepts(refreshBody), async (_req, res) => {
    const body = bodyOf(res, refreshBody);
    const session = await upstream.call<Session__Output>(anonymous(res), 'IdentityService/RefreshSession', (md, o, cb) => identity.refreshSession(body, md, o, cb));
    res.set('Cache-Control', 'no-store').json(sessionView(session));
  });

  router.post('/api/v1/sessions/end', accepts(refreshBody), async (_req, res) => {
    const body = bodyOf(res, refreshBody);
    await upstream.call(anonymous(res), 'IdentityService/EndSession', (md, o, cb) => identity.endSession(body, md, o, cb));
    res.status(204).end();
  });

  // The person sets their own password with the one-time code of a reset (the sheet from the administrator).
  router.post('/api/v1/password/reset', accepts(resetBody), async (_req, res) => {
    const body = bodyOf(res, resetBody);
    await upstream.call(anonymous(res), 'IdentityService/CompletePasswordReset', (md, o, cb) => identity.completePasswordReset(body, md, o, cb));
    res.status(204).end();
  });

  router.post('/api/v1/password', accepts(passwordBody), async (_req, res) => {
    const body = bodyOf(res, passwordBody);
    await upstream.call(anonymous(res), 'IdentityService/ChangePassword', (md, o, cb) => identity.changePassword(body, md, o, cb));
    res.status(204).end();
  });

  // Whether the regional sign-on is set up: the web client's log-in page offers it only then.
  router.get('/api/v1/sign-on', async (_req, res) => {
    const { enabled } = await upstream.call<{ enabled: boolean }>(anonymous(res), 'IdentityService/DescribeSignOn', (md, o, cb) => identity.describeSignOn({}, md, o, cb));
    res.set('Cache-Control', 'public, max-age=300').json({ enabled });
  });

  // Regional single sign-on: the browser goes to the portal and comes back to the callback.
  router.get('/api/v1/sso/login', async (_req, res) => {
    const { authorizationUrl } = await upstream.call<{ authorizationUrl: string }>(anonymous(res), 'IdentityService/BeginSsoLogin', (md, o, cb) => identity.beginSsoLogin({}, md, o, cb));
    res.set('Cache-Control', 'no-store').redirect(302, authorizationUrl);
  });

  // A program gets the session as JSON. A browser (it asks for HTML) is sent on to the web client's
  // page, which completes the sign-on with POST /api/v1/sso/session and keeps the session as a
  // password log-in does: the tokens never appear in an address or a page the server renders.
  router.get('/api/v1/sso/callback', async (req, res) => {
    const code = typeof req.query.code === 'string' ? req.query.code : '';
    const state = typeof req.query.state === 'string' ? req.query.state : '';
    if (req.accepts(['json', 'html']) === 'html') {
      res.set('Cache-Control', 'no-store').redirect(303, `/sso?${new URLSearchParams({ code, state }).toString()}`);
      return;
    }
    const session = await upstream.call<Session__Output>(anonymous(res), 'IdentityService/CompleteSsoLogin', (md, o, cb) => identity.completeSsoLogin({ code, state }, md, o, cb));
    res.set('Cache-Control', 'no-store').json(sessionView(session));
  });

  router.post('/api/v1/sso/session', accepts(ssoBody), async (_req, res) => {
    const body = bodyOf(res, ssoBody);
    const session = await upstream.call<Session__Output>(anonymous(res), 'IdentityService/CompleteSsoLogin', (md, o, cb) => identity.completeSsoLogin(body, md, o, cb));
    res.set('Cache-Control', 'no-store').json(sessionView(session));
  });

  router.get('/.well-known/jwks.json', async (_req, res) => {
    const keys = await upstream.call<{ jwksJson: string }>(anonymous(res), 'IdentityService/GetSigningKeys', (md, o, cb) => identity.getSigningKeys({}, md, o, cb));
    res.set('Cache-Control', 'public, max-age=60').type('application/jwk-set+json').send(keys.jwksJson);
  });

  return router;
}
