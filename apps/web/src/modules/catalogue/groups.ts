import type { ProcessSummary } from '../workflow/index.ts';

export interface CategoryGroup {
  id: string;
  name: string;
  colour: string;
  processes: ProcessSummary[];
}

const neutral = '#8c96a5';

/** Processes by category in the order the server lists them; uncategorised ones last. */
export function groupByCategory(
  processes: readonly ProcessSummary[],
  other: string,
): CategoryGroup[] {
  const groups = new Map<string, CategoryGroup>();
  for (const process of processes) {
    const id = process.category?.id ?? '';
    let group = groups.get(id);
    if (!group) {
      group = {
        id,
        name: process.category?.name ?? other,
        colour: process.category?.colour ?? neutral,
        processes: [],
      };
      groups.set(id, group);
    }
    group.processes.push(process);
  }
  return [...groups.values()].sort((a, b) => Number(a.id === '') - Number(b.id === ''));
}
