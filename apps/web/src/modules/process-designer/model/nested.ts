import type { FormSchema } from '@yuanwu/form-engine';
import type { GatewayType, StartNode, TaskNode } from './definition.ts';

/**
 * The DingTalk-style model the designer edits: a vertical list of blocks from 发起人
 * to 流程结束, where a branch block holds branches side by side, each its own list.
 * Every split is closed by its own join, so it converts to the graph and back.
 */
export type Block = TaskBlock | BranchBlock;

export interface TaskBlock {
  kind: 'task';
  node: TaskNode;
}

export interface Branch {
  /** Stable key for React and the drawer (not stored in the graph). */
  key: string;
  /** exclusive / inclusive: the condition; the default branch has none. */
  when?: string;
  isDefault?: boolean;
  blocks: Block[];
}

export interface BranchBlock {
  kind: 'branch';
  gateway: GatewayType;
  id: string;
  name?: string;
  joinId: string;
  /** The join's name from an imported graph (汇合), kept so a save does not drop it. */
  joinName?: string;
  branches: Branch[];
}

export interface NestedProcess {
  key: string;
  name: string;
  form: FormSchema;
  start: StartNode;
  endId: string;
  /** The end's name, which the request's flow chart shows (流程结束). */
  endName?: string;
  blocks: Block[];
  dedupe?: boolean;
}

let counter = 0;

/** A node id unlikely to collide within one definition (prefix + time + counter). */
export function newNodeId(prefix: string): string {
  counter += 1;
  return `${prefix}_${Date.now().toString(36).slice(-4)}${counter.toString(36)}`;
}
