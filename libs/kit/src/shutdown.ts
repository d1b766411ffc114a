import type { Logger } from './logger';

/**
 * On SIGTERM or SIGINT, runs the steps in order (stop taking work, drain, close connections) and
 * exits. A second signal exits at once.
 */
export function onShutdown(logger: Logger, steps: Array<[string, () => Promise<void>]>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info('shutting down', { signal });
    for (const [name, step] of steps) {
      try {
        await step();
      } catch (error) {
        logger.error('shutdown step failed', { step: name, error });
      }
    }
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
