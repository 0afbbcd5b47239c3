import { enterApproval } from './approval-run.ts';
import { conditionHolds } from './conditions.ts';
import type { ProcessEdge } from './definition.ts';
import { arriveAtJoin, fireReadyJoin } from './joins.ts';
import { moveOn, newToken, removeToken } from './movement.ts';
import type { Token } from './state.ts';
import { enterNotify } from './notify-node.ts';
import { finishInstance } from './finish.ts';
import { nextId, refuse, type Tx } from './tx.ts';

// A definition whose gateways loop without an approval in between would never stop.
const stepLimit = 10_000;

/**
 * Moves every moving token until each waits at an approval node, waits at a join, or
 * has reached an end; fires joins whose activation is complete; completes the instance
 * when no token is left. Any routing error aborts the whole command.
 */
export function runTokens(tx: Tx): void {
  for (let steps = 0; ; steps += 1) {
    if (steps > stepLimit) refuse('no_route', '流程路由进入死循环');
    const token = tx.state.tokens.find((candidate) => candidate.state === 'moving');
    if (token) enterNode(tx, token);
    else if (!fireReadyJoin(tx)) break;
  }
  const state = tx.state;
  if (state.status === 'running' && state.awaitingResubmit === null && state.tokens.length === 0) {
    finishInstance(tx, 'completed');
  }
}

function enterNode(tx: Tx, token: Token): void {
  const node = tx.graph.nodes.get(token.node);
  if (node === undefined) refuse('no_route', `未知节点 ${token.node}`);
  switch (node.type) {
    case 'start':
      token.path = [{ node: node.id, frames: [] }];
      token.frames = [];
      moveOn(tx, token);
      return;
    case 'approval':
      enterApproval(tx, token, node);
      return;
    case 'notify':
      enterNotify(tx, node);
      moveOn(tx, token);
      return;
    case 'exclusive':
    case 'inclusive':
    case 'parallel':
      split(tx, token, chooseEdges(tx, token.node, node.type));
      return;
    case 'join':
      arriveAtJoin(tx, token);
      return;
    case 'end':
      removeToken(tx, token);
      return;
  }
}

function chooseEdges(
  tx: Tx,
  nodeId: string,
  type: 'exclusive' | 'inclusive' | 'parallel',
): ProcessEdge[] {
  const edges = tx.graph.outgoing.get(nodeId) ?? [];
  if (type === 'parallel') return edges;
  const holds = (edge: ProcessEdge) =>
    edge.default !== true && (edge.when === undefined || conditionHolds(tx, edge.when));
  const chosen = type === 'exclusive' ? edges.filter(holds).slice(0, 1) : edges.filter(holds);
  const taken = chosen.length > 0 ? chosen : edges.filter((edge) => edge.default === true);
  if (taken.length === 0) refuse('no_route', `网关 ${nodeId} 没有满足条件的分支`);
  return taken;
}

/** One token per branch taken, all inside a new activation of this split. */
function split(tx: Tx, token: Token, edges: ProcessEdge[]): void {
  const activation = {
    id: nextId(tx, 'a'),
    split: token.node,
    join: tx.graph.pairedJoin.get(token.node) ?? null,
    branches: edges.length,
    parentFrames: [...token.frames],
    path: structuredClone(token.path),
    state: 'open' as const,
  };
  tx.state.activations.push(activation);
  removeToken(tx, token);
  const frames = [...token.frames, activation.id];
  for (const edge of edges) newToken(tx, edge.to, [...frames], structuredClone(token.path));
}
