import type { Value } from '@yuanwu/form-engine';
import { applyAction } from './apply-action.ts';
import type { ProcessDefinition } from './definition.ts';
import { startInstance } from './lifecycle.ts';
import type { OrgDirectory } from './ports.ts';
import { openTasks } from './queries.ts';
import type { InstanceState } from './state.ts';

/** One node the simulated instance passed, with the people it resolved there. */
export interface SimulatedStep {
  nodeId: string;
  name: string;
  type: string;
  assignees: string[];
  /** `skipped` (nobody, ifEmpty skip) or `auto_approved` (去重). */
  outcome?: 'skipped' | 'auto_approved';
}

export interface Simulation {
  path: SimulatedStep[];
  /** Whether the instance reached an end with everyone approving. */
  end: boolean;
  problem?: string;
}

// A process whose every approver approves ends long before this many decisions.
const maxDecisions = 500;

/**
 * Runs a definition on a scratch state with the real engine: the initiator submits
 * `form`, then every open task is approved by its holder until the instance ends.
 * Nothing is stored; delegations are ignored (the path shows the rules' own people).
 */
export function simulate(
  definition: ProcessDefinition,
  input: { initiator: string; form: Record<string, Value>; org: OrgDirectory; now: Date },
): Simulation {
  let seq = 0;
  const env = {
    process: { ref: 'simulation', definition },
    org: input.org,
    delegations: { activeDelegation: () => null },
    newId: () => `sim-${(seq += 1)}`,
    now: input.now,
  };
  const names = new Map(definition.nodes.map((node) => [node.id, node]));
  const step = (nodeId: string, assignees: string[], outcome?: SimulatedStep['outcome']) => {
    const node = names.get(nodeId);
    const base = { nodeId, name: node?.name ?? nodeId, type: node?.type ?? 'unknown', assignees };
    return outcome === undefined ? base : { ...base, outcome };
  };
  const path: SimulatedStep[] = [];
  const started = startInstance(
    { id: 'simulation', initiator: input.initiator, form: input.form },
    env,
  );
  if (!started.ok) return { path, end: false, problem: started.error.message };
  let state = started.value.state;
  path.push(step(state.history[0]?.node ?? 'start', [input.initiator]));
  let seen = { history: 1, runs: 0, cc: 0 };
  const collect = (current: InstanceState) => {
    for (const entry of current.history.slice(seen.history)) {
      if (entry.action === 'skipped' || entry.action === 'auto_approved') {
        path.push(step(entry.node, [], entry.action));
      }
    }
    for (const run of current.runs.slice(seen.runs)) {
      const people = current.tasks.filter((t) => t.run === run.id && t.kind === 'member');
      path.push(step(run.node, [...new Set([...people.map((t) => t.assignee), ...run.queue])]));
    }
    const ccNodes = [...new Set(current.cc.slice(seen.cc).map((item) => item.node))];
    for (const node of ccNodes) {
      const people = current.cc.filter((item) => item.node === node).map((item) => item.person);
      path.push(step(node, people));
    }
    seen = { history: current.history.length, runs: current.runs.length, cc: current.cc.length };
  };
  collect(state);
  for (let decisions = 0; state.status === 'running' && decisions < maxDecisions; decisions++) {
    const task = openTasks(state)[0];
    if (!task) break;
    const actor = { id: task.assignee, isAdmin: false };
    const next = applyAction(state, { type: 'approve', node: task.node, actor }, env);
    if (!next.ok) return { path, end: false, problem: next.error.message };
    state = next.value.state;
    collect(state);
  }
  return { path, end: state.status === 'completed' };
}
