import type { ServiceContext } from '../../platform/service-context.ts';
import type { PersonProfile, PersonStatus } from './org.types.ts';

/**
 * What other modules (accounts, for one) want to hear about people. Called
 * inside the write's transaction, so their reaction commits or rolls back
 * with it. Wired in app.ts, so org never imports those modules.
 */
export interface PersonLifecycleListener {
  onPersonCreated?(ctx: ServiceContext, person: PersonProfile): Promise<void>;
  onPersonStatusChanged?(
    ctx: ServiceContext,
    personId: string,
    status: PersonStatus,
  ): Promise<void>;
  /** The name changed (accounts keep their display name in step). */
  onPersonRenamed?(ctx: ServiceContext, person: { id: string; name: string }): Promise<void>;
}

let listeners: PersonLifecycleListener[] = [];

/** Sets the one listener (null removes it); app.ts wires the auth module here. */
export function setPersonLifecycleListener(listener: PersonLifecycleListener | null): void {
  listeners = listener ? [listener] : [];
}

/** Adds a further listener; returns a function that removes it again. */
export function addPersonLifecycleListener(listener: PersonLifecycleListener): () => void {
  listeners = [...listeners, listener];
  return () => {
    listeners = listeners.filter((l) => l !== listener);
  };
}

/** True when someone listens (so imports only build profiles when they will be used). */
export function hasPersonLifecycleListeners(): boolean {
  return listeners.length > 0;
}

export async function notifyPersonCreated(
  ctx: ServiceContext,
  person: PersonProfile,
): Promise<void> {
  for (const listener of listeners) await listener.onPersonCreated?.(ctx, person);
}

export async function notifyPersonStatusChanged(
  ctx: ServiceContext,
  personId: string,
  status: PersonStatus,
): Promise<void> {
  for (const listener of listeners) await listener.onPersonStatusChanged?.(ctx, personId, status);
}

export async function notifyPersonRenamed(
  ctx: ServiceContext,
  person: { id: string; name: string },
): Promise<void> {
  for (const listener of listeners) await listener.onPersonRenamed?.(ctx, person);
}
