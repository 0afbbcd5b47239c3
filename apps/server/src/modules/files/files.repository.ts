import type { Executor } from '../../db/database.ts';

export interface FileRow {
  id: string;
  sha256: string;
  size: number;
  name: string;
  content_type: string;
  uploaded_by: string;
  created_at: Date;
}

export async function insertFile(db: Executor, row: FileRow): Promise<void> {
  await db.insertInto('file_object').values(row).execute();
}

/** A live (not deleted) file by id. */
export async function findFile(db: Executor, id: string): Promise<FileRow | undefined> {
  return db
    .selectFrom('file_object')
    .select(['id', 'sha256', 'size', 'name', 'content_type', 'uploaded_by', 'created_at'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function softDeleteFile(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('file_object').set({ deleted_at: at }).where('id', '=', id).execute();
}
