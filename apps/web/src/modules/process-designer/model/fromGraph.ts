import type { ProcessDefinition, ProcessEdge, ProcessNode, StartNode } from './definition.ts';
import type { Block, Branch, NestedProcess } from './nested.ts';

class NotNested extends Error {}

function must<T>(value: T | undefined | null | false): T {
  if (value === undefined || value === null || value === false) throw new NotNested();
  return value;
}

/**
 * Reads a definition into the nested model, or null when the graph is not a tree of
 * split/join pairs (loops, branches that merge elsewhere, several ends…): such a
 * definition is shown read-only as a graph.
 */
export function fromGraph(definition: ProcessDefinition): NestedProcess | null {
  try {
    return read(definition);
  } catch (error) {
    if (error instanceof NotNested) return null;
    throw error;
  }
}

function read(definition: ProcessDefinition): NestedProcess {
  const nodes = new Map(definition.nodes.map((node) => [node.id, node]));
  const outgoing = new Map<string, ProcessEdge[]>();
  const incoming = new Map<string, number>();
  for (const edge of definition.edges) {
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
    incoming.set(edge.to, (incoming.get(edge.to) ?? 0) + 1);
  }
  const used = new Set<string>();
  let edgesUsed = 0;
  const single = (id: string): ProcessEdge => {
    const exits = outgoing.get(id) ?? [];
    must(exits.length === 1);
    edgesUsed += 1;
    return must(exits[0]);
  };

  // Reads blocks from `id` until a join or the end; answers the blocks and where it stopped.
  const sequence = (id: string): { blocks: Block[]; stop: ProcessNode } => {
    const blocks: Block[] = [];
    let current = must(nodes.get(id));
    for (;;) {
      if (current.type === 'join' || current.type === 'end') return { blocks, stop: current };
      must(!used.has(current.id));
      used.add(current.id);
      if (current.type === 'approval' || current.type === 'notify') {
        blocks.push({ kind: 'task', node: current });
        current = must(nodes.get(single(current.id).to));
      } else if (current.type === 'start') {
        throw new NotNested();
      } else {
        const split = current;
        const exits = must(outgoing.get(split.id));
        edgesUsed += exits.length;
        const read = exits.map((edge) => ({ edge, ...sequence(edge.to) }));
        const join = must(read[0]?.stop);
        must(join.type === 'join' && read.every((r) => r.stop === join));
        must(incoming.get(join.id) === exits.length && !used.has(join.id));
        used.add(join.id);
        const branches: Branch[] = read.map((r, index) => ({
          key: `${split.id}:${index}`,
          ...(r.edge.when === undefined ? {} : { when: r.edge.when }),
          ...(r.edge.default === true ? { isDefault: true } : {}),
          blocks: r.blocks,
        }));
        const gateway = split.type as 'exclusive' | 'inclusive' | 'parallel';
        blocks.push({
          kind: 'branch',
          gateway,
          id: split.id,
          ...(split.name === undefined ? {} : { name: split.name }),
          joinId: join.id,
          ...(join.name === undefined ? {} : { joinName: join.name }),
          branches,
        });
        current = must(nodes.get(single(join.id).to));
      }
    }
  };

  const start = must(definition.nodes.find((node): node is StartNode => node.type === 'start'));
  used.add(start.id);
  const { blocks, stop } = sequence(single(start.id).to);
  must(stop.type === 'end');
  used.add(stop.id);
  must(used.size === definition.nodes.length && edgesUsed === definition.edges.length);
  const nested: NestedProcess = {
    key: definition.key,
    name: definition.name,
    form: definition.form,
    start,
    endId: stop.id,
    ...(stop.name ? { endName: stop.name } : {}),
    blocks,
  };
  return definition.dedupe === undefined ? nested : { ...nested, dedupe: definition.dedupe };
}
