import type {
  ProcessTemplate,
  TemplateEdge,
  TemplateField,
  TemplateNode,
} from '../template.types.ts';

/** A template from its parts; the definition's key and name are the template's. */
export function defineTemplate(parts: {
  key: string;
  name: string;
  category: ProcessTemplate['category'];
  description: string;
  fields: TemplateField[];
  flow: { nodes: TemplateNode[]; edges: TemplateEdge[] };
  example: Record<string, unknown>;
}): ProcessTemplate {
  const { key, name, category, description, fields, flow, example } = parts;
  return {
    key,
    name,
    category,
    description,
    definition: { key, name, form: { fields }, nodes: flow.nodes, edges: flow.edges },
    example,
  };
}

/** 分组标题: a heading that groups the fields after it (layout only). */
export const section = (key: string, label: string): TemplateField => ({
  key,
  label,
  type: 'section',
  span: 4,
});
