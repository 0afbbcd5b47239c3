import type { ColumnType, Generated } from 'kysely';

/** jsonb: read as parsed JSON, written as a JSON string. */
type Json = ColumnType<unknown, string, string>;

export interface WorkbenchRoleLayoutTable {
  role_id: string;
  layout: Json;
  updated_by: string | null;
  updated_at: Date;
  deleted_at: Date | null;
}

export interface WorkbenchUserLayoutTable {
  account_id: string;
  layout: Json;
  updated_at: Date;
  deleted_at: Date | null;
}

export interface WorkbenchFavouriteTable {
  account_id: string;
  process_key: string;
  created_at: Date;
  deleted_at: Date | null;
}

export interface WorkbenchPhraseTable {
  id: string;
  account_id: string | null;
  text: string;
  sort: Generated<number>;
  created_at: Date;
  deleted_at: Date | null;
}
