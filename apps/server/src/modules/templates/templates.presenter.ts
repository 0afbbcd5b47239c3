import type { TemplateListing } from './templates.service.ts';

/** One gallery entry: what the template is and whether (which version) is installed. */
export function presentTemplate({ template, installedVersion }: TemplateListing) {
  const { definition } = template;
  return {
    key: template.key,
    name: template.name,
    category: template.category,
    description: template.description,
    installed: installedVersion !== null,
    installedVersion,
    fieldCount: definition.form.fields.length,
    approvalSteps: definition.nodes
      .filter((node) => node.type === 'approval')
      .map((node) => node.name ?? node.id),
  };
}
