import type { KyselyPlugin, RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCacheFreshness } from './cache.freshness.ts';
import { createDirectoryCache } from './directory.snapshot.ts';
import {
  linearProcess,
  startWorkflowWorld,
  type WorkflowWorld,
} from '../../../test/workflow-world.ts';

let world: WorkflowWorld;

beforeAll(async () => {
  world = await startWorkflowWorld();
  const process = linearProcess('leave', [
    { id: 'head', assignee: { departmentHead: 'initiator' } },
  ]);
  expect((await world.deploy(process)).status).toBe(201);
}, 60_000);

afterAll(() => world.close());

async function headTask(id: string) {
  const view = (await world.as('zhang').get(`/api/v1/workflow/instances/${id}`)).body as {
    tasks: { assignee: string }[];
  };
  return view.tasks.map((task) => world.ids.handle(task.assignee));
}

describe('the cached directory follows the organisation', () => {
  it('a new department head takes the next new task at once', async () => {
    expect(await headTask(await world.start('zhang', 'leave', { amount: 1 }))).toEqual(['liu']);
    await world.ownerDb
      .updateTable('department')
      .set({ head_person_id: world.ids.person('he') })
      .where('id', '=', world.ids.department('surg1'))
      .execute();
    expect(await headTask(await world.start('zhang', 'leave', { amount: 1 }))).toEqual(['he']);
  });

  it('a disabled person is nobody: the node finds no assignee', async () => {
    await world.ownerDb
      .updateTable('person')
      .set({ status: 'disabled' })
      .where('id', '=', world.ids.person('he'))
      .execute();
    const answer = await world
      .as('zhang')
      .post('/api/v1/workflow/instances', { processKey: 'leave', form: { amount: 1 } });
    expect((answer.body as { error: { code: string } }).error.code).toBe('no_assignee');
  });
});

describe('a stale directory', () => {
  it('is read once by all the commands that find it stale at the same moment', async () => {
    let reads = 0;
    // Counts the statements that read the people, as the snapshot's build does.
    const counting: KyselyPlugin = {
      transformQuery({ node }): RootOperationNode {
        if (node.kind === 'SelectQueryNode' && JSON.stringify(node.from).includes('"person"')) {
          reads += 1;
        }
        return node;
      },
      transformResult: ({ result }) => Promise.resolve(result),
    };
    const db = world.ownerDb.withPlugin(counting);
    // Not listening: nothing is kept between calls, so each call finds the copy stale.
    const cache = createDirectoryCache(createCacheFreshness());
    const snapshots = await Promise.all(Array.from({ length: 8 }, () => cache.current(db)));
    expect(new Set(snapshots).size).toBe(1);
    expect(reads).toBe(1);
  });
});
