/** Shapes of the workbench API (docs/api-v1.md "Workbench"): one definition, shared with the server. */
export { widgetNames } from '@yuanwu/contracts';
export type {
  FavouriteProcess,
  LayoutSource,
  RecentProcess,
  RoleLayout,
  RoleLayouts,
  WidgetName,
  WidgetSlot,
  WorkbenchLayout,
} from '@yuanwu/contracts';
