import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../apps/server/src/modules/org/index.ts';
import { submitLogin, unexpectedConsole, waitForData } from './flows.ts';
import {
  launchBrowser,
  newPassword,
  openPage,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.ts';
import { apiSession } from './api-session.ts';

// The form comes first (imported), then the designer adds the exclusive branch on it.
const imported = {
  key: 'e2e_expense',
  name: '设备维修报销',
  form: {
    fields: [
      { key: 'amount', label: '金额', type: 'money', required: true, min: 0 },
      { key: 'reason', label: '事由', type: 'text' },
    ],
  },
  nodes: [
    { id: 'start', type: 'start', name: '发起人' },
    { id: 'head', type: 'approval', name: '科主任审批', assignee: { departmentHead: 'initiator' } },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { from: 'start', to: 'head' },
    { from: 'head', to: 'end' },
  ],
};

describe('process designer', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('builds an exclusive branch on the amount, publishes, and instances route by it', async () => {
    const admin = await apiSession(server.baseUrl, 'sysadmin');
    await admin('POST', '/workflow/processes/import', imported);
    const { page, context, problems } = await openPage(browser, server.baseUrl);
    try {
      await page.goto('/login');
      await submitLogin(page, 'sysadmin', newPassword);
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto('/workflow/design');
      await page.getByRole('link', { name: '用章申请' }).first().waitFor();
      await screenshot(page, 'designer-list');
      // Pinyin initials of 设备维修报销.
      await page.getByPlaceholder('搜索流程名称、拼音或首字母').fill('sbwxbx');
      await page.getByRole('link', { name: '设备维修报销' }).first().waitFor();
      await waitForData(page);
      await screenshot(page, 'designer-search');

      await page.getByRole('link', { name: '设备维修报销' }).first().click();
      await page.getByTestId('designer-canvas').waitFor();
      // After 科主任审批 (the first block): add a 条件分支.
      await page.getByTestId('add-root-1').click();
      await page.getByRole('menuitem', { name: '条件分支' }).click();
      const firstCondition = page.locator('[data-testid^="condition-"]').first();
      await firstCondition.click();
      await page.getByText('表达式', { exact: true }).click();
      await page.getByTestId('condition-text').fill('amount > 1000');
      await page.getByText('表达式有效').waitFor();
      await screenshot(page, 'designer-condition');
      await page.locator('.ant-drawer-close').click();

      // In the first branch: an approval by the second-level department head.
      await page.getByTestId('add-1-0-0').click();
      await page.getByRole('menuitem', { name: '审批人' }).click();
      await page
        .locator('.yw-pd-column')
        .first()
        .locator('[data-testid^="node-approval_"]')
        .click();
      const drawer = page.locator('.ant-drawer-open');
      await drawer.locator('input').first().fill('分管院长审批');
      await drawer.locator('.ant-input-number-input').first().fill('2');
      await screenshot(page, 'designer-node');
      await page.locator('.ant-drawer-close').click();
      await screenshot(page, 'designer-flow');

      await page.getByRole('button', { name: '检查' }).click();
      await page.getByText('检查通过，可以发布').waitFor();
      await screenshot(page, 'designer-check');
      await page.locator('.ant-drawer-open .ant-drawer-close').click();
      await page.getByTestId('publish').click();
      await page.getByText('已发布第 2 版').waitFor();
      await screenshot(page, 'designer-published');
    } finally {
      await screenshot(page, 'designer-last');
      await context.close();
    }
    expect(unexpectedConsole(problems.messages)).toEqual([]);

    const definition = await admin('GET', '/workflow/processes/e2e_expense/definition');
    const nodes = definition.nodes as { id: string; type: string; name?: string }[];
    const branchNode = nodes.find((node) => node.name === '分管院长审批');
    expect(branchNode).toBeDefined();
    expect(nodes.filter((node) => node.type === 'join')).toHaveLength(1);

    const doctor = await apiSession(server.baseUrl, demoPeople.cardiologyDoctor.employeeNo);
    const head = await apiSession(server.baseUrl, demoPeople.cardiologyHead.employeeNo);
    const start = async (amount: number) => {
      const answer = await doctor('POST', '/workflow/instances', {
        processKey: 'e2e_expense',
        form: { amount, reason: '监护仪维修' },
      });
      const id = (answer.instance as { id: string }).id;
      await head('POST', `/workflow/instances/${id}/approve`, { comment: '同意' });
      return doctor('GET', `/workflow/instances/${id}`);
    };
    const small = await start(500);
    expect(small.status).toBe('completed');
    const large = await start(5000);
    expect(large.status).toBe('running');
    expect((large.tasks as { node: string }[]).map((task) => task.node)).toEqual([branchNode?.id]);
  });
});
