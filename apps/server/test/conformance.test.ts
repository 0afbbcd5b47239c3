import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../src/cli/conformance/run.ts';
import { scenarioFiles } from '../src/cli/conformance/scenario.ts';
import { createTestDatabase } from './database.ts';

// The public scenarios live beside the repository (shared/conformance/workflow).
const folder = fileURLToPath(new URL('../../../../shared/conformance/workflow', import.meta.url));
const files = existsSync(folder) ? await scenarioFiles([folder]) : [];
// Our own scenarios: drafts, delegation expiry, empty assignees, person fields, suspended timers.
const ours = await scenarioFiles([fileURLToPath(new URL('./scenarios', import.meta.url))]);

describe('workflow conformance scenarios (the runner, over real HTTP)', () => {
  it('finds the public scenarios', () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });

  for (const file of [...files, ...ours]) {
    it(file.split('/').at(-1) ?? file, { timeout: 120_000 }, async () => {
      const result = await runScenarioFile(file, createTestDatabase);
      expect(result.failure ?? 'PASS').toBe('PASS');
      expect(result.passed).toBe(true);
    });
  }
});
