import { moveOn, newToken } from './movement.ts';
import type { Activation, PathEntry, Token } from './state.ts';
import type { Tx } from './tx.ts';

const openActivation = (tx: Tx, id: string | undefined) =>
  tx.state.activations.find((a) => a.id === id && a.state === 'open');

/**
 * A token reaches a join and parks for the activation it merges there: its innermost
 * open activation when that one is closed by this join or by none, else the nearest
 * outer one this join closes. With none (a jump, a stray join) it passes straight on.
 */
export function arriveAtJoin(tx: Tx, token: Token): void {
  const frames = token.frames;
  let index = frames.length - 1;
  while (index >= 0 && openActivation(tx, frames[index]) === undefined) index -= 1;
  const top = openActivation(tx, frames[index]);
  if (top !== undefined && top.join !== null && top.join !== token.node) {
    do index -= 1;
    while (index >= 0 && openActivation(tx, frames[index])?.join !== token.node);
  }
  const activation = openActivation(tx, frames[index]);
  if (activation === undefined) {
    moveOn(tx, token);
    return;
  }
  token.frames = frames.slice(0, index + 1);
  token.state = 'parked';
  token.activation = activation.id;
}

/**
 * Fires one join whose activation has arrived: no other token of that activation can
 * still reach this join. Returns false when none can fire. When nothing else can ever
 * move, the oldest waiting join fires, so that a malformed graph cannot hang silently.
 */
export function fireReadyJoin(tx: Tx): boolean {
  const parked = tx.state.tokens.filter((token) => token.state === 'parked');
  const ready = parked.find((token) => isReady(tx, token));
  const stuck = tx.state.tokens.every((token) => token.state === 'parked');
  const chosen = ready ?? (stuck ? parked[0] : undefined);
  const activation = openActivation(tx, chosen?.activation);
  if (chosen === undefined || activation === undefined) return false;
  fire(tx, activation, chosen.node);
  return true;
}

function isReady(tx: Tx, parked: Token): boolean {
  const id = parked.activation ?? '';
  const here = (token: Token) =>
    token.state === 'parked' && token.activation === id && token.node === parked.node;
  return tx.state.tokens.every(
    (token) =>
      here(token) || !token.frames.includes(id) || !tx.graph.canReach(token.node, parked.node),
  );
}

function fire(tx: Tx, activation: Activation, join: string): void {
  const arrived = tx.state.tokens.filter(
    (token) =>
      token.state === 'parked' && token.activation === activation.id && token.node === join,
  );
  const ids = new Set(arrived.map((token) => token.id));
  tx.state.tokens = tx.state.tokens.filter((token) => !ids.has(token.id));
  activation.state = 'joined';
  // Branches parked for it at another join (a graph without structure) arrive there anew.
  for (const token of tx.state.tokens) {
    if (token.activation === activation.id) {
      token.state = 'moving';
      delete token.activation;
    }
  }
  const single = arrived.length === 1 ? arrived[0] : undefined;
  const path: PathEntry[] = single ? single.path : [...structuredClone(activation.path), { join }];
  // The merged token enters the join again: an enclosing split may be closed by it too.
  newToken(tx, join, [...activation.parentFrames], path);
}
