interface ActivityLog {
  warn(details: object, message: string): void;
}

/**
 * Session activity (last_seen_at) queued in memory and written for every session at once,
 * in one statement, every `everyMs` and on `stop`: a request no longer pays for its own
 * write transaction. A flush that fails is logged and its touches are kept for the next;
 * it never rejects, so a request that waits for one never fails because of it.
 */
export function createSessionActivity(
  record: (seen: ReadonlyMap<string, Date>) => Promise<void>,
  log: ActivityLog,
  everyMs = 5_000,
) {
  let queued = new Map<string, Date>();
  let writing = new Map<string, Date>();
  let inFlight: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;

  const write = async (): Promise<void> => {
    if (queued.size === 0) return;
    writing = queued;
    queued = new Map();
    try {
      await record(writing);
    } catch (error) {
      log.warn({ err: error, sessions: writing.size }, 'session activity not recorded');
      for (const [id, at] of writing) {
        const later = queued.get(id);
        if (!later || later < at) queued.set(id, at);
      }
    } finally {
      writing = new Map();
    }
  };

  /** Writes what is queued; while a write runs, the next one waits and takes all queued since. */
  const flush = (): Promise<void> => {
    if (next) return next;
    if (!inFlight) {
      inFlight = write().finally(() => {
        inFlight = null;
      });
      return inFlight;
    }
    next = inFlight.then(() => {
      next = null;
      return flush();
    });
    return next;
  };

  return {
    /** Notes that the session was used at `at` (kept if later than what is queued). */
    queue(id: string, at: Date): void {
      const known = queued.get(id);
      if (!known || known < at) queued.set(id, at);
    },
    /** The activity queued or being written for a session, if any. */
    pending(id: string): Date | undefined {
      return queued.get(id) ?? writing.get(id);
    },
    flush,
    start(): void {
      timer = setInterval(() => void flush(), everyMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await flush();
    },
  };
}

export type SessionActivity = ReturnType<typeof createSessionActivity>;
