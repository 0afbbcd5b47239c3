import type { FieldDefinition, FormSchema } from '@yuanwu/form-engine';

/** A process definition in the interchange format; the designer only changes its `form`. */
export type ProcessDefinition = Record<string, unknown> & {
  key: string;
  name: string;
  form: FormSchema;
};

/** `POST /workflow/processes/import` answers the new version. */
export interface Deployed {
  process: { key: string; name: string; version: number; definitionId: string };
}

/** `POST /workflow/forms/import-excel`: a proposed form the designer may take. */
export interface LayoutProposal {
  title: string | null;
  sheet: string;
  form: { fields: FieldDefinition[] };
  notes: string[];
}

export interface ProcessSummary {
  key: string;
  name: string;
  version: number;
}
