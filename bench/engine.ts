import { newId } from '@yuanwu/kernel';
import type { Caller } from './load/http.ts';
import type { ResourceMeter } from './load/resources.ts';
import type { LoadWorld } from './load/world.ts';
import type { VirtualUser } from './seed/sessions.ts';
import {
  bareWrite,
  costOf,
  drive,
  metered,
  perSecond,
  type Metered,
  type OperationCost,
} from './throughput.ts';

/** `bench_three_steps`: a money form, then three approvals by three fixed people. */
export interface ThreeSteps {
  key: string;
  initiator: VirtualUser;
  approvers: VirtualUser[];
}

/** What the engine sustains with 16 drivers, start to end and approvals alone. */
export interface EngineFigures {
  /** Start-to-complete instances per second (a start and three approvals each). */
  instancesPerSecond: number;
  /** The approvals of those instances per second (three per instance). */
  approvalsPerSecond: number;
  /** Starts alone, per second (the instances the approvals below then decide). */
  startsPerSecond: number;
  /** Approval actions alone on running instances, per second: the target. */
  approvalActionsPerSecond: number;
  /** The bare write route measured in alternation with those approvals (its yardstick). */
  bareAlongsidePerSecond: number;
  /** What one approval action costs the machine, in those windows. */
  approvalCost: OperationCost;
  /** What one bare write costs the machine, in those windows. */
  bareCost: OperationCost;
}

/** Deploys the three-step process (a new version when a reused database has it). */
export async function deployThreeSteps(world: LoadWorld, admin: Caller): Promise<ThreeSteps> {
  const [initiator, ...approvers] = world.users.slice(-4);
  if (initiator === undefined || approvers.length < 3) throw new Error('too few users');
  const key = 'bench_three_steps';
  const steps = approvers.map((_, i) => `s${i + 1}`);
  const definition = {
    key,
    name: '三级审批（基准）',
    form: { fields: [{ key: 'amount', label: '金额', type: 'money', required: true }] },
    nodes: [
      { id: 'start', type: 'start' },
      ...approvers.map((a, i) => ({
        id: steps[i],
        type: 'approval',
        assignee: { people: [a.personId] },
      })),
      { id: 'end', type: 'end' },
    ],
    edges: [...steps, 'end'].map((to, i) => ({ from: ['start', ...steps][i], to })),
  };
  const deployed = await world.http.call(
    'engine: deploy',
    admin,
    'POST',
    '/api/v1/workflow/processes',
    definition,
  );
  if (deployed.status !== 201) throw new Error(`deploy failed: ${JSON.stringify(deployed.body)}`);
  return { key, initiator, approvers };
}

async function start(world: LoadWorld, process: ThreeSteps): Promise<string | undefined> {
  const started = await world.http.call<{ instance: { id: string } }>(
    'engine: start',
    process.initiator,
    'POST',
    '/api/v1/workflow/instances',
    { processKey: process.key, form: { amount: 100 } },
    { 'idempotency-key': newId() },
  );
  return started.body?.instance?.id;
}

/** The three approvals of one instance, in order; how many succeeded. */
async function approveToEnd(world: LoadWorld, process: ThreeSteps, id: string): Promise<number> {
  let approved = 0;
  for (const approver of process.approvers) {
    const answer = await world.http.call(
      'engine: approve',
      approver,
      'POST',
      `/api/v1/workflow/instances/${id}/approve`,
      {},
      { 'idempotency-key': newId() },
    );
    if (answer.status !== 200) return approved;
    approved += 1;
  }
  return approved;
}

/**
 * The engine alone, two ways. Start to end: 16 drivers each start the process and approve it
 * to the end as the three approvers, for `seconds`. Then the approval actions alone, what a
 * hospital's heads sustain when they decide: 16 drivers start `pool` instances (their rate is
 * the starts' rate), then approve them to the end in `rounds` windows of `window` seconds,
 * each followed by a window of the bare write route. The machine's speed drifts by 15–20%
 * within a minute (even a plain CPU loop's), so the two rates are compared window by window
 * rather than minutes apart. Those windows are metered too: the server's and PostgreSQL's
 * CPU per approval and per bare write.
 */
export async function engineThroughput(
  world: LoadWorld,
  meter: ResourceMeter,
  process: ThreeSteps,
  options: { seconds?: number; pool?: number; rounds?: number; window?: number } = {},
): Promise<EngineFigures> {
  const { seconds = 20, pool = 3_000, rounds = 4, window = 5 } = options;
  const completed = await drive(seconds, async () => {
    const id = await start(world, process);
    return id !== undefined && (await approveToEnd(world, process, id)) === 3 ? 1 : 0;
  });
  const running: string[] = [];
  const starts = await drive(
    600,
    async () => {
      const id = await start(world, process);
      if (id === undefined) return 0;
      running.push(id);
      return 1;
    },
    () => running.length >= pool,
  );
  const zero = (): Metered => ({ count: 0, seconds: 0, serverSeconds: 0, databaseSeconds: 0 });
  const approvals = zero();
  const bare = zero();
  for (let round = 0; round < rounds && running.length > 0; round++) {
    const decided = await metered(meter, () =>
      drive(
        window,
        async () => {
          const id = running.pop();
          return id === undefined ? 0 : approveToEnd(world, process, id);
        },
        () => running.length === 0,
      ),
    );
    const written = await metered(meter, () => drive(window, () => bareWrite(world)));
    for (const [sum, add] of [
      [approvals, decided],
      [bare, written],
    ] as const) {
      sum.count += add.count;
      sum.seconds += add.seconds;
      sum.serverSeconds += add.serverSeconds;
      sum.databaseSeconds += add.databaseSeconds;
    }
  }
  return {
    instancesPerSecond: perSecond(completed),
    approvalsPerSecond: perSecond(completed) * 3,
    startsPerSecond: perSecond(starts),
    approvalActionsPerSecond: perSecond(approvals),
    bareAlongsidePerSecond: perSecond(bare),
    approvalCost: costOf(approvals),
    bareCost: costOf(bare),
  };
}
