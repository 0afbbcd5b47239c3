import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formSchema } from './field-definition.ts';
import { checkExpressionFields } from './references.ts';
import { checkFormSchema } from './schema-check.ts';
import { validateFormValues } from './validate-values.ts';
import type { Value } from './value.ts';

// The public scenarios sit in shared/ beside the repository (locally and in CI).
const folder = new URL('../../../../shared/conformance/workflow/', import.meta.url);

interface Scenario {
  name: string;
  process: { form: unknown; edges: { when?: string }[] };
  steps: { do?: string; draft?: boolean; form?: Record<string, Value>; error?: string }[];
}

const scenarios: [string, Scenario][] = existsSync(folder)
  ? readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file, JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Scenario])
  : [];

describe.skipIf(scenarios.length === 0)('the public conformance scenarios', () => {
  it.each(scenarios)(
    '%s: the form deploys and every condition names known fields',
    (_file, scenario) => {
      const form = formSchema.parse(scenario.process.form);
      expect(checkFormSchema(form)).toEqual([]);
      const known = new Set(form.fields.map((field) => field.key));
      for (const edge of scenario.process.edges) {
        if (edge.when !== undefined) expect(checkExpressionFields(edge.when, known)).toBeNull();
      }
    },
  );

  it.each(scenarios)(
    '%s: start forms pass validation exactly when the step expects no validation error',
    (_file, scenario) => {
      const form = formSchema.parse(scenario.process.form);
      for (const step of scenario.steps) {
        if (step.do !== 'start' || !step.form) continue;
        const errors = validateFormValues(form, step.form, {
          requireRequired: step.draft !== true,
        });
        expect(errors.length > 0, JSON.stringify(step)).toBe(step.error === 'validation');
      }
    },
  );
});
