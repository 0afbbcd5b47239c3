import {
  AppstoreOutlined,
  BellOutlined,
  CheckSquareOutlined,
  CopyOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FormOutlined,
  HistoryOutlined,
  SendOutlined,
  StarOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { WidgetName } from '../api/types.ts';

/** One icon per widget, shared by the live workbench and the layout editor. */
export const widgetIcons: Record<WidgetName, ReactNode> = {
  counts: <DashboardOutlined />,
  todo: <CheckSquareOutlined />,
  overdue: <FieldTimeOutlined />,
  started: <SendOutlined />,
  cc: <CopyOutlined />,
  drafts: <FormOutlined />,
  notifications: <BellOutlined />,
  favourites: <StarOutlined />,
  recent: <HistoryOutlined />,
  shortcuts: <AppstoreOutlined />,
};

/** Widgets that read best across the whole row unless someone says otherwise. */
export const defaultSpans: Record<WidgetName, 1 | 2> = {
  counts: 2,
  todo: 2,
  overdue: 1,
  started: 1,
  cc: 1,
  drafts: 1,
  notifications: 1,
  favourites: 1,
  recent: 1,
  shortcuts: 2,
};
