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
}

function numberFlag(argv: string[], name: string): number | undefined {
  const raw = argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  return raw === undefined ? undefined : Number(raw);
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
  };
}
