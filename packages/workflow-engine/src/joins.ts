import { moveOn, newToken } from './movement.ts';
import type { Activation, PathEntry, Token } from './state.ts';
import type { Tx } from './tx.ts';

/**
 * A token reaches a join. It merges the innermost open activation this join closes;
 * a token that carries none (a jump, a malformed graph) passes straight through.
 */
export function arriveAtJoin(tx: Tx, token: Token): void {
  const open = (id: string) =>
    tx.state.activations.find((a) => a.id === id && a.state === 'open' && a.join === token.node);
  let index = token.frames.length - 1;
  while (index >= 0 && open(token.frames[index] ?? '') === undefined) index -= 1;
  if (index < 0) {
    moveOn(tx, token);
    return;
  }
  token.frames = token.frames.slice(0, index + 1);
  token.state = 'parked';
  token.activation = token.frames[index];
}

/**
 * Fires one join whose activation has every live branch arrived (no token inside the
 * activation is anywhere but parked here for it). Returns false when none can fire.
 * When nothing else can ever move, the oldest waiting join fires, so that an instance
 * of a malformed graph cannot hang silently.
 */
export function fireReadyJoin(tx: Tx): boolean {
  const parked = tx.state.tokens.filter((token) => token.state === 'parked');
  if (parked.length === 0) return false;
  const ready = tx.state.activations.find(
    (activation) =>
      activation.state === 'open' &&
      parked.some((token) => token.activation === activation.id) &&
      tx.state.tokens.every(
        (token) => !token.frames.includes(activation.id) || token.activation === activation.id,
      ),
  );
  if (ready) {
    fire(tx, ready);
    return true;
  }
  if (tx.state.tokens.some((token) => token.state !== 'parked')) return false;
  const oldest = tx.state.activations.find((a) => a.id === parked[0]?.activation);
  if (oldest === undefined) return false;
  fire(tx, oldest);
  return true;
}

function fire(tx: Tx, activation: Activation): void {
  const arrived = tx.state.tokens.filter((token) => token.activation === activation.id);
  tx.state.tokens = tx.state.tokens.filter((token) => token.activation !== activation.id);
  activation.state = 'joined';
  const single = activation.branches === 1 && arrived.length === 1 ? arrived[0] : undefined;
  const path: PathEntry[] = single
    ? single.path
    : [...structuredClone(activation.path), { join: activation.join }];
  const merged = newToken(tx, activation.join, [...activation.parentFrames], path);
  moveOn(tx, merged);
}
