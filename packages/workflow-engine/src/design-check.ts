import { processDefinition, type ProcessDefinition } from './definition.ts';
import { checkDefinition } from './check-definition.ts';
import { graphOf } from './graph.ts';
import { zodDetails } from './parse-definition.ts';
import type { OrgDirectory } from './ports.ts';

/**
 * A problem the designer shows: `error` blocks publishing (the deploy check would refuse
 * it); `warning` deploys but is likely a mistake (a gateway with no default branch).
 */
export interface DesignProblem {
  path: string;
  nodeId?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** The parts of the organisation the design check asks about. */
export type DesignOrg = Pick<OrgDirectory, 'personExists' | 'roleHolders'>;

/**
 * Everything the designer's 检查 panel reports for a definition in the interchange
 * format: its shape, every deploy rule, then design warnings and, given the current
 * organisation, assignee rules that resolve to nobody. Each problem names its node
 * when the path points into one (or into an edge: then the edge's source).
 */
export function designProblems(input: unknown, org?: DesignOrg): DesignProblem[] {
  const parsed = processDefinition.safeParse(input);
  if (!parsed.success) {
    return zodDetails(parsed.error).map((d) => locate(input, { ...d, severity: 'error' }));
  }
  const definition = parsed.data;
  const errors = checkDefinition(definition).map((d): DesignProblem => ({
    ...d,
    severity: 'error',
  }));
  const warnings = errors.length === 0 ? structureWarnings(definition) : [];
  const people = org ? assigneeProblems(definition, org) : [];
  return [...errors, ...warnings, ...people].map((problem) => locate(definition, problem));
}

/** Gateways without a default branch; joins that close no split. */
export function structureWarnings(definition: ProcessDefinition): DesignProblem[] {
  const problems: DesignProblem[] = [];
  const graph = graphOf(definition);
  const paired = new Set(graph.pairedJoin.values());
  definition.nodes.forEach((node, index) => {
    const path = `nodes[${index}]`;
    const label = node.name ?? node.id;
    if (node.type === 'exclusive' || node.type === 'inclusive') {
      const exits = graph.outgoing.get(node.id) ?? [];
      if (!exits.some((edge) => edge.default === true)) {
        problems.push({
          path,
          message: `${label} 没有默认分支：条件都不满足时流程无法继续`,
          severity: 'warning',
        });
      }
    }
    if (node.type === 'join' && !paired.has(node.id)) {
      problems.push({ path, message: `${label} 没有与之配对的分支节点`, severity: 'warning' });
    }
  });
  return problems;
}

/** Rules that name people who do not exist or roles that nobody holds. */
export function assigneeProblems(definition: ProcessDefinition, org: DesignOrg): DesignProblem[] {
  const problems: DesignProblem[] = [];
  definition.nodes.forEach((node, index) => {
    if (node.type !== 'approval' && node.type !== 'notify') return;
    const path = `nodes[${index}].assignee`;
    const rule = node.assignee;
    // An approval node with ifEmpty skip/admin still runs; everything else stops there.
    const tolerated = node.type === 'notify' || node.ifEmpty === 'skip' || node.ifEmpty === 'admin';
    const severity = tolerated ? 'warning' : 'error';
    const label = node.name ?? node.id;
    if ('people' in rule) {
      const missing = rule.people.filter((person) => !org.personExists(person));
      if (missing.length > 0) {
        problems.push({
          path,
          message: `${label} 的处理人不存在：${missing.join('、')}`,
          severity,
        });
      }
    } else if ('role' in rule && org.roleHolders(rule.role).length === 0) {
      // Scoped to the initiator's department, who is found depends on who starts: a warning.
      const scoped = rule.scope === 'initiatorDepartment';
      problems.push({
        path,
        message: scoped
          ? `${label} 的角色 ${rule.role} 在当前组织中没有成员：任何科室的发起人都找不到处理人`
          : `${label} 的角色 ${rule.role} 没有成员`,
        severity: scoped ? 'warning' : severity,
      });
    }
  });
  return problems;
}

/** Adds the node a path points into: `nodes[i]…` or `edges[i]…` (its source node). */
function locate(input: unknown, problem: DesignProblem): DesignProblem {
  if (problem.nodeId !== undefined) return problem;
  const match = /^(nodes|edges)\[(\d+)\]/.exec(problem.path);
  if (!match || typeof input !== 'object' || input === null) return problem;
  const list = (input as Record<string, unknown>)[match[1] ?? ''];
  const item = Array.isArray(list) ? (list[Number(match[2])] as unknown) : undefined;
  if (typeof item !== 'object' || item === null) return problem;
  const record = item as Record<string, unknown>;
  const nodeId = match[1] === 'nodes' ? record['id'] : record['from'];
  return typeof nodeId === 'string' ? { ...problem, nodeId } : problem;
}
