import { sql, type Kysely } from 'kysely';

/**
 * A table only `npm run bench` writes, through its bare write route (enabled by
 * BENCH_ROUTES): one small row per request, to measure the write-transaction rate this
 * machine and database allow, against which approval throughput is compared.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE bench_probe (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      account_id text NOT NULL,
      at timestamptz NOT NULL
    );
  `.execute(db);
}
