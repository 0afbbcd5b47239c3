import { CatalogueScreen } from '../../../modules/catalogue/index.ts';

/** `/workflow/catalogue` 发起流程: every process the user may start. */
export function CataloguePage() {
  return <CatalogueScreen />;
}
