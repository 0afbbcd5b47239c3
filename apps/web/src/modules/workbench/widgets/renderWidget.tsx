import type { ReactNode } from 'react';
import type { WidgetName } from '../api/types.ts';
import { CountsWidget } from './CountsWidget.tsx';
import { FavouritesWidget } from './FavouritesWidget.tsx';
import { NotificationsWidget } from './NotificationsWidget.tsx';
import { OverdueWidget } from './OverdueWidget.tsx';
import { RecentWidget } from './RecentWidget.tsx';
import { ShortcutsWidget } from './ShortcutsWidget.tsx';
import { WorkListWidget } from './WorkListWidget.tsx';

/** The live widget for a name (each fetches its own data: one or two requests). */
export function renderWidget(widget: WidgetName): ReactNode {
  switch (widget) {
    case 'counts':
      return <CountsWidget />;
    case 'todo':
    case 'started':
    case 'cc':
    case 'drafts':
      return <WorkListWidget kind={widget} />;
    case 'overdue':
      return <OverdueWidget />;
    case 'notifications':
      return <NotificationsWidget />;
    case 'favourites':
      return <FavouritesWidget />;
    case 'recent':
      return <RecentWidget />;
    case 'shortcuts':
      return <ShortcutsWidget />;
  }
}
