import { describe, expect, it } from 'vitest';
import { pageCrumbs } from './pageCrumb.tsx';

describe('pageCrumbs', () => {
  it('puts 发起流程 and the process after 首页 on the start page', () => {
    const crumbs = pageCrumbs('/workflow/start/leave', '请假申请');
    expect(crumbs?.map((crumb) => crumb.key)).toEqual(['catalogue', 'process']);
    expect(crumbs?.[1]?.title).toBe('请假申请');
  });

  it('shows only 发起流程 until the page has named the process', () => {
    expect(pageCrumbs('/workflow/start/leave', null)?.map((crumb) => crumb.key)).toEqual([
      'catalogue',
    ]);
  });

  it('leaves every other path to the menu', () => {
    expect(pageCrumbs('/workflow/catalogue', '请假申请')).toBeNull();
    expect(pageCrumbs('/workflow/instances/1', null)).toBeNull();
  });
});
