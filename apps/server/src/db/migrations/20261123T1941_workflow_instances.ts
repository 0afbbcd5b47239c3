import { sql, type Kysely } from 'kysely';

/**
 * Instances and their projections. `state` is the engine's whole InstanceState;
 * every other column and table is derived from it in the same transaction, so
 * lists are fast and never disagree with the state they were written with.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE workflow_instance (
      id uuid PRIMARY KEY,
      process_key text NOT NULL REFERENCES workflow_process (key),
      definition_id uuid NOT NULL REFERENCES workflow_definition (id),
      version integer NOT NULL,
      title text NOT NULL,
      initiator_id uuid NOT NULL,
      department_id uuid,
      status text NOT NULL CHECK (status IN
        ('draft', 'running', 'suspended', 'completed', 'rejected', 'withdrawn', 'terminated')),
      state jsonb NOT NULL,
      -- Bumped on every write: clients and tests can tell that something changed.
      revision integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL,
      submitted_at timestamptz,
      ended_at timestamptz,
      updated_at timestamptz NOT NULL,
      deleted_at timestamptz
    );
    CREATE INDEX workflow_instance_initiator ON workflow_instance (initiator_id, status, created_at DESC);
    CREATE INDEX workflow_instance_process ON workflow_instance (process_key, created_at DESC);
    CREATE INDEX workflow_instance_status ON workflow_instance (status, created_at DESC);
    CREATE INDEX workflow_instance_department ON workflow_instance (department_id, created_at DESC);

    -- 待办/已办: one row per engine task.
    CREATE TABLE workflow_task (
      id uuid PRIMARY KEY,
      instance_id uuid NOT NULL REFERENCES workflow_instance (id),
      node_id text NOT NULL,
      node_name text NOT NULL,
      assignee_id uuid NOT NULL,
      on_behalf_of uuid,
      delegation_id uuid,
      kind text NOT NULL,
      state text NOT NULL,
      created_at timestamptz NOT NULL,
      due_at timestamptz,
      closed_at timestamptz,
      closed_by text
    );
    CREATE INDEX workflow_task_assignee ON workflow_task (assignee_id, state, created_at DESC);
    CREATE INDEX workflow_task_instance ON workflow_task (instance_id);
    CREATE INDEX workflow_task_delegation ON workflow_task (delegation_id)
      WHERE delegation_id IS NOT NULL AND state IN ('open', 'waiting');

    -- 抄送我的.
    CREATE TABLE workflow_cc (
      id uuid PRIMARY KEY,
      instance_id uuid NOT NULL REFERENCES workflow_instance (id),
      node_id text NOT NULL,
      person_id uuid NOT NULL,
      state text NOT NULL CHECK (state IN ('unread', 'read')),
      created_at timestamptz NOT NULL,
      read_at timestamptz
    );
    CREATE INDEX workflow_cc_person ON workflow_cc (person_id, state, created_at DESC);
    CREATE INDEX workflow_cc_instance ON workflow_cc (instance_id);

    -- In-app notifications; other channels (e-mail, SMS, WeCom) deliver from these.
    CREATE TABLE workflow_notification (
      id uuid PRIMARY KEY,
      recipient_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('task', 'cc', 'urge', 'timeout', 'result')),
      instance_id uuid NOT NULL REFERENCES workflow_instance (id),
      task_id uuid,
      created_at timestamptz NOT NULL,
      read_at timestamptz
    );
    CREATE INDEX workflow_notification_recipient ON workflow_notification
      (recipient_id, created_at DESC);
    CREATE INDEX workflow_notification_unread ON workflow_notification (recipient_id)
      WHERE read_at IS NULL;

    -- 授权代理. ended_at: revoked, replaced, or its until passed and its tasks came back.
    CREATE TABLE workflow_delegation (
      id uuid PRIMARY KEY,
      delegator_id uuid NOT NULL,
      delegate_id uuid NOT NULL,
      process_keys text[],
      starts_at timestamptz NOT NULL,
      ends_at timestamptz,
      created_at timestamptz NOT NULL,
      revoked_at timestamptz,
      ended_at timestamptz,
      CHECK (delegator_id <> delegate_id)
    );
    CREATE UNIQUE INDEX workflow_delegation_one_live ON workflow_delegation (delegator_id)
      WHERE ended_at IS NULL;
    CREATE INDEX workflow_delegation_expiry ON workflow_delegation (ends_at)
      WHERE ended_at IS NULL AND ends_at IS NOT NULL;

    -- Durable task timers; the sweeper fires due ones under the instance lock.
    CREATE TABLE workflow_timer (
      id uuid PRIMARY KEY,
      instance_id uuid NOT NULL REFERENCES workflow_instance (id),
      task_id uuid NOT NULL,
      due_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL,
      fired_at timestamptz
    );
    CREATE INDEX workflow_timer_due ON workflow_timer (due_at) WHERE fired_at IS NULL;
    CREATE INDEX workflow_timer_instance ON workflow_timer (instance_id) WHERE fired_at IS NULL;

    -- A retried request (same Idempotency-Key from the same account) gets the first answer.
    CREATE TABLE workflow_idempotency (
      account_id uuid NOT NULL,
      key text NOT NULL,
      route text NOT NULL,
      status integer,
      body jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (account_id, key)
    );
    CREATE INDEX workflow_idempotency_created ON workflow_idempotency (created_at);
  `.execute(db);
}
