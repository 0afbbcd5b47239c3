/**
 * Coalesces seal requests: whoever asks is answered by a seal that starts after the
 * ask, and everyone who asked while a seal ran shares the next one. Under load one seal
 * links the entries of many requests (group sealing), and a request still learns that
 * its entry is in the chain before it answers.
 */
export function createSealQueue(sealOnce: () => Promise<unknown>): () => Promise<void> {
  let waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    try {
      while (waiting.length > 0) {
        const batch = waiting;
        waiting = [];
        try {
          await sealOnce();
          for (const waiter of batch) waiter.resolve();
        } catch (error) {
          for (const waiter of batch) waiter.reject(error);
        }
      }
    } finally {
      running = false;
    }
  }

  return () =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ resolve, reject });
      if (!running) void drain();
    });
}
