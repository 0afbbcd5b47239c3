import type { FormSchema } from '@yuanwu/form-engine';
import type { GatewayType } from './definition.ts';
import { designerMessages as m } from '../messages.ts';
import { newNodeId, type Block, type Branch, type NestedProcess } from './nested.ts';

export type NewBlockKind = 'approval' | 'notify' | GatewayType;

function branch(split: string, index: number, extra: Partial<Branch> = {}): Branch {
  return { key: `${split}:${index}:${Date.now()}`, blocks: [], ...extra };
}

/** A fresh block of the kind picked from a "+" menu. */
export function newBlock(kind: NewBlockKind): Block {
  if (kind === 'approval') {
    return {
      kind: 'task',
      node: {
        id: newNodeId('approval'),
        type: 'approval',
        name: m.blocks.approval,
        assignee: { departmentHead: 'initiator' },
        mode: 'any',
        ifEmpty: 'admin',
      },
    };
  }
  if (kind === 'notify') {
    return {
      kind: 'task',
      node: {
        id: newNodeId('cc'),
        type: 'notify',
        name: m.blocks.notify,
        assignee: { initiator: true },
      },
    };
  }
  const id = newNodeId(kind);
  const second = kind === 'parallel' ? {} : { isDefault: true };
  return {
    kind: 'branch',
    gateway: kind,
    id,
    name: m.blocks[kind],
    joinId: `${id}_join`,
    branches: [branch(id, 0), branch(id, 1, second)],
  };
}

/** A new branch for a branch block (conditional blocks: before the default branch). */
export function newBranch(split: string, index: number): Branch {
  return branch(split, index);
}

/** A new process: 发起人 → 审批人 (部门负责人) → end. */
export function blankProcess(key: string, name: string, form: FormSchema): NestedProcess {
  return {
    key,
    name,
    form,
    start: { id: 'start', type: 'start', name: m.blocks.start },
    endId: 'end',
    endName: m.blocks.end,
    blocks: [newBlock('approval')],
  };
}
