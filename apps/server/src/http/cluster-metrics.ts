import cluster from 'node:cluster';
import client, { type Registry } from 'prom-client';
import { isMessage } from '../serve/messages.ts';

// The worker asks its primary, which collects every worker's registry through
// prom-client's own cluster protocol and sums them (AggregatorRegistry).
interface MetricsRequest {
  type: 'yuanwu:metrics-request';
  id: number;
}
interface MetricsAnswer {
  type: 'yuanwu:metrics';
  id: number;
  text?: string;
  error?: string;
}

/** Primary: answers each worker's /metrics with the figures of all workers together. */
export function answerMetricsRequests(): void {
  const aggregator = new client.AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage<MetricsRequest>(message, 'yuanwu:metrics-request')) return;
    const reply = (answer: Omit<MetricsAnswer, 'type' | 'id'>) =>
      worker.send({ type: 'yuanwu:metrics', id: message.id, ...answer });
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/**
 * Worker: offers `registry` to the primary's collection and returns how to
 * read the whole server's metrics (every worker's), whichever worker is asked.
 */
export function clusterMetricsReader(registry: Registry): () => Promise<string> {
  client.AggregatorRegistry.setRegistries([registry]);
  // Constructing one installs prom-client's answer to the primary's collection requests.
  void new client.AggregatorRegistry();
  const waiting = new Map<number, { resolve(text: string): void; reject(error: Error): void }>();
  let nextId = 0;
  process.on('message', (message: unknown) => {
    if (!isMessage<MetricsAnswer>(message, 'yuanwu:metrics')) return;
    const waiter = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.text !== undefined) waiter?.resolve(message.text);
    else waiter?.reject(new Error(message.error ?? 'no metrics'));
  });
  return () =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      const request: MetricsRequest = { type: 'yuanwu:metrics-request', id };
      process.send?.(request);
      setTimeout(() => {
        if (waiting.delete(id)) reject(new Error('the primary process did not answer'));
      }, 10_000).unref();
    });
}

/** How this process reads its metrics: its own, or a cluster worker's view of all. */
export function metricsReader(registry: Registry): () => Promise<string> {
  return cluster.isWorker ? clusterMetricsReader(registry) : () => registry.metrics();
}
