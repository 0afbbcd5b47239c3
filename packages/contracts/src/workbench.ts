import { z } from 'zod';

// 工作台 (docs/api-v1.md "Workbench"): the widgets a layout may hold, validated by the
// server with the same schema the web draws from, and the answers of the workbench API.

/** The widgets the web workbench knows how to draw. */
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
export const widgetSlot = z.strictObject({
  widget: z.enum(widgetNames),
  span: z.union([z.literal(1), z.literal(2)]).optional(),
});

export type WidgetSlot = z.infer<typeof widgetSlot>;

/** Where my effective layout came from. */
export type LayoutSource = 'user' | 'role' | 'default';

/** `GET /workbench`: my layout and where it came from. */
export interface WorkbenchLayout {
  layout: WidgetSlot[];
  source: LayoutSource;
}

/** One role's layout on 工作台配置 (null: the role has none and falls back to the default). */
export interface RoleLayout {
  roleCode: string;
  roleName: string;
  layout: WidgetSlot[] | null;
  updatedAt: string | null;
}

/** `GET /workbench/roles`: every role's layout and what a role without one shows. */
export interface RoleLayouts {
  items: RoleLayout[];
  defaultLayout: WidgetSlot[];
}

/** A favourite process, with its category's name. */
export interface FavouriteProcess {
  processKey: string;
  name: string;
  category: string | null;
}

/** A process I started lately. */
export interface RecentProcess {
  processKey: string;
  name: string;
  lastStartedAt: string;
}

/** 常用意见: shared phrases and the reader's own (`mine` ones can be removed). */
export interface Phrase {
  id: string;
  text: string;
  mine: boolean;
}
