/** The widgets the workbench can show (the server validates the same names). */
export const widgetNames = [
  'counts',
  'todo',
  'overdue',
  'started',
  'cc',
  'drafts',
  'notifications',
  'favourites',
  'recent',
  'shortcuts',
] as const;

export type WidgetName = (typeof widgetNames)[number];

/** One place on the workbench: which widget, one column or the full width. */
export interface WidgetSlot {
  widget: WidgetName;
  span?: 1 | 2;
}

/** `GET /workbench`: my layout and where it came from. */
export interface WorkbenchLayout {
  layout: WidgetSlot[];
  source: 'user' | 'role' | 'default';
}

/** One role's layout on 工作台配置 (null: the role has none and falls back to the default). */
export interface RoleLayout {
  roleCode: string;
  roleName: string;
  layout: WidgetSlot[] | null;
  updatedAt: string | null;
}

export interface FavouriteProcess {
  processKey: string;
  name: string;
  category: { id: string; name: string; colour: string } | string | null;
}

export interface RecentProcess {
  processKey: string;
  name: string;
  lastStartedAt: string;
}
