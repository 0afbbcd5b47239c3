import { can, isUuid, type CurrentUser } from '@yuanwu/kernel';
import { visibleForm } from '@yuanwu/workflow-engine';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { createDefinitionCache } from './definitions.cache.ts';
import { engineActor } from './engine.env.ts';
import { findInstance } from './instances.repository.ts';

// Deployed versions never change: one parse per process is enough here too.
const definitions = createDefinitionCache();

/** At most this many referencing instances are examined (a file is attached to few). */
const candidateLimit = 20;

/**
 * True when the user may read an instance whose form, as this reader sees it
 * (hidden fields removed, drafts only for their initiator), holds the file id
 * anywhere in its values: an attachment field or a table row. Other readers
 * are only examined among instances they are part of, which the indexes find.
 */
export async function mayReadFileThroughInstances(
  db: Executor,
  user: CurrentUser,
  fileId: string,
): Promise<boolean> {
  if (!isUuid(fileId)) return false;
  const actor = engineActor(user);
  const isAdmin = can(user, 'workflow.admin');
  let query = db
    .selectFrom('workflow_instance')
    .select('id')
    .where('deleted_at', 'is', null)
    .where(
      sql<boolean>`jsonb_path_exists(state -> 'form', '$.** ? (@ == $id)', jsonb_build_object('id', ${fileId}::text))`,
    );
  if (!isAdmin) {
    const person = user.personId;
    if (!person) return false;
    query = query.where((eb) =>
      eb.or([
        eb('initiator_id', '=', person),
        eb(
          'id',
          'in',
          eb
            .selectFrom('workflow_task')
            .select('instance_id')
            .where((t) => t.or([t('assignee_id', '=', person), t('on_behalf_of', '=', person)])),
        ),
        eb(
          'id',
          'in',
          eb.selectFrom('workflow_cc').select('instance_id').where('person_id', '=', person),
        ),
      ]),
    );
  }
  const candidates = await query.limit(candidateLimit).execute();
  for (const { id } of candidates) {
    const row = await findInstance(db, id);
    if (!row) continue;
    if (row.state.status === 'draft' && row.state.initiator.id !== actor.id) continue;
    const loaded = await definitions.byId(db, row.definition_id);
    const form = visibleForm(row.state, loaded.definition, actor.id, { isAdmin });
    if (form !== null && JSON.stringify(form).includes(fileId)) return true;
  }
  return false;
}
