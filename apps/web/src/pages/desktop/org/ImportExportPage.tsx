import { ImportExportScreen } from '../../../modules/org/index.ts';

/** 导入导出 (`org.import`, checked by the route). */
export function ImportExportPage() {
  return <ImportExportScreen />;
}
