import type { PoolClient } from 'pg';
import type { BenchDatabase } from '../database.ts';

/**
 * Bulk-loads finished instances spread over the last three years, so that lists,
 * monitoring and statistics meet realistic volumes. Each has the state shape the engine
 * writes (two approvals, then an outcome), its closed task rows (the 已办 lists) and
 * plausible times. Generated inside PostgreSQL with generate_series, in batches; the
 * indexes are the migrations' own, kept in place (as in a live system).
 */
export async function loadHistory(
  database: BenchDatabase,
  total: number,
  log: (line: string) => void,
): Promise<void> {
  const db = await database.connect();
  try {
    await load(db, total, log);
  } finally {
    db.release();
  }
}

async function load(db: PoolClient, total: number, log: (line: string) => void): Promise<void> {
  // History is loaded, not lived: the live-event and outbox triggers (a NOTIFY and an
  // outbox row per task) must not fire for a million past instances. Needs a superuser,
  // as the embedded cluster's owner is; elsewhere the triggers simply fire.
  await db.query(`SET session_replication_role = replica`).catch(() => undefined);
  await db.query(`CREATE TEMP TABLE IF NOT EXISTS bench_people AS
    SELECT row_number() OVER (ORDER BY p.id) AS n, p.id, p.department_id,
           coalesce(p.superior_id, d.head_person_id, p.id) AS approver
      FROM person p JOIN department d ON d.id = p.department_id
     WHERE p.deleted_at IS NULL`);
  await db.query(`CREATE TEMP TABLE IF NOT EXISTS bench_processes AS
    SELECT row_number() OVER (ORDER BY p.key) AS n, p.key, p.name, d.id AS definition_id, d.version
      FROM workflow_process p
      JOIN workflow_definition d ON d.process_key = p.key AND d.version = p.current_version
     WHERE p.deleted_at IS NULL`);
  const batch = 50_000;
  for (let start = 1; start <= total; start += batch) {
    const end = Math.min(total, start + batch - 1);
    await db.query('BEGIN');
    await db.query(`CREATE TEMP TABLE bench_batch ON COMMIT DROP AS
      SELECT g, gen_random_uuid() AS id, gen_random_uuid() AS t1, gen_random_uuid() AS t2,
             i.id AS initiator, i.department_id AS dept, i.approver AS a1, h.approver AS a2,
             pr.key, pr.name, pr.definition_id, pr.version,
             now() - (interval '1095 days' * ((abs(hashint4(g)) % 100000) / 100000.0))
               - interval '2 hours' AS created,
             (ARRAY['completed','completed','completed','completed','completed','completed',
                    'completed','completed','completed','completed','completed','completed',
                    'completed','completed','completed','completed','rejected','rejected',
                    'withdrawn','terminated'])[1 + abs(hashint4(g + 7)) % 20] AS status
        FROM generate_series(${start}, ${end}) AS g
        JOIN bench_people i ON i.n = 1 + abs(hashint4(g)) % (SELECT count(*) FROM bench_people)
        JOIN bench_people h ON h.n = 1 + abs(hashint4(g * 31)) % (SELECT count(*) FROM bench_people)
        JOIN bench_processes pr
          ON pr.n = 1 + abs(hashint4(g * 17)) % (SELECT count(*) FROM bench_processes)`);
    await db.query(`INSERT INTO workflow_instance (id, process_key, definition_id, version, title,
        initiator_id, department_id, status, state, revision, created_at, submitted_at, ended_at,
        updated_at)
      SELECT id, key, definition_id, version, name || '-' || to_char(created, 'YYYY-MM-DD'),
             initiator, dept, status,
             jsonb_build_object(
               'id', id, 'processKey', key, 'definitionRef', definition_id, 'status', status,
               'initiator', jsonb_build_object('id', initiator, 'dept', dept),
               'form', jsonb_build_object('reason', '日常事务申请'),
               'tokens', '[]'::jsonb, 'activations', '[]'::jsonb, 'runs', '[]'::jsonb,
               'tasks', jsonb_build_array(
                 jsonb_build_object('id', t1, 'run', 'r1', 'node', 'head', 'assignee', a1,
                   'onBehalfOf', null, 'delegation', null, 'kind', 'member', 'parent', null,
                   'state', 'approved', 'createdAt', created, 'dueAt', null,
                   'timerFired', false, 'closedAt', created + interval '40 minutes',
                   'closedBy', a1, 'afterSigners', '[]'::jsonb),
                 jsonb_build_object('id', t2, 'run', 'r2', 'node', 'final', 'assignee', a2,
                   'onBehalfOf', null, 'delegation', null, 'kind', 'member', 'parent', null,
                   'state', CASE status WHEN 'rejected' THEN 'rejected' ELSE 'approved' END,
                   'createdAt', created + interval '40 minutes', 'dueAt', null,
                   'timerFired', false, 'closedAt', created + interval '2 hours',
                   'closedBy', a2, 'afterSigners', '[]'::jsonb)),
               'history', jsonb_build_array(
                 jsonb_build_object('node', 'start', 'person', initiator, 'action', 'submitted',
                   'comment', null, 'at', created),
                 jsonb_build_object('node', 'head', 'person', a1, 'action', 'approved',
                   'comment', '同意', 'at', created + interval '40 minutes'),
                 jsonb_build_object('node', 'final', 'person', a2,
                   'action', CASE status WHEN 'rejected' THEN 'rejected' ELSE 'approved' END,
                   'comment', null, 'at', created + interval '2 hours')),
               'cc', '[]'::jsonb, 'participants', jsonb_build_array(initiator, a1, a2),
               'awaitingResubmit', null, 'suspendedAt', null, 'createdAt', created,
               'submittedAt', created, 'endedAt', created + interval '2 hours', 'seq', 4),
             3, created, created, created + interval '2 hours', created + interval '2 hours'
        FROM bench_batch`);
    await db.query(`INSERT INTO workflow_task (id, instance_id, node_id, node_name, assignee_id,
        kind, state, created_at, closed_at, closed_by)
      SELECT t1, id, 'head', '科室审核', a1, 'member', 'approved', created,
             created + interval '40 minutes', a1 FROM bench_batch
      UNION ALL
      SELECT t2, id, 'final', '分管领导审批', a2, 'member',
             CASE status WHEN 'rejected' THEN 'rejected' ELSE 'approved' END,
             created + interval '40 minutes', created + interval '2 hours', a2 FROM bench_batch`);
    await db.query('COMMIT');
    log(`  history: ${end.toLocaleString('en')} / ${total.toLocaleString('en')}`);
  }
  await db.query('ANALYZE workflow_instance');
  await db.query('ANALYZE workflow_task');
}
