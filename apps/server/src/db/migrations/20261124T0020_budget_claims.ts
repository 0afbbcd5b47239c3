import { sql, type Kysely } from 'kysely';

/**
 * 预算占用: what a spending request holds on a budget line. A request that names a
 * budget reserves (冻结) its amount while it is in progress, consumes it (记入已用) when it
 * completes, and releases it when rejected, withdrawn or terminated. One row per
 * instance, so settling the same instance again changes nothing. `budget.reserved` is
 * the sum of the reserved rows, kept beside `used` so the lookup's remaining is one row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE budget
      ADD COLUMN reserved numeric(14, 2) NOT NULL DEFAULT 0 CHECK (reserved >= 0);
    CREATE TABLE budget_claim (
      instance_id uuid PRIMARY KEY REFERENCES workflow_instance (id),
      budget_id uuid NOT NULL REFERENCES budget (id),
      process_key text NOT NULL,
      amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
      state text NOT NULL CHECK (state IN ('reserved', 'consumed', 'released')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX budget_claim_budget ON budget_claim (budget_id, state);
  `.execute(db);
}
