/**
 * The messages a server's processes exchange over node:cluster's IPC channel are
 * plain objects tagged with a `type`; anything else on the channel (prom-client's
 * own collection protocol) is not ours and is ignored.
 */
export function isMessage<T extends { type: string }>(
  message: unknown,
  type: T['type'],
): message is T {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type
  );
}
