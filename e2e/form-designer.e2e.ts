import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../apps/server/src/modules/org/index.ts';
import { submitLogin, unexpectedConsole } from './flows.ts';
import {
  launchBrowser,
  newPassword,
  openPage,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.ts';
import { apiSession } from './api-session.ts';

/** Drags with the mouse in small steps, as dnd-kit's pointer sensor wants to see it. */
async function drag(page: Page, from: Locator, to: Locator, at: 'top' | 'bottom') {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('nothing to drag');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 12, source.y + source.height / 2, {
    steps: 3,
  });
  const y = at === 'top' ? target.y + 10 : target.y + target.height - 12;
  await page.mouse.move(target.x + target.width / 2, y, { steps: 16 });
  // dnd-kit finds what is under the pointer on the next frames.
  await page.waitForTimeout(200);
  await page.mouse.up();
}

describe('form designer', () => {
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

  it('adds a money field and a section to 请假申请, previews on a phone, publishes', async () => {
    await apiSession(server.baseUrl, 'sysadmin');
    const { page, context, problems } = await openPage(browser, server.baseUrl);
    try {
      await run(page);
    } catch (error) {
      await screenshot(page, 'form-designer-failure');
      throw error;
    } finally {
      await context.close();
    }
    expect(unexpectedConsole(problems.messages)).toEqual([]);
  });

  async function run(page: Page) {
    {
      await submitLogin(page, 'sysadmin', newPassword);
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto('/workflow/design/leave/form');
      await page.locator('.fd-card').first().waitFor();
      const canvas = page.locator('.fd-canvas');

      await drag(page, page.locator('.fd-palette-item[data-type="money"]'), canvas, 'bottom');
      await page.locator('#fd-label').fill('预计费用');
      await expect.poll(() => page.locator('#fd-key').inputValue()).toBe('yuJiFeiYong');
      await page.locator('#fd-required').click();
      await page.locator('#fd-min').fill('0');
      await page.locator('#fd-help').fill('差旅、培训等请假期间的预计费用');

      await drag(page, page.locator('.fd-palette-item[data-type="section"]'), canvas, 'top');
      await page.locator('#fd-label').fill('基本信息');
      await page.locator('.fd-card[data-key="yuJiFeiYong"]').click();
      await screenshot(page, 'form-designer');

      await page.getByRole('button', { name: '预览' }).click();
      await page.getByTestId('preview-desktop').waitFor();
      await screenshot(page, 'form-designer-preview');
      await page.locator('.ant-drawer').getByText('手机', { exact: true }).click();
      await page.getByTestId('preview-phone').getByText('预计费用', { exact: true }).waitFor();
      await screenshot(page, 'form-designer-phone');
      await page.locator('.ant-drawer-close').click();

      await page.getByRole('button', { name: '发布新版本' }).click();
      await page
        .locator('.ant-modal-confirm')
        .getByRole('button', { name: /确\s*定|OK/ })
        .click();
      await page.getByText(/已发布为第 \d+ 版/).waitFor();

      // The start form is for people who may start processes: a doctor, in a fresh session.
      await apiSession(server.baseUrl, demoPeople.cardiologyDoctor.employeeNo);
      await page.context().clearCookies();
      await submitLogin(page, demoPeople.cardiologyDoctor.employeeNo, newPassword);
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto('/workflow/start/leave');
      await page.getByText('预计费用', { exact: true }).first().waitFor();
      await page.getByText('基本信息').first().waitFor();
      await screenshot(page, 'form-designer-start');
    }
  }

  it('prints a request like the paper form, with the approvals at the foot', async () => {
    const doctor = await apiSession(server.baseUrl, demoPeople.cardiologyDoctor.employeeNo);
    const head = await apiSession(server.baseUrl, demoPeople.cardiologyHead.employeeNo);
    const started = await doctor('POST', '/workflow/instances', {
      processKey: 'leave',
      form: {
        type: '年休假',
        days: 2,
        from: '2026-12-01',
        to: '2026-12-02',
        reason: '回老家探亲',
        // Required since the first test published it.
        yuJiFeiYong: 800,
      },
    });
    const id = (started.instance as { id: string }).id;
    await head('POST', `/workflow/instances/${id}/approve`, { comment: '同意，注意交接' });

    const { page, context, problems } = await openPage(browser, server.baseUrl);
    try {
      await submitLogin(page, demoPeople.cardiologyDoctor.employeeNo, newPassword);
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto(`/workflow/instances/${id}/print`);
      await page.getByTestId('print-page').getByText('同意，注意交接').waitFor();
      await page.getByTestId('print-page').getByText('回老家探亲').waitFor();
      await screenshot(page, 'form-designer-print');
    } finally {
      await context.close();
    }
    expect(unexpectedConsole(problems.messages)).toEqual([]);
  });
});
