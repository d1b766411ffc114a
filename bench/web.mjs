#!/usr/bin/env node
// Benchmark of the web client (issue #14) in Debian's headless Chromium against the real system: the
// first screen's download (what the browser fetches before it can show the log-in: the page, its
// script and styles, compressed as the gateway would send them), and how long the diary week takes to
// show after a parent logs in (from the click on «Войти» to the week's lessons on the screen), cold
// (a new browser profile each time; also counted from the log-in's answer) and warm (a reload with the
// session kept), on a phone-sized screen.
// usage: node bench/web.mjs [--runs 10] [--json bench/results/web.json]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { argument, gatewayClient, startSystem, summary, writeResults } from './lib.mjs';
import { generateRegion } from './region.mjs';

const { headlessChromium } = createRequire(import.meta.url)('@ejournal/testing');

const runs = Number(argument('runs', '10'));
const jsonPath = argument('json', 'bench/results/web.json');
const BUDGET_KB = 250;

// The first screen: index.html and what it links (the entry script and the styles).
const html = readFileSync('web/dist/index.html', 'utf8');
const linked = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1]);
const firstScreenBytes = [Buffer.from(html), ...linked.map((file) => readFileSync(join('web/dist', file)))].reduce((sum, content) => sum + gzipSync(content).length, 0);

const { system, secrets, drained, stop } = await startSystem('bench_web');
const browser = await chromium.launch(headlessChromium());
try {
  const client = gatewayClient(system.gatewayUrl);
  const operator = await system.logIn(secrets.operatorLogin, secrets.operatorPassword);
  const { region } = await generateRegion(client, operator, { schools: 1, classes: 1, students: 20, subjects: 2 });
  await drained('diary');
  const schoolClass = region[0].classes[0];
  const week = schoolClass.lessons[0].date;
  const cold = [];
  const afterSession = [];
  const warm = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${system.gatewayUrl}/diary?week=${week}`);
    await page.getByLabel('Логин').fill(schoolClass.parentAccount.login);
    await page.getByLabel('Пароль', { exact: true }).fill(schoolClass.parentAccount.password);
    const clicked = performance.now();
    const session = page.waitForResponse((response) => response.url().endsWith('/api/v1/sessions') && response.request().method() === 'POST').then(() => performance.now());
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.locator('article.day').first().waitFor();
    const shown = performance.now();
    const loggedIn = await session;
    cold.push(shown - clicked);
    afterSession.push(shown - loggedIn);
    const reloaded = performance.now();
    await page.reload();
    await page.locator('article.day').first().waitFor();
    warm.push(performance.now() - reloaded);
    await context.close();
  }
  const coldSummary = summary(cold);
  const reload = summary(warm);
  const table = [
    '| what | value |',
    '|---|---|',
    `| first screen's download (index.html, script, styles; gzip) | ${(firstScreenBytes / 1024).toFixed(1)} KB (budget ${BUDGET_KB} KB) |`,
    `| log-in → diary week shown (new profile, phone screen), ${runs} runs | p50 ${coldSummary.p50.toFixed(0)} ms, max ${Math.max(...cold).toFixed(0)} ms |`,
    `| of which after the log-in's answer (the password check is scrypt: slow on purpose) | p50 ${summary(afterSession).p50.toFixed(0)} ms, max ${Math.max(...afterSession).toFixed(0)} ms |`,
    `| reload → diary week shown (session kept) | p50 ${reload.p50.toFixed(0)} ms, max ${Math.max(...warm).toFixed(0)} ms |`,
  ].join('\n');
  writeResults(jsonPath, { firstScreenBytes, budgetBytes: BUDGET_KB * 1024, logInToWeekMs: cold, sessionToWeekMs: afterSession, reloadToWeekMs: warm }, table);
  if (firstScreenBytes > BUDGET_KB * 1024) console.log(`over budget: ${(firstScreenBytes / 1024).toFixed(1)} KB > ${BUDGET_KB} KB`);
} finally {
  await browser.close();
  await stop();
}
