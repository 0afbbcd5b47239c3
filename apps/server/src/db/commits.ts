/**
 * Who hears that a transaction which wrote has committed, per database handle made by
 * `createDb` (tests run several in one process). Work that should follow a commit soon,
 * without being part of it, listens here: the notification pump (notify-pump.ts). A
 * handle this process did not make (another process, psql) tells nobody; such work must
 * also run on a timer.
 */
export type CommitListener = () => void;

const listenersOf = new WeakMap<object, Set<CommitListener>>();

/** The listeners of a handle being made, and the function its pool calls on commit. */
export function commitSignal(): { listeners: Set<CommitListener>; emit: () => void } {
  const listeners = new Set<CommitListener>();
  return {
    listeners,
    emit: () => {
      for (const listener of listeners) listener();
    },
  };
}

/** Links `db` to the listeners its pool tells (createDb). */
export function attachCommitListeners(db: object, listeners: Set<CommitListener>): void {
  listenersOf.set(db, listeners);
}

/** Calls `listener` after each write transaction on `db` commits; returns the unsubscribe. */
export function observeCommits(db: object, listener: CommitListener): () => void {
  const listeners = listenersOf.get(db);
  if (!listeners) return () => undefined;
  listeners.add(listener);
  return () => listeners.delete(listener);
}
