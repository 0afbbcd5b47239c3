import { fieldDefinition } from '@yuanwu/form-engine';
import { z } from 'zod';

/** The answer of the Excel layout import: a proposal the designer may accept. */
export const layoutProposalResponse = z.object({
  title: z.string().nullable(),
  form: z.object({ fields: z.array(fieldDefinition) }),
  notes: z.array(z.string()),
  sheet: z.string(),
});

export const keySuggestionQuery = z.object({
  label: z.string().max(200),
  taken: z.string().max(20_000).optional(),
});
export const keySuggestionResponse = z.object({ key: z.string() });
