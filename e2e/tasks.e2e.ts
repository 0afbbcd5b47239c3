import type { Browser, Page } from 'playwright-core';
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

// 科室请假: the department head decides; more than three days also goes to a vice president.
const definition = {
  key: 'e2e_leave',
  name: '科室请假',
  form: {
    fields: [
      { key: 'reason', label: '请假事由', type: 'text', required: true },
      { key: 'days', label: '请假天数', type: 'number', required: true },
    ],
  },
  nodes: [
    { id: 'start', type: 'start', name: '发起' },
    { id: 'head', type: 'approval', name: '科主任审批', assignee: { departmentHead: 'initiator' } },
    { id: 'gw', type: 'exclusive', name: '天数' },
    {
      id: 'vp',
      type: 'approval',
      name: '分管院长审批',
      mode: 'any',
      assignee: { role: 'vice_president' },
    },
    { id: 'end', type: 'end', name: '结束' },
  ],
  edges: [
    { from: 'start', to: 'head' },
    { from: 'head', to: 'gw' },
    { from: 'gw', to: 'vp', when: 'days > 3' },
    { from: 'gw', to: 'end', default: true },
    { from: 'vp', to: 'end' },
  ],
};

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await submitLogin(page, username, newPassword);
  await page.waitForURL((url) => url.pathname === '/');
}

async function openFromList(page: Page, menu: string, title: string) {
  await page.getByRole('menuitem', { name: menu }).click();
  const row = page.locator('.ant-table-row', { hasText: title });
  await row.waitFor();
  await waitForData(page);
  return row;
}

describe('desktop: handling a task (待办 → 退回 → 重新提交 → 同意)', () => {
  let server: RunningServer;
  let browser: Browser;
  const doctor = demoPeople.cardiologyDoctor;
  const head = demoPeople.cardiologyHead;
  const title = '张晓明的请假申请（e2e）';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const admin = await apiSession(server.baseUrl, 'sysadmin');
    await admin('POST', '/workflow/processes', definition);
    const requester = await apiSession(server.baseUrl, doctor.employeeNo);
    await requester('POST', '/workflow/instances', {
      processKey: definition.key,
      title,
      form: { reason: '参加学术会议', days: 2 },
    });
    await apiSession(server.baseUrl, head.employeeNo);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('returns, resubmits, approves, and the initiator sees it completed', async () => {
    const approver = await openPage(browser, server.baseUrl);
    const initiator = await openPage(browser, server.baseUrl);
    // The machine is shared: give a cold first load more than the default 30 s.
    approver.page.setDefaultTimeout(60_000);
    initiator.page.setDefaultTimeout(60_000);
    try {
      const a = approver.page;
      await signIn(a, head.employeeNo);
      const todo = await openFromList(a, '待办事项', title);
      await screenshot(a, 'tasks-todo');
      await todo.click();
      await a.waitForURL('**/workflow/instances/**');
      await a.getByTestId('flow-chart').locator('[data-progress="current"]').waitFor();
      await a.getByTestId('approval-panel').waitFor();
      expect(await a.getByTestId('history-timeline').textContent()).toContain('提交');
      await screenshot(a, 'tasks-instance-approver');

      await a.getByLabel('审批意见').fill('请补充会议通知');
      await a.getByRole('button', { name: '退 回' }).click();
      await a.locator('.ant-modal').getByRole('button', { name: '退 回' }).click();
      await a.getByText('已退回').first().waitFor();

      const i = initiator.page;
      await signIn(i, doctor.employeeNo);
      const started = await openFromList(i, '我发起的', title);
      await started.click();
      await i.getByTestId('resubmit-panel').waitFor();
      expect(await i.getByTestId('history-timeline').textContent()).toContain('请补充会议通知');
      await screenshot(i, 'tasks-instance-returned');
      await i.getByRole('button', { name: '直接提交给退回人' }).click();
      await i.getByText('已重新提交').first().waitFor();

      await a.goto('/workflow/list/todo');
      const again = a.locator('.ant-table-row', { hasText: title });
      await again.click();
      await a.getByTestId('approval-panel').waitFor();
      await a.getByLabel('审批意见').fill('同意，注意安排好门诊');
      await a.getByRole('button', { name: '同 意' }).click();
      await a.getByText('已同意').first().waitFor();
      await expect.poll(() => a.getByTestId('status-tag').textContent()).toBe('已通过');
      await screenshot(a, 'tasks-instance-approved');

      await i.goto('/workflow/list/started');
      const done = i.locator('.ant-table-row', { hasText: title });
      await expect.poll(() => done.textContent()).toContain('已通过');
      await waitForData(i);
      await screenshot(i, 'tasks-started-completed');

      expect(unexpectedConsole(approver.problems.messages)).toEqual([]);
      expect(unexpectedConsole(initiator.problems.messages)).toEqual([]);
    } catch (error) {
      await screenshot(approver.page, 'tasks-failure-approver');
      await screenshot(initiator.page, 'tasks-failure-initiator');
      console.error([...approver.problems.messages, ...initiator.problems.messages].join('\n'));
      throw error;
    } finally {
      await approver.context.close();
      await initiator.context.close();
    }
  });
});
