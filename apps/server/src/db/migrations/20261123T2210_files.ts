import { sql, type Kysely } from 'kysely';

/**
 * Uploaded files (附件). The bytes live under DATA_DIR/files, addressed by
 * their sha256 (one copy however often a file is uploaded); this table holds
 * each upload's name, type and uploader. Deleting sets deleted_at only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE file_object (
      id uuid PRIMARY KEY,
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      size bigint NOT NULL CHECK (size >= 0),
      name text NOT NULL,
      content_type text NOT NULL,
      uploaded_by uuid NOT NULL REFERENCES account (id),
      created_at timestamptz NOT NULL,
      deleted_at timestamptz
    );
    CREATE INDEX file_object_uploader ON file_object (uploaded_by, created_at DESC);
    CREATE INDEX file_object_sha256 ON file_object (sha256);
  `.execute(db);
}
