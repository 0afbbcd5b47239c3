import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/*
 * The scenario file format (shared/conformance/README.md, format 1), read
 * loosely: the runner checks what it needs and passes the rest through, so a
 * scenario that uses a field the runner does not know still runs.
 */
const json: z.ZodType<unknown> = z.unknown();

const action = z.looseObject({
  as: z.string(),
  do: z.string(),
  instance: z.string().optional(),
  ref: z.string().optional(),
  error: z.string().optional(),
  expect: z.record(z.string(), json).optional(),
});

const step = z.looseObject({
  as: z.string().optional(),
  do: z.string().optional(),
  instance: z.string().optional(),
  ref: z.string().optional(),
  error: z.string().optional(),
  advance: z.string().optional(),
  concurrently: z.array(action).optional(),
  expect: z.record(z.string(), json).optional(),
});

export const scenarioFile = z.looseObject({
  format: z.literal('workflow-scenario/1'),
  name: z.string(),
  org: z.object({
    departments: z.array(
      z.looseObject({
        id: z.string(),
        name: z.string(),
        parent: z.string().optional(),
        head: z.string().optional(),
      }),
    ),
    people: z.array(
      z.looseObject({
        id: z.string(),
        name: z.string(),
        dept: z.string(),
        superior: z.string().optional(),
        roles: z.array(z.string()).optional(),
      }),
    ),
    roles: z.array(z.looseObject({ id: z.string(), name: z.string() })),
  }),
  process: z.record(z.string(), json),
  steps: z.array(step),
});

export type Scenario = z.infer<typeof scenarioFile>;
export type Step = z.infer<typeof step>;
export type ActionStep = z.infer<typeof action>;

/** A scenario file as read: parsed, or the reason it could not be. */
export type LoadedScenario =
  | { file: string; ok: true; scenario: Scenario }
  | { file: string; ok: false; name: string; problem: string };

/** Every `.json` file named, or inside a named folder (sorted), in the order given. */
export async function scenarioFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const full = path.resolve(given);
    if ((await stat(full)).isDirectory()) {
      const names = (await readdir(full)).filter((name) => name.endsWith('.json')).sort();
      files.push(...names.map((name) => path.join(full, name)));
    } else files.push(full);
  }
  return files;
}

export async function loadScenario(file: string): Promise<LoadedScenario> {
  const name = path.basename(file, '.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { file, ok: false, name, problem: `not JSON: ${(error as Error).message}` };
  }
  const parsed = scenarioFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    const named = (raw as { name?: unknown } | null)?.name;
    return {
      file,
      ok: false,
      name: typeof named === 'string' ? named : name,
      problem: `not a scenario: ${where} ${issue?.message ?? ''}`.trim(),
    };
  }
  return { file, ok: true, scenario: parsed.data };
}
