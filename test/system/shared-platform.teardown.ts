import rootGlobalTeardown from '../global-teardown';
import { SHARED_PLATFORM_VARIABLE, type Platform } from './platform';

/** Stops the shared platform (its processes, databases and broker objects) and its SMTP server, then the servers if the run started them. */
export default async function sharedPlatformTeardown(): Promise<void> {
  const holder = globalThis as { __sharedPlatform?: Platform; __sharedMailSink?: { stop(): Promise<void> } };
  await holder.__sharedPlatform?.stop();
  await holder.__sharedMailSink?.stop();
  delete holder.__sharedPlatform;
  delete holder.__sharedMailSink;
  delete process.env[SHARED_PLATFORM_VARIABLE];
  await rootGlobalTeardown();
}
