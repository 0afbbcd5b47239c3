import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playScenario } from './testing/runner.ts';
import type { Scenario } from './testing/scenario.ts';

// The public scenarios live beside the repository (shared/), not inside it.
const folder = new URL('../../../../shared/conformance/workflow/', import.meta.url);
const files = existsSync(folder)
  ? readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
  : [];

describe.skipIf(files.length === 0)('conformance scenarios, in memory', () => {
  it.each(files)('%s', (file) => {
    const scenario = JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Scenario;
    expect(scenario.format).toBe('workflow-scenario/1');
    expect(playScenario(scenario)).toEqual({ passed: true });
  });
});
