import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { appMessages as m } from './messages.ts';

/**
 * The breadcrumbs after 首页 for pages outside the menu: the start page is 发起流程 (a link
 * back to the catalogue) and then the process, once the page has named it. Null elsewhere.
 */
export function pageCrumbs(
  pathname: string,
  pageName: string | null,
): { key: string; title: ReactNode }[] | null {
  if (!pathname.startsWith('/workflow/start/')) return null;
  return [
    { key: 'catalogue', title: <Link to="/workflow/catalogue">{m.nav.catalogue}</Link> },
    ...(pageName === null ? [] : [{ key: 'process', title: pageName }]),
  ];
}
