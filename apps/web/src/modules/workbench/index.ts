// The workbench (工作台): configurable widgets, the layout editor, per-role layouts.
export type { RoleLayout, WidgetName, WidgetSlot, WorkbenchLayout } from './api/types.ts';
export { widgetNames } from './api/types.ts';
export { workbenchApi } from './api/workbench.api.ts';
export { workbenchKeys, useFavourites, useToggleFavourite } from './hooks/queries.ts';
export { WorkbenchScreen } from './components/WorkbenchScreen.tsx';
export { LayoutEditor } from './components/LayoutEditor.tsx';
export { RoleLayoutsScreen } from './components/RoleLayoutsScreen.tsx';
export { workbenchMessages } from './messages.ts';
