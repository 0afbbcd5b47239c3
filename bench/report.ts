import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EndpointCost } from './costs.ts';
import type { EngineFigures } from './engine.ts';
import type { OperationCost } from './throughput.ts';
import type { WindowSummary } from './load/stats.ts';
import type { StepResult } from './load/steps.ts';
import type { MachineInfo } from './machine.ts';
import type { BenchOptions, BenchPart } from './options.ts';

export interface HospitalScale {
  departments: number;
  people: number;
  historic: number;
  running: number;
}

/** One run's figures; a part left out with `--only` is null (or no steps). */
export interface BenchResult {
  at: string;
  machine: MachineInfo;
  /** Server processes sharing the port (WORKERS). */
  serverWorkers: number;
  /** The load driver's nice value (the server and PostgreSQL run at 0). */
  driverNice: number;
  options: Omit<BenchOptions, 'only'> & { only: BenchPart[] };
  scale: HospitalScale;
  timings: Record<string, number>;
  startable: string[];
  steps: StepResult[];
  bareWritePerSecond: number | null;
  pgbenchTps: number | null;
  engine: EngineFigures | null;
  /** Each endpoint alone (`--only=costs`), or none. */
  costs: EndpointCost[];
}

/** Approval actions alone as a share of the bare write route measured alongside them. */
function approvalShare(result: BenchResult): number | null {
  if (result.engine === null) return null;
  return result.engine.approvalActionsPerSecond / Math.max(1, result.engine.bareAlongsidePerSecond);
}

/**
 * The highest share the approvals' database work alone leaves room for: approvals and bare
 * writes share the same cores, so their rates go as the inverse of their CPU per operation,
 * and an approval costs at least its database part even if the server cost nothing.
 */
function databaseCap(engine: EngineFigures): number | null {
  const bare = engine.bareCost.serverMs + engine.bareCost.databaseMs;
  return engine.approvalCost.databaseMs > 0 ? bare / engine.approvalCost.databaseMs : null;
}

// Every read of the mix: the workbench's counts and lists, the bell, an instance, the people
// picker and the start pages (until 2026-12-06 only the first four were judged).
const reads = [
  'workbench: counts',
  'workbench: todo list',
  'list: done (paged)',
  'list: started',
  'notifications',
  'open instance',
  'person search (pinyin)',
  'start: catalogue',
  'start: form',
];
const writes = ['action: approve', 'action: return', 'action: transfer'];

// The worst p95 of the labels in the step, or null when none of them was called (a step
// too short or too overloaded to reach them must not read as a target met).
function worst(window: WindowSummary | undefined, labels: string[]): number | null {
  const p95s = (window?.endpoints ?? []).filter((e) => labels.includes(e.label)).map((e) => e.p95);
  return p95s.length > 0 ? Math.max(...p95s) : null;
}

const shown = (p95: number | null) => (p95 === null ? 'no samples' : `${p95} ms`);

function below(p95: number | null, limit: number): { value: string; met: boolean } {
  return { value: shown(p95), met: p95 !== null && p95 < limit };
}

function capPhrase(result: BenchResult): string | null {
  const cap = result.engine === null ? null : databaseCap(result.engine);
  return cap === null
    ? null
    : `its database work alone caps it at about ${(cap * 100).toFixed(0)}%`;
}

/** The issue's targets, judged on the largest step; the report states them, nothing asserts. */
export function targets(
  result: BenchResult,
): { target: string; value: string; met: boolean | null }[] {
  const top = result.steps.at(-1);
  const approvals = top?.endpoints.find((e) => e.label === 'action: approve')?.rps ?? 0;
  const todoP95s = result.steps.flatMap((s) =>
    s.endpoints.filter((e) => e.label === 'workbench: todo list').map((e) => e.p95),
  );
  const todo = todoP95s.length > 0 ? Math.max(...todoP95s) : null;
  const ratio = approvalShare(result);
  const cap = capPhrase(result);
  return [
    {
      target: `workbench reads p95 < 150 ms at ${top?.users ?? 0} users`,
      ...below(worst(top, reads), 150),
    },
    {
      target: `approval actions p95 < 300 ms at ${top?.users ?? 0} users`,
      ...below(worst(top, writes), 300),
    },
    {
      target: `no errors at ${top?.users ?? 0} users`,
      value: top === undefined ? 'no samples' : String(top.errors),
      met: top !== undefined && top.errors === 0,
    },
    { target: 'to-do list p95 < 50 ms (every step)', ...below(todo, 50) },
    {
      target: 'approval actions sustained ≥ 50% of the bare write route',
      value:
        ratio === null
          ? 'not measured'
          : `${(ratio * 100).toFixed(0)}%${cap === null ? '' : ` (${cap})`}`,
      met: ratio === null ? false : ratio >= 0.5,
    },
    {
      // Not a target: the burst of a step's arrival, measured apart from its settled load.
      target: `(while the top step's people arrived) workbench reads p95`,
      value: shown(worst(top?.arrival, reads)),
      met: null,
    },
    {
      target: '(load mix) approvals per second at the top step',
      value: approvals.toFixed(1),
      met: null,
    },
  ];
}

export function markdown(result: BenchResult): string {
  const m = result.machine;
  const lines = [
    `# Benchmark ${result.at}`,
    '',
    `Machine: ${m.cpuCount} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.platform}; Node ${m.node}; PostgreSQL ${m.postgres} (shared_buffers ${m.sharedBuffers}, huge pages ${m.hugePages}); server WORKERS=${result.serverWorkers}; load driver at nice ${result.driverNice}.`,
    `Data: ${result.scale.people.toLocaleString('en')} people in ${result.scale.departments} departments, ` +
      `${result.scale.historic.toLocaleString('en')} finished and ${result.scale.running.toLocaleString('en')} running instances; ` +
      `${result.startable.length} processes started by the simulated people.`,
    `Setup times (s): ${Object.entries(result.timings)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ')}.`,
    '',
    // CPU per request compares runs on a machine whose speed drifts; rates alone do not.
    '| users | req/s | errors | server cores | database cores | CPU ms / request | driver cores | server RSS MiB |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.steps.map(
      (s) =>
        `| ${s.users} | ${s.rps.toFixed(0)} | ${s.errors} | ${s.serverCores} | ${s.databaseCores} | ${cpuPerRequest(s)} | ${s.driverCores} | ${s.serverRssMiB} |`,
    ),
    '',
  ];
  for (const [index, step] of result.steps.entries()) {
    lines.push(
      `**${step.users} users** (p50 / p95 / p99 ms, req/s, errors)`,
      '',
      '| endpoint | p50 | p95 | p99 | req/s | errors |',
      '|---|---:|---:|---:|---:|---:|',
    );
    for (const e of step.endpoints)
      lines.push(`| ${e.label} | ${e.p50} | ${e.p95} | ${e.p99} | ${e.rps} | ${e.errors} |`);
    const examples = Object.entries(step.errorExamples);
    if (examples.length > 0) lines.push('', ...examples.map(([k, v]) => `- error on ${k}: ${v}`));
    lines.push('', arrivalLine(step, result.steps[index - 1]?.users ?? 0), '');
  }
  if (result.costs.length > 0) {
    lines.push(
      '**Each endpoint alone** (16 drivers; CPU per request)',
      '',
      '| endpoint | req/s | server ms | database ms |',
      '|---|---:|---:|---:|',
      ...result.costs.map(
        (c) => `| ${c.label} | ${c.perSecond} | ${c.serverMs} | ${c.databaseMs} |`,
      ),
      '',
    );
  }
  lines.push(
    limits(result),
    '',
    '| target | measured | met |',
    '|---|---:|:---:|',
    ...targets(result).map(
      (t) => `| ${t.target} | ${t.value} | ${t.met === null ? '—' : t.met ? 'yes' : '**no**'} |`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

function percent(part: number, whole: number | null): string | null {
  return whole ? `${((part / whole) * 100).toFixed(0)}%` : null;
}

const cost = (c: OperationCost) =>
  `${c.serverMs.toFixed(2)} server + ${c.databaseMs.toFixed(2)} database`;

function limits(result: BenchResult): string {
  const { bareWritePerSecond: bare, pgbenchTps: pgbench, engine } = result;
  const bareText = bare === null ? 'not measured' : `${bare.toFixed(0)}/s (16 drivers)`;
  const pgbenchText = pgbench === null ? 'not available' : `${pgbench.toFixed(0)} tps`;
  const shares = (rate: number) => {
    const parts = [
      percent(rate, bare)?.concat(' of the bare write route'),
      percent(rate, pgbench)?.concat(' of pgbench'),
    ].filter((part) => part !== undefined);
    return parts.length > 0 ? ` (${parts.join(', ')})` : '';
  };
  const cap = capPhrase(result);
  const engineText =
    engine === null
      ? 'engine not measured'
      : `engine ${engine.instancesPerSecond.toFixed(1)} three-step instances/s start to end = ` +
        `${engine.approvalsPerSecond.toFixed(0)} approvals/s${shares(engine.approvalsPerSecond)}; ` +
        `starts alone ${engine.startsPerSecond.toFixed(0)}/s; approval actions alone ` +
        `${engine.approvalActionsPerSecond.toFixed(0)}/s against the bare write route's ` +
        `${engine.bareAlongsidePerSecond.toFixed(0)}/s in alternating windows ` +
        `(${percent(engine.approvalActionsPerSecond, engine.bareAlongsidePerSecond) ?? '–'}); ` +
        `CPU ms per approval ${cost(engine.approvalCost)}, per bare write ${cost(engine.bareCost)}` +
        (cap === null ? '' : `; ${cap}`);
  return `Limits: bare write route ${bareText}; pgbench TPC-B (8 clients, 20 s) ${pgbenchText}; ${engineText}.`;
}

export async function writeResult(result: BenchResult): Promise<string> {
  const dir = path.join(import.meta.dirname, 'results');
  await mkdir(dir, { recursive: true });
  const stamp = result.at.replace(/[:.]/g, '-');
  const text = markdown(result);
  await writeFile(path.join(dir, `${stamp}.json`), JSON.stringify(result, null, 2));
  await writeFile(path.join(dir, 'latest.json'), JSON.stringify(result, null, 2));
  await writeFile(path.join(dir, 'latest.md'), text);
  return text;
}

/** The step's arrival window in one sentence: its people's first requests, before settling. */
function arrivalLine(step: StepResult, before: number): string {
  const { arrival } = step;
  const p95 = (labels: string[]) => shown(worst(arrival, labels));
  return (
    `While its ${(step.users - before).toLocaleString('en')} new people arrived ` +
    `(${arrival.seconds.toFixed(0)} s, not in the figures above): ${arrival.rps.toFixed(0)} req/s, ` +
    `${arrival.errors} errors, p95 up to ${p95(reads)} for workbench reads and ${p95(writes)} ` +
    `for approval actions.`
  );
}

/** Server and database CPU per request of a step, in milliseconds. */
function cpuPerRequest(step: StepResult): string {
  return step.rps > 0
    ? (((step.serverCores + step.databaseCores) / step.rps) * 1000).toFixed(2)
    : '–';
}
