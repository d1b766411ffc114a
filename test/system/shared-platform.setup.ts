import { PROCESS_NAMES } from '@ejournal/contracts';
import { startMailSink } from '@ejournal/testing';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serversSetup } from '../global-setup';
import { SHARED_PLATFORM_VARIABLE, startPlatform, type Platform } from './platform';

/** The suites that use the shared platform: those calling sharedPlatform(). */
function sharingSuites(): string[] {
  return readdirSync(__dirname)
    .filter((file) => file.endsWith('.test.ts') && readFileSync(join(__dirname, file), 'utf8').includes('sharedPlatform()'))
    .map((file) => join(__dirname, file));
}

/**
 * The system project's global set-up: the servers are chosen and swept (global-setup.ts), then one platform is
 * started for the suites that share it (platform.ts, sharedPlatform) — unless the run's path patterns
 * select none of them. Every request of those suites comes from 127.0.0.1, so the per-address limit is
 * raised; the per-login limits stay as they are (the security suite checks them). The processes' lines go
 * to .run/shared-platform.log (the identity suite reads them for secrets and names). Messaging sends its
 * e-mail to a real SMTP server of the run, which writes each one into .run/shared-mail (sharedMailbox),
 * and looks for e-mail to send every 200 ms, not every few seconds.
 */
export default async function sharedPlatformSetup(globalConfig: { testPathPatterns?: { patterns?: string[] } }): Promise<void> {
  await serversSetup();
  const patterns = globalConfig.testPathPatterns?.patterns ?? [];
  if (patterns.length > 0 && !sharingSuites().some((suite) => patterns.some((pattern) => new RegExp(pattern, 'i').test(suite)))) return;
  mkdirSync(join(__dirname, '..', '..', '.run'), { recursive: true });
  const logFile = join(__dirname, '..', '..', '.run', 'shared-platform.log');
  const mailFolder = join(__dirname, '..', '..', '.run', 'shared-mail');
  rmSync(mailFolder, { recursive: true, force: true });
  const sink = await startMailSink({ folder: mailFolder });
  const platform = await startPlatform('shared', { RATE_LIMIT_PER_MINUTE: '100000', MESSAGING_SMTP_URL: sink.url, MESSAGING_DISPATCH_INTERVAL_MS: '200' }, { logFile });
  const holder = globalThis as { __sharedPlatform?: Platform; __sharedMailSink?: { stop(): Promise<void> } };
  holder.__sharedPlatform = platform;
  holder.__sharedMailSink = sink;
  const brokerUrls = Object.fromEntries(PROCESS_NAMES.map((name) => [name, platform.system.brokerUrlOf(name)]));
  process.env[SHARED_PLATFORM_VARIABLE] = JSON.stringify({ gatewayUrl: platform.system.gatewayUrl, namespace: platform.namespace, secrets: platform.secrets, logFile, mailFolder, brokerUrls });
}
