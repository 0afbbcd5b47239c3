import type { ColumnType } from 'kysely';

/** jsonb: read as parsed JSON, written as a JSON string. */
type Json = ColumnType<unknown, string | null, string | null>;

export interface WorkflowProcessRightsTable {
  process_key: string;
  start_scope: Json;
  manage_scope: Json;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | string, Date | string>;
}
