import type { ErrorDetail } from '@yuanwu/kernel';
import { checkFormSchema } from '@yuanwu/form-engine';
import { checkCondition } from './check-conditions.ts';
import type { ProcessDefinition } from './definition.ts';
import { parseDuration } from './duration.ts';
import { checkGraph } from './check-graph.ts';

const gateways = new Set(['exclusive', 'inclusive']);
const singleExit = new Set(['start', 'approval', 'notify', 'join']);

/**
 * Every rule a definition must satisfy before it is deployed, beyond its shape:
 * one start, sound edges, every node reachable and able to finish, expressions that
 * parse and name only form fields, well-formed assignee rules, time limits and
 * field permissions. Returns one detail per problem (empty when deployable).
 */
export function checkDefinition(definition: ProcessDefinition): ErrorDetail[] {
  const details: ErrorDetail[] = checkFormSchema(definition.form).map((detail) => ({
    path: `form.${detail.path}`,
    message: detail.message,
  }));
  const fields = new Map(definition.form.fields.map((field) => [field.key, field]));
  const types = new Map<string, string>();
  definition.nodes.forEach((node, index) => {
    if (types.has(node.id)) details.push(at(`nodes[${index}].id`, `节点 ${node.id} 重复`));
    types.set(node.id, node.type);
  });
  const starts = definition.nodes.filter((node) => node.type === 'start');
  if (starts.length !== 1) details.push(at('nodes', '流程必须有且只有一个开始节点'));
  if (!definition.nodes.some((node) => node.type === 'end')) {
    details.push(at('nodes', '流程至少需要一个结束节点'));
  }
  details.push(...checkEdges(definition, types, fields));
  details.push(...checkNodes(definition, fields));
  if (details.length === 0) details.push(...checkGraph(definition));
  return details;
}

function at(path: string, message: string): ErrorDetail {
  return { path, message };
}

function checkEdges(
  definition: ProcessDefinition,
  types: Map<string, string>,
  fields: FieldMap,
): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const defaults = new Map<string, number>();
  definition.edges.forEach((edge, index) => {
    const path = `edges[${index}]`;
    const fromType = types.get(edge.from);
    const toType = types.get(edge.to);
    if (fromType === undefined) details.push(at(`${path}.from`, `未知节点 ${edge.from}`));
    if (toType === undefined) details.push(at(`${path}.to`, `未知节点 ${edge.to}`));
    if (toType === 'start') details.push(at(`${path}.to`, '不能连回开始节点'));
    if (fromType === 'end') details.push(at(`${path}.from`, '结束节点不能有出边'));
    if (edge.from === edge.to) details.push(at(path, '连线不能指向自身'));
    const conditional = fromType !== undefined && gateways.has(fromType);
    if ((edge.when !== undefined || edge.default === true) && !conditional) {
      details.push(at(path, '只有排他网关和包容网关的出边可以带条件'));
    }
    if (edge.default === true) {
      if (edge.when !== undefined) details.push(at(`${path}.when`, '默认分支不能带条件'));
      defaults.set(edge.from, (defaults.get(edge.from) ?? 0) + 1);
    }
    if (edge.when !== undefined) {
      const problem = checkCondition(edge.when, fields, `${path}.when`);
      if (problem) details.push(problem);
    }
  });
  for (const [from, count] of defaults) {
    if (count > 1) details.push(at('edges', `网关 ${from} 只能有一条默认分支`));
  }
  definition.nodes.forEach((node, index) => {
    const count = definition.edges.filter((edge) => edge.from === node.id).length;
    if (singleExit.has(node.type) && count !== 1) {
      details.push(at(`nodes[${index}]`, `节点 ${node.id} 必须有且只有一条出边`));
    }
    if (node.type !== 'start' && node.type !== 'end' && count === 0) {
      details.push(at(`nodes[${index}]`, `节点 ${node.id} 没有出边`));
    }
  });
  return details;
}

type FieldMap = Map<string, ProcessDefinition['form']['fields'][number]>;

function checkNodes(definition: ProcessDefinition, fields: FieldMap): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  definition.nodes.forEach((node, index) => {
    const path = `nodes[${index}]`;
    if (node.type === 'approval' || node.type === 'notify') {
      const rule = node.assignee;
      if ('field' in rule) {
        const field = fields.get(rule.field);
        if (!field) details.push(at(`${path}.assignee.field`, `表单没有字段 ${rule.field}`));
        else if (field.type !== 'person') {
          details.push(at(`${path}.assignee.field`, `字段 ${rule.field} 不是人员字段`));
        }
      }
    }
    if (node.type === 'approval') {
      if (node.timeLimit !== undefined && parseDuration(node.timeLimit) === null) {
        details.push(at(`${path}.timeLimit`, '时限必须是 ISO 8601 时长，例如 PT24H'));
      }
      if (node.onTimeout !== undefined && node.timeLimit === undefined) {
        details.push(at(`${path}.onTimeout`, '设置超时处理前必须先设置时限'));
      }
    }
    if ('fieldPermissions' in node && node.fieldPermissions) {
      for (const key of Object.keys(node.fieldPermissions)) {
        if (!fields.has(key))
          details.push(at(`${path}.fieldPermissions.${key}`, `未知字段 ${key}`));
      }
    }
  });
  return details;
}
