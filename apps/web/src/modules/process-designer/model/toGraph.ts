import type { ProcessDefinition, ProcessEdge, ProcessNode } from './definition.ts';
import type { Block, Branch, BranchBlock, NestedProcess } from './nested.ts';

type Exit = Pick<ProcessEdge, 'when' | 'default'>;

/** The edge attributes a branch puts on its first edge (parallel branches carry none). */
function exitOf(block: BranchBlock, branch: Branch): Exit {
  if (block.gateway === 'parallel') return {};
  if (branch.isDefault) return { default: true };
  return branch.when === undefined || branch.when.trim() === '' ? {} : { when: branch.when };
}

/**
 * The nested model as the interchange graph: start → blocks → end; each branch block
 * becomes its split, one edge per branch (condition or default on it) and its own join.
 */
export function toGraph(process: NestedProcess): ProcessDefinition {
  const nodes: ProcessNode[] = [process.start];
  const edges: ProcessEdge[] = [];
  const link = (from: string, to: string, exit: Exit = {}) => edges.push({ from, to, ...exit });

  // Emits a sequence after `from`; the first edge carries `exit`. Returns the last node.
  const emit = (blocks: Block[], from: string, exit: Exit): string => {
    let previous = from;
    let pending: Exit = exit;
    for (const block of blocks) {
      if (block.kind === 'task') {
        nodes.push(block.node);
        link(previous, block.node.id, pending);
        previous = block.node.id;
      } else {
        const split: ProcessNode = { id: block.id, type: block.gateway };
        nodes.push(block.name ? { ...split, name: block.name } : split);
        link(previous, block.id, pending);
        for (const branch of block.branches) {
          // An empty branch is one edge split → join, which carries the branch's condition.
          const last = emit(branch.blocks, block.id, exitOf(block, branch));
          link(last, block.joinId, branch.blocks.length === 0 ? exitOf(block, branch) : {});
        }
        nodes.push(
          block.joinName === undefined
            ? { id: block.joinId, type: 'join' }
            : { id: block.joinId, type: 'join', name: block.joinName },
        );
        previous = block.joinId;
      }
      pending = {};
    }
    return previous;
  };

  const last = emit(process.blocks, process.start.id, {});
  nodes.push(
    process.endName
      ? { id: process.endId, type: 'end', name: process.endName }
      : { id: process.endId, type: 'end' },
  );
  link(last, process.endId);
  const definition: ProcessDefinition = {
    key: process.key,
    name: process.name,
    form: process.form,
    nodes,
    edges,
  };
  return process.dedupe === undefined ? definition : { ...definition, dedupe: process.dedupe };
}
