import { fail } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { categories, createCategory, deployProcess } from '../workflow/index.ts';
import { templateCatalogue } from './catalogue/index.ts';
import type { ProcessTemplate } from './template.types.ts';
import { installedVersions } from './templates.repository.ts';

/** A template as the gallery lists it, with what is installed under its key. */
export interface TemplateListing {
  template: ProcessTemplate;
  installedVersion: number | null;
}

/** The gallery, each template marked with the installed version of its key (or none). */
export async function listTemplates(ctx: ServiceContext): Promise<TemplateListing[]> {
  const versions = await installedVersions(ctx.trx);
  return templateCatalogue.map((template) => ({
    template,
    installedVersion: versions.get(template.key) ?? null,
  }));
}

export function findTemplate(key: string): ProcessTemplate {
  const template = templateCatalogue.find((candidate) => candidate.key === key);
  if (!template) throw fail.notFound('流程模板');
  return template;
}

/** The category of that name, created with the template's colour when missing. */
async function categoryFor(ctx: ServiceContext, category: ProcessTemplate['category']) {
  const existing = (await categories(ctx)).find((row) => row.name === category.name);
  if (existing) return existing.id;
  const created = await createCategory(ctx, { name: category.name, colour: category.colour });
  return created.id;
}

/**
 * Installs a template: deploys its definition as the next version of its key
 * (the first install creates the process), in its category. Installing again
 * publishes a new version; running instances keep theirs.
 */
export async function installTemplate(ctx: ServiceContext, key: string) {
  const template = findTemplate(key);
  const categoryId = await categoryFor(ctx, template.category);
  const deployed = await deployProcess(ctx, template.definition, { categoryId });
  await ctx.audit({
    action: 'workflow.template.install',
    targetType: 'workflow_process',
    targetId: template.key,
    summary: { template: template.key, name: template.name, version: deployed.version },
  });
  return deployed;
}
