// System test: log-in through the regional single sign-on, against a real OpenID Connect provider
// (oidc-provider, in its own process) standing in for the regional portal / ESIA — by a program
// (JSON from the callback) and in a real headless Chromium (the log-in page's button, the client's
// /sso page completing it, linking from the account's page).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { freePort } from '@ejournal/launcher';
import { headlessChromium } from '@ejournal/testing';
import { chromium } from 'playwright-core';
import { makeScreenshotsFolder, screen } from './browser-pages';
import { registerSchool, staffAccount, startPlatform, type Platform } from './platform';

const SUBJECT = 'esia-1000001';

/** Follows a browser's redirects from `start` until the gateway's callback answers, with cookies. */
async function browse(start: string, callbackPrefix: string): Promise<Response> {
  const cookies = new Map<string, string>();
  let url = start;
  for (let hop = 0; hop < 20; hop++) {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    if (url.startsWith(callbackPrefix) || response.status < 300 || response.status >= 400) return response;
    url = new URL(response.headers.get('location')!, url).toString();
  }
  throw new Error('too many redirects');
}

describe('log-in through the regional single sign-on (OpenID Connect)', () => {
  let portal: ChildProcess;
  let platform: Platform;
  let callback: string;
  let linkedAccountId: string;

  beforeAll(async () => {
    const [gatewayPort, portalPort] = [await freePort(), await freePort()];
    callback = `http://127.0.0.1:${gatewayPort}/api/v1/sso/callback`;
    portal = spawn(process.execPath, [join(__dirname, 'fixtures', 'regional-portal.mjs'), String(portalPort), 'ejournal', 'portal-client-secret', SUBJECT, callback], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => createInterface({ input: portal.stdout! }).on('line', (line) => line.startsWith('listening') && resolve()));
    platform = await startPlatform(
      'syssso',
      { SSO_ISSUER: `http://127.0.0.1:${portalPort}`, SSO_CLIENT_ID: 'ejournal', SSO_CLIENT_SECRET: 'portal-client-secret', SSO_REDIRECT_URI: callback },
      { gatewayPort },
    );
  });

  afterAll(async () => {
    await platform?.stop();
    portal?.kill();
  });

  it('signs in the person the portal identifies, once their account is linked, and only then', async () => {
    const operator = await platform.operatorToken();
    const schoolId = await registerSchool(platform, operator, 'СШ № 5');
    const teacher = await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }]);
    const login = `${platform.system.gatewayUrl}/api/v1/sso/login`;

    const unlinked = await browse(login, callback);
    expect(unlinked.status).toBe(401);
    expect(((await unlinked.json()) as { detail: string }).detail).toContain('нет учётной записи');

    // An administrator cannot link someone else's account (issue #10, item 7): the route is gone, and
    // a link begun by the operator would link the operator's own account, never the teacher's.
    expect((await platform.request(`/api/v1/accounts/${teacher.accountId}/external-identity`, { method: 'POST', token: operator, body: JSON.stringify({ externalId: SUBJECT }) })).status).toBe(404);

    // The teacher, signed in with the password, links their own account: the portal's callback completes it.
    const begun = await platform.request('/api/v1/sso/link', { method: 'POST', token: teacher.token });
    expect(begun.status).toBe(200);
    const linked = await browse((await begun.json()).authorizationUrl, callback);
    expect(linked.status).toBe(200);
    expect(((await linked.json()) as { accountId: string }).accountId).toBe(teacher.accountId);
    const audit = await (await platform.request('/api/v1/audit?limit=1000', { token: operator })).json();
    expect(audit.entries).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'sso.linked', actorAccountId: teacher.accountId, subjectId: teacher.accountId })]));

    const signedIn = await browse(login, callback);
    expect(signedIn.status).toBe(200);
    const session = (await signedIn.json()) as { accountId: string; accessToken: string; refreshToken: string };
    expect(session.accountId).toBe(teacher.accountId);
    linkedAccountId = teacher.accountId;
    expect((await platform.request(`/api/v1/schools/${schoolId}`, { token: session.accessToken })).status).toBe(200);

    // The callback's state is good once: replaying the same URL is refused.
    const replay = await fetch(signedIn.url);
    expect(replay.status).toBe(401);
  });

  it('signs in from the browser with the log-in page\'s portal button, keeps no code in the address, and lets the account holder link their own account', async () => {
    makeScreenshotsFolder();
    const browser = await chromium.launch(headlessChromium());
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' })).newPage();
      await page.goto(platform.system.gatewayUrl);
      await page.getByRole('link', { name: 'Войти через региональный портал' }).click();
      // Portal → the gateway's callback (303 for a browser) → the client's /sso page → signed in, at the administrator's first screen.
      await page.getByRole('heading', { name: 'Загрузка людей из CSV' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/people/import');
      const me = (await page.evaluate(async () => {
        const session = JSON.parse((globalThis as unknown as { localStorage: { getItem(key: string): string } }).localStorage.getItem('ejournal.session'));
        return (await fetch('/api/v1/me', { headers: { authorization: `Bearer ${session.accessToken}` } })).json();
      })) as { accountId: string };
      expect(me.accountId).toBe(linkedAccountId);

      // Linking again, from the account's page: the portal names the same person, and they are back, signed in.
      await page.getByRole('link', { name: 'Учётная запись' }).click();
      await page.getByRole('heading', { name: 'Учётная запись' }).waitFor();
      await screen(page, '17-account-sign-on');
      await page.getByRole('button', { name: 'Привязать вход через портал' }).click();
      await page.getByRole('heading', { name: 'Загрузка людей из CSV' }).waitFor();
      const operator = await platform.operatorToken();
      const audit = await (await platform.request('/api/v1/audit?limit=1000', { token: operator })).json();
      expect(audit.entries.filter((entry: { action: string; actorAccountId: string }) => entry.action === 'sso.linked' && entry.actorAccountId === linkedAccountId)).toHaveLength(2);

      // A return address used already (or made up) signs nobody in, and says why.
      await page.getByRole('button', { name: 'Выйти' }).click();
      await page.goto(`${platform.system.gatewayUrl}/sso?code=made-up&state=made-up`);
      await page.getByText('вход через портал устарел или уже завершён; начните заново').waitFor();
      await screen(page, '17b-sign-on-refused');
      expect(await page.evaluate(() => (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem('ejournal.session'))).toBeNull();
    } finally {
      await browser.close();
    }
  }, 120_000);
});
