/**
 * The benchmark's scale. The defaults are the figures; `--quick` shrinks every
 * number so the whole pipeline can be checked in a minute or two.
 */
export interface BenchOptions {
  quick: boolean;
  people: number;
  departments: number;
  historicInstances: number;
  runningInstances: number;
  /** Concurrent simulated users of each load step. */
  steps: number[];
  /** Seconds each step is measured (after its ramp). */
  stepSeconds: number;
  /** Mean think time between one user's actions, in seconds. */
  thinkSeconds: number;
  skipBuild: boolean;
  /** A data directory a run before left (its path is printed at the end): no seeding. */
  reuse: string | null;
  /** The parts to measure; the default ones unless `--only=` names some. */
  only: ReadonlySet<BenchPart>;
}

/** What a run measures unless told otherwise. */
const defaultParts = ['bare', 'engine', 'pgbench', 'steps'] as const;
/** Every part; `costs` (each endpoint alone) only when asked for. */
export const benchParts = [...defaultParts, 'costs'] as const;
export type BenchPart = (typeof benchParts)[number];

function stringFlag(argv: string[], name: string): string | undefined {
  return argv
    .find((arg) => arg.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .trim();
}

function numberFlag(argv: string[], name: string): number | undefined {
  const raw = stringFlag(argv, name);
  return raw === undefined ? undefined : Number(raw);
}

function parts(raw: string | undefined): ReadonlySet<BenchPart> {
  if (raw === undefined) return new Set(defaultParts);
  const named = raw.split(',').map((part) => part.trim());
  const unknown = named.filter((part) => !(benchParts as readonly string[]).includes(part));
  if (unknown.length > 0) {
    throw new Error(`--only takes ${benchParts.join(', ')}; not ${unknown.join(', ')}`);
  }
  return new Set(named as BenchPart[]);
}

export function readOptions(argv: string[] = process.argv.slice(2)): BenchOptions {
  const quick = argv.includes('--quick');
  const steps = argv
    .find((arg) => arg.startsWith('--steps='))
    ?.split('=')[1]
    ?.split(',')
    .map(Number);
  return {
    quick,
    people: numberFlag(argv, 'people') ?? (quick ? 2_500 : 10_000),
    departments: numberFlag(argv, 'departments') ?? (quick ? 100 : 300),
    historicInstances: numberFlag(argv, 'history') ?? (quick ? 20_000 : 1_000_000),
    runningInstances: numberFlag(argv, 'running') ?? (quick ? 500 : 20_000),
    steps: steps ?? (quick ? [100, 400] : [800, 2_000, 4_000, 8_000]),
    stepSeconds: numberFlag(argv, 'step-seconds') ?? (quick ? 10 : 40),
    thinkSeconds: numberFlag(argv, 'think') ?? 15,
    skipBuild: argv.includes('--skip-build'),
    reuse: stringFlag(argv, 'reuse') ?? null,
    only: parts(stringFlag(argv, 'only')),
  };
}
