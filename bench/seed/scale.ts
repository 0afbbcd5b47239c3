import type { HospitalScale } from '../report.ts';
import type { BenchDatabase } from '../database.ts';

/** The size of a hospital a run before seeded (`--reuse`), counted in its database. */
export async function countHospital(db: BenchDatabase): Promise<HospitalScale> {
  const counted = await db.query<{
    departments: number;
    people: number;
    historic: number;
    running: number;
  }>(
    `SELECT (SELECT count(*) FROM department WHERE deleted_at IS NULL)::int AS departments,
            (SELECT count(*) FROM person WHERE deleted_at IS NULL)::int AS people,
            (SELECT count(*) FROM workflow_instance
              WHERE status IN ('completed', 'rejected', 'withdrawn', 'terminated'))::int AS historic,
            (SELECT count(*) FROM workflow_instance
              WHERE status IN ('running', 'suspended'))::int AS running`,
  );
  const row = counted.rows[0];
  if (row === undefined) throw new Error('the reused database has no hospital');
  return row;
}
