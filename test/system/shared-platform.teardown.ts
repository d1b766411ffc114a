import rootGlobalTeardown from '../global-teardown';
import { SHARED_PLATFORM_VARIABLE, type Platform } from './platform';

/** Stops the shared platform (its processes, databases and broker objects), then the servers if the run started them. */
export default async function sharedPlatformTeardown(): Promise<void> {
  const holder = globalThis as { __sharedPlatform?: Platform };
  await holder.__sharedPlatform?.stop();
  delete holder.__sharedPlatform;
  delete process.env[SHARED_PLATFORM_VARIABLE];
  await rootGlobalTeardown();
}
