// What the browser tests share: the screenshots' folder, axe-core's check of a page, logging in.
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Where each screen is photographed for review: outside the repository ($SCREENSHOTS_DIR, else <tmp>/ejournal-screens). */
export const screenshots = process.env.SCREENSHOTS_DIR ?? join(tmpdir(), 'ejournal-screens');

export function makeScreenshotsFolder(): void {
  mkdirSync(screenshots, { recursive: true });
}

let axeScript: string | undefined;
const axeSource = () => (axeScript ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

/** axe-core's findings on the page as it stands that a user would meet: serious and critical ones. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugging protocol, not as a page script: the page's CSP (scripts from 'self' only) stays as served.
  // Once per document: a single-page application keeps it across its screens.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource());
  // Only the violations are asked for: the passes' details are most of axe's work, and nobody reads them.
  const results = await page.evaluate(async () => (globalThis as unknown as { axe: { run(options: object): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: unknown[] }> }> } }).axe.run({ resultTypes: ['violations'] }));
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.length}`);
}

/** Photographs the page and finds no serious or critical accessibility problem on it. */
export async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  expect(await accessibilityProblems(page)).toEqual([]);
}

export async function logIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('button', { name: 'Выйти' }).waitFor({ timeout: 10_000 }).catch(async () => {
    throw new Error(`not logged in as ${login}: ${await page.locator('body').innerText()}`);
  });
}

/** The text of the label around the control that has the keyboard's focus. */
export const focusedLabel = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { closest(selector: string): { textContent: string | null } | null } | null } }).document.activeElement?.closest('label')?.textContent ?? '');

/** A desktop browser of its own (1280 px, Russian), on the web client, logged in as `account`. */
export async function signedInDesk(browser: Browser, gatewayUrl: string, account: { login: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(gatewayUrl);
  await logIn(page, account.login, account.password);
  return { context, page };
}
