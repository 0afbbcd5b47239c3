import type { ProcessSummary } from '@yuanwu/contracts';
import type { CategoryRow } from './categories.repository.ts';

export function presentCategory(row: CategoryRow) {
  return { id: row.id, name: row.name, colour: row.colour, sort: row.sort };
}

export function presentProcessRow(row: {
  key: string;
  name: string;
  category_id: string | null;
  category_name: string | null;
  category_colour: string | null;
  current_version: number;
  updated_at: Date;
}): ProcessSummary {
  return {
    key: row.key,
    name: row.name,
    version: row.current_version,
    category:
      row.category_id === null
        ? null
        : { id: row.category_id, name: row.category_name, colour: row.category_colour },
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentVersions(
  versions: { id: string; version: number; created_at: Date; created_by: string | null }[],
) {
  return versions.map((v) => ({
    id: v.id,
    version: v.version,
    createdAt: v.created_at.toISOString(),
    createdBy: v.created_by,
  }));
}
