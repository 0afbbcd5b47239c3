import type { Block } from '../model/nested.ts';
import type { ListPath, Selection } from '../model/edit.ts';
import type { Names } from './summaries.ts';

/** What every part of the canvas needs: names, selection, problems and the editor. */
export interface CanvasContext {
  names: Names;
  selection: Selection | null;
  problemNodes: ReadonlySet<string>;
  select(selection: Selection): void;
  setBlocks(change: (blocks: Block[]) => Block[]): void;
}

export function samePath(a: ListPath, b: ListPath): boolean {
  return (
    a.length === b.length && a.every((s, i) => s.block === b[i]?.block && s.branch === b[i]?.branch)
  );
}
