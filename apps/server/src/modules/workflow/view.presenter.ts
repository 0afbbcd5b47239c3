import type { InstanceTask, InstanceView as InstanceViewBody } from '@yuanwu/contracts';
import type { Task } from '@yuanwu/workflow-engine';
import { guidanceOf } from './design.guidance.ts';
import { nodeProgress } from './graph.presenter.ts';
import type { InstanceView } from './view.service.ts';

function nameOf(view: InstanceView, id: string | null): string | null {
  if (id === null) return null;
  if (id === 'system') return '系统';
  return view.directory.personName(id) ?? id;
}

function presentTask(
  view: InstanceView,
  task: Task,
  nodeName: (id: string) => string,
): InstanceTask {
  return {
    id: task.id,
    node: task.node,
    nodeName: nodeName(task.node),
    assignee: task.assignee,
    assigneeName: nameOf(view, task.assignee),
    onBehalfOf: task.onBehalfOf,
    onBehalfOfName: nameOf(view, task.onBehalfOf),
    kind: task.kind,
    state: task.state,
    createdAt: task.createdAt,
    dueAt: task.dueAt,
  };
}

/** The instance page: header, form for this reader, tasks, history, cc, graph, my options. */
export function presentInstanceView(view: InstanceView): InstanceViewBody {
  const { row, loaded, viewer } = view;
  const state = row.state;
  const definition = loaded.definition;
  const nodes = new Map(definition.nodes.map((node) => [node.id, node]));
  const nodeName = (id: string) => nodes.get(id)?.name ?? id;
  const live = state.tasks.filter((t) => t.state === 'open' || t.state === 'waiting');
  const mine = state.tasks.filter((t) => t.state === 'open' && t.assignee === viewer.id);
  const progress = nodeProgress(definition, state);
  const isInitiator = viewer.id === state.initiator.id;
  const running = state.status === 'running';
  const editable = new Set<string>();
  for (const task of mine) {
    const node = nodes.get(task.node);
    const permissions = node && 'fieldPermissions' in node ? (node.fieldPermissions ?? {}) : {};
    for (const [key, permission] of Object.entries(permissions)) {
      if (permission === 'editable') editable.add(key);
    }
  }
  return {
    id: row.id,
    title: row.title,
    processKey: row.process_key,
    processName: definition.name,
    version: row.version,
    revision: row.revision,
    status: state.status,
    initiator: { id: state.initiator.id, name: nameOf(view, state.initiator.id) },
    department: state.initiator.dept
      ? { id: state.initiator.dept, name: view.directory.departmentName(state.initiator.dept) }
      : null,
    createdAt: state.createdAt,
    submittedAt: state.submittedAt,
    endedAt: state.endedAt,
    fields: definition.form.fields.filter((field) => view.visibleFields.has(field.key)),
    form: view.form,
    editableFields: [...editable],
    tasks: live.map((task) => presentTask(view, task, nodeName)),
    myTasks: mine.map((task) => ({
      ...presentTask(view, task, nodeName),
      ...guidanceOf(nodes.get(task.node)),
    })),
    history: state.history.map((entry) => ({
      node: entry.node,
      nodeName: nodeName(entry.node),
      person: entry.person,
      personName: nameOf(view, entry.person),
      action: entry.action,
      comment: entry.comment,
      at: entry.at,
      onBehalfOf: entry.onBehalfOf ?? null,
      targets: entry.targets ?? [],
      targetNames: (entry.targets ?? []).map((id) => nameOf(view, id) ?? id),
      from: entry.from ?? null,
      fromName: nameOf(view, entry.from ?? null),
    })),
    cc: state.cc.map((item) => ({
      id: item.id,
      node: item.node,
      person: item.person,
      personName: nameOf(view, item.person),
      state: item.state,
      createdAt: item.createdAt,
      readAt: item.readAt,
    })),
    graph: {
      nodes: definition.nodes.map((node) => ({
        id: node.id,
        type: node.type,
        name: node.name ?? node.id,
        progress: progress.get(node.id) ?? 'untouched',
        requireComment: node.type === 'approval' && node.requireComment === true,
        ...guidanceOf(node),
      })),
      edges: definition.edges,
    },
    can: {
      approve: mine.length > 0 && running,
      submit: isInitiator && state.status === 'draft',
      resubmit:
        isInitiator &&
        (state.status === 'withdrawn' || (running && state.awaitingResubmit !== null)),
      withdraw: isInitiator && running,
      urge: isInitiator && running && state.tasks.some((t) => t.state === 'open'),
      read: state.cc.some((item) => item.person === viewer.id && item.state === 'unread'),
      administer: viewer.isAdmin && state.status !== 'draft',
    },
  };
}
