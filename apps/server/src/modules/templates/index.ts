import type { AppModule } from '../../http/context.ts';
import { registerTemplateRoutes } from './templates.routes.ts';

export { seedDemoTemplates } from './templates.seed.ts';
export { templateCatalogue } from './catalogue/index.ts';
export type { ProcessTemplate } from './template.types.ts';

/** 流程模板库: the hospital's named processes, ready to install. */
export const templatesModule: AppModule = {
  name: 'templates',
  registerRoutes: registerTemplateRoutes,
};
