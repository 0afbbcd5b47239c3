import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../apps/server/src/modules/org/index.ts';
import { changeForcedPassword, submitLogin, unexpectedConsole, waitForData } from './flows.ts';
import {
  demoPassword,
  launchBrowser,
  newPassword,
  openPage,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.ts';

const phone = { width: 390, height: 844 };

/** Picks a day in an antd date picker by typing it, as a keyboard user does. */
async function typeDate(page: Page, field: string, day: string): Promise<void> {
  const input = page.locator(`#field-${field}`);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

/**
 * Issue 4's story, on the demo hospital exactly as `npm start` seeds it: a doctor applies
 * for leave on the desktop, the department head approves on a phone, and the doctor sees
 * the result back on the desktop workbench.
 */
describe('a leave request: desktop doctor → phone head → back on the workbench', () => {
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

  it('goes from application to approval and back', async () => {
    const doctor = demoPeople.cardiologyDoctor;
    const head = demoPeople.cardiologyHead;
    const desk = await openPage(browser, server.baseUrl);
    const mobile = await openPage(browser, server.baseUrl, phone, { mobile: true });
    const a = desk.page;
    const b = mobile.page;
    try {
      await submitLogin(a, doctor.employeeNo, demoPassword);
      await changeForcedPassword(a, demoPassword, newPassword);
      await a.getByRole('menuitem', { name: '发起流程' }).click();
      const card = a.locator('[data-process="leave"]').first();
      await card.waitFor();
      await card.getByRole('link').click();
      await a.waitForURL('**/workflow/start/leave');
      await a.locator('#field-type').click();
      await a.locator('.ant-select-item-option', { hasText: '事假' }).click();
      await a.locator('#field-days').fill('2');
      await typeDate(a, 'from', '2026-12-03');
      await typeDate(a, 'to', '2026-12-04');
      await a.locator('#field-reason').fill('家中老人住院，需陪护两天');
      await screenshot(a, 'story-doctor-start');
      await a.getByRole('button', { name: '提 交' }).last().click();
      await a.waitForURL('**/workflow/instances/**');
      await a.getByText('审批中').first().waitFor();
      await waitForData(a);
      await screenshot(a, 'story-doctor-submitted');

      await b.goto('/login');
      await submitLogin(b, head.employeeNo, demoPassword);
      await changeForcedPassword(b, demoPassword, newPassword);
      const task = b.getByTestId('mobile-list-todo').getByTestId('mobile-task-card').first();
      await task.waitFor();
      expect(await task.textContent()).toContain(doctor.name);
      await task.click();
      await b.getByTestId('mobile-action-bar').getByRole('button', { name: '同意' }).click();
      const sheet = b.getByTestId('mobile-action-sheet');
      await sheet.getByRole('textbox').fill('同意，注意交接好病区工作');
      await sheet.getByRole('button', { name: '确定同意' }).click();
      await expect
        .poll(() => b.getByTestId('mobile-instance-head').textContent())
        .toContain('已通过');
      await screenshot(b, 'story-head-approved');

      await a.goto('/');
      const started = a.locator('[data-widget="started"]');
      await expect.poll(() => started.textContent(), { timeout: 15_000 }).toContain('已通过');
      await waitForData(a);
      await screenshot(a, 'story-doctor-workbench');
      await started.getByText('请假申请').first().click();
      await a.getByText('同意，注意交接好病区工作').first().waitFor();
      await expect
        .poll(() => a.locator('[data-field="applicant"]').textContent())
        .toContain(doctor.name);
      await screenshot(a, 'story-doctor-result');

      expect(unexpectedConsole([...desk.problems.messages, ...mobile.problems.messages])).toEqual(
        [],
      );
    } catch (error) {
      await screenshot(a, 'story-failure-desktop');
      await screenshot(b, 'story-failure-phone');
      throw error;
    } finally {
      await desk.context.close();
      await mobile.context.close();
    }
  });
});
