// Workbench, notifications and workflow monitoring in the browser, with data seeded over the API.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../apps/server/src/modules/org/index.ts';
import { submitLogin, unexpectedConsole, waitForData } from './flows.ts';
import {
  demoPassword,
  launchBrowser,
  newPassword,
  openPage,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.ts';

/** A signed-in API caller: session cookie and CSRF token, like a second person's browser. */
class Caller {
  private cookie = '';
  private csrf = '';
  personId = '';

  constructor(private readonly baseUrl: string) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        cookie: this.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const cookies = response.headers.getSetCookie().map((line) => line.split(';')[0]);
    if (cookies.length > 0) this.cookie = cookies.join('; ');
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Signs in, changing the demo password first when the account still has it. */
  async signIn(username: string): Promise<this> {
    type Session = {
      csrfToken: string;
      mustChangePassword: boolean;
      me: { person: { id: string } | null };
    };
    let session: Session;
    try {
      session = await this.call<Session>('POST', '/auth/login', {
        username,
        password: newPassword,
      });
    } catch {
      session = await this.call<Session>('POST', '/auth/login', {
        username,
        password: demoPassword,
      });
      this.csrf = session.csrfToken;
      await this.call('POST', '/auth/password', { currentPassword: demoPassword, newPassword });
      session = await this.call<Session>('POST', '/auth/login', {
        username,
        password: newPassword,
      });
    }
    this.csrf = session.csrfToken;
    this.personId = session.me.person?.id ?? '';
    return this;
  }
}

interface Started {
  instance: { id: string };
}

const leaveForm = (reason: string) => ({
  type: '年休假',
  days: 1,
  from: '2026-12-01',
  to: '2026-12-01',
  reason,
});

async function order(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="workbench-grid"] [data-widget]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-widget') ?? ''));
}

async function editorOrder(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid^="edit-tile-"]')
    .evaluateAll((tiles) =>
      tiles.map((tile) => (tile.getAttribute('data-testid') ?? '').replace('edit-tile-', '')),
    );
}

/** Drags a handle onto another tile with the mouse, in small steps as a hand would. */
async function dragOnto(page: Page, handleId: string, targetId: string): Promise<void> {
  const from = await page.getByTestId(handleId).boundingBox();
  const to = await page.getByTestId(targetId).boundingBox();
  if (!from || !to) throw new Error('drag source or target not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 12, { steps: 16 });
  await page.waitForTimeout(150);
  await page.mouse.up();
}

describe('desktop: workbench, live notifications, monitoring', () => {
  let server: RunningServer;
  let browser: Browser;
  let doctor: Caller;
  let head: Caller;
  let transferred: string;
  let approved: string;

  beforeAll(async () => {
    server = await startServer({ TEST_MODE: 'true' });
    browser = await launchBrowser();
    doctor = await new Caller(server.baseUrl).signIn(demoPeople.cardiologyDoctor.employeeNo);
    head = await new Caller(server.baseUrl).signIn(demoPeople.cardiologyHead.employeeNo);
    // The doctor asks twice; the head hands the first back to the doctor (a to-do for the doctor).
    const first = await doctor.call<Started>('POST', '/workflow/instances', {
      processKey: 'leave',
      form: leaveForm('参加学术会议'),
    });
    const second = await doctor.call<Started>('POST', '/workflow/instances', {
      processKey: 'leave',
      form: leaveForm('家中有事'),
    });
    transferred = first.instance.id;
    approved = second.instance.id;
    await head.call('POST', `/workflow/instances/${transferred}/transfer`, {
      to: doctor.personId,
      comment: '请张医生先核对排班',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the doctor counts and a to-do, keeps a rearranged layout, and rings the bell live', async () => {
    const { page, context, problems } = await openPage(browser, server.baseUrl);
    try {
      await submitLogin(page, demoPeople.cardiologyDoctor.employeeNo, newPassword);
      await page.waitForURL((url) => url.pathname === '/');
      await expect
        .poll(() => page.getByTestId('count-todo').textContent(), { timeout: 10_000 })
        .toContain('1');
      await expect
        .poll(() => page.getByTestId('count-running').textContent(), { timeout: 10_000 })
        .toContain('2');
      const todo = page.locator('[data-widget="todo"]');
      await todo.getByText('请假申请').first().waitFor();
      await waitForData(page);
      await screenshot(page, 'workbench-doctor');

      // 自定义工作台: move 工作概览 one place down with the keyboard, save, reload.
      const before = await order(page);
      await page.getByRole('button', { name: '自定义工作台' }).click();
      await page.getByTestId('layout-editor').waitFor();
      await screenshot(page, 'workbench-customise');
      await dragOnto(page, `drag-${before[0]}`, `edit-tile-${before[1]}`);
      await expect.poll(() => editorOrder(page), { timeout: 5_000 }).not.toEqual(before);
      await page.getByRole('button', { name: '保存布局' }).click();
      await page.getByText('工作台布局已保存').waitFor();
      await page.reload();
      await page.getByTestId('workbench-grid').waitFor();
      const after = await order(page);
      expect(after).not.toEqual(before);
      expect([...after].sort()).toEqual([...before].sort());

      // The bell: the head approves the other request, the doctor's count goes up without a reload.
      const bell = page.getByTestId('notification-bell');
      await bell.waitFor();
      const unread = async () =>
        Number(
          (await bell
            .locator('.ant-badge-count')
            .textContent()
            .catch(() => '0')) || '0',
        );
      const was = await unread();
      await head.call('POST', `/workflow/instances/${approved}/approve`, { comment: '同意' });
      await expect.poll(unread, { timeout: 15_000 }).toBeGreaterThan(was);
      await bell.click();
      await page.getByText('全部已读').waitFor();
      await screenshot(page, 'workbench-bell');

      await page.goto('/notifications');
      await page.locator('.ant-table-row').first().waitFor();
      await waitForData(page);
      await screenshot(page, 'notifications');

      // 授权代理: a week's delegation to the head, shown with its name after the page remembers it.
      await doctor.call('POST', '/workflow/delegations', { to: head.personId, until: 'P7D' });
      await page.goto('/account/delegation');
      await page.getByTestId('current-delegation').waitFor();
      await waitForData(page);
      await screenshot(page, 'delegation');

      expect(unexpectedConsole(problems.messages)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets the administrator suspend and resume an instance and see statistics', async () => {
    await new Caller(server.baseUrl).signIn('sysadmin');
    const { page, context, problems } = await openPage(browser, server.baseUrl);
    try {
      await submitLogin(page, 'sysadmin', newPassword);
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto('/workflow/admin/monitor');
      const status = page.getByTestId(`status-${transferred}`);
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('审批中');
      await waitForData(page);
      await screenshot(page, 'monitor');

      await page.getByTestId(`act-suspend-${transferred}`).click();
      await page.locator('.ant-modal').getByRole('button', { name: '挂 起' }).click();
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('已挂起');
      await page.getByTestId(`act-resume-${transferred}`).click();
      await page.locator('.ant-modal').getByRole('button', { name: '恢 复' }).click();
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('审批中');

      await page.goto('/workflow/admin/statistics');
      await page.getByTestId('chart-outcomes').locator('canvas').waitFor();
      await waitForData(page);
      await screenshot(page, 'statistics');

      await page.goto('/admin/workbench');
      await page.locator('.yw-role-pick button').first().click();
      await page.getByTestId('layout-editor').waitFor();
      await screenshot(page, 'workbench-roles');

      expect(unexpectedConsole(problems.messages)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
