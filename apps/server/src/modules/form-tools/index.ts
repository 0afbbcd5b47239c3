export { formToolsModule } from './form-tools.routes.ts';
