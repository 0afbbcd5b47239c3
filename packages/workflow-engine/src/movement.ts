import type { PathEntry, Token } from './state.ts';
import { nextId, type Tx } from './tx.ts';

/** Sends a token along the single edge leaving its node; the router picks it up. */
export function moveOn(tx: Tx, token: Token): void {
  const edge = tx.graph.outgoing.get(token.node)?.[0];
  if (edge === undefined) {
    removeToken(tx, token);
    return;
  }
  token.node = edge.to;
  token.state = 'moving';
  delete token.activation;
}

/** A new token about to enter `node`. */
export function newToken(tx: Tx, node: string, frames: string[], path: PathEntry[]): Token {
  const token: Token = { id: nextId(tx, 't'), node, state: 'moving', frames, path };
  tx.state.tokens.push(token);
  return token;
}

export function removeToken(tx: Tx, token: Token): void {
  tx.state.tokens = tx.state.tokens.filter((candidate) => candidate.id !== token.id);
}
