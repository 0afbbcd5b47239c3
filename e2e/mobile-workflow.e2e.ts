import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../apps/server/src/modules/org/index.ts';
import { changeForcedPassword, submitLogin, unexpectedConsole } from './flows.ts';
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

/** Signs in on the phone and gets past the forced first password change. */
async function signInOnPhone(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await submitLogin(page, username, demoPassword);
  await changeForcedPassword(page, demoPassword, newPassword);
  await page.getByTestId('mobile-home').waitFor();
}

/** Opens a picker field and takes its proposed value (the first option, or today). */
async function confirmPicker(page: Page, field: string): Promise<void> {
  await page.locator(`[data-field="${field}"] .yw-mf-trigger`).click();
  const confirm = page.locator('.adm-picker-header-button', { hasText: '完成' }).last();
  await confirm.waitFor();
  await confirm.click();
  await page.locator('.adm-picker').last().waitFor({ state: 'hidden' });
}

describe('phone (390×844): a leave request from start to approval', () => {
  let server: RunningServer;
  let browser: Browser;
  let instancePath = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a doctor applies, the head approves with a common phrase, the doctor sees it approved', async () => {
    const doctor = demoPeople.cardiologyDoctor; // 10102, whose department head is 10101
    const head = demoPeople.cardiologyHead;
    const mine = await openPage(browser, server.baseUrl, phone, { mobile: true });
    const theirs = await openPage(browser, server.baseUrl, phone, { mobile: true });
    const a = mine.page;
    const b = theirs.page;
    try {
      await signInOnPhone(a, doctor.employeeNo);
      await a.getByTestId('mobile-counts').waitFor();
      await screenshot(a, 'mw-doctor-home');

      await a.locator('.adm-tab-bar-item', { hasText: '发起' }).click();
      await a.getByTestId('mobile-catalogue').waitFor();
      const leave = a.locator('.yw-mw-process', { hasText: '请假申请' });
      await leave.waitFor();
      await screenshot(a, 'mw-catalogue');
      await leave.click();

      await a.getByTestId('mobile-form').waitFor();
      await expect
        .poll(() => a.locator('[data-field="applicant"]').textContent())
        .toContain(doctor.name);
      await confirmPicker(a, 'type');
      await a.locator('[data-field="days"] input').fill('2');
      await confirmPicker(a, 'from');
      await confirmPicker(a, 'to');
      await a
        .locator('[data-field="reason"] textarea:not([aria-hidden])')
        .fill('家中有事，需请假两天');
      await screenshot(a, 'mw-start-form');
      await a.getByRole('button', { name: '提交' }).click();
      await a.waitForURL(/\/workflow\/instances\//);
      await a.getByTestId('mobile-instance').waitFor();
      await expect
        .poll(() => a.getByTestId('mobile-instance-head').textContent())
        .toContain('审批中');
      instancePath = new URL(a.url()).pathname;
      await screenshot(a, 'mw-doctor-submitted');

      await signInOnPhone(b, head.employeeNo);
      const card = b.getByTestId('mobile-list-todo').getByTestId('mobile-task-card').first();
      await card.waitFor();
      expect(await card.textContent()).toContain(doctor.name);
      await expect
        .poll(() => b.locator('.adm-tab-bar-item .adm-badge').first().textContent())
        .toBe('1');
      await screenshot(b, 'mw-head-home');
      await card.click();
      await b.getByTestId('mobile-action-bar').waitFor();
      await b.getByTestId('mobile-history').waitFor();
      await screenshot(b, 'mw-head-instance');

      await b.getByTestId('mobile-action-bar').getByRole('button', { name: '同意' }).click();
      const sheet = b.getByTestId('mobile-action-sheet');
      await sheet.waitFor();
      const phrase = sheet.locator('.yw-mw-phrase').first();
      await phrase.waitFor();
      const phraseText = (await phrase.textContent()) ?? '';
      await phrase.click();
      await expect
        .poll(() => sheet.locator('textarea:not([aria-hidden])').inputValue())
        .toBe(phraseText);
      await screenshot(b, 'mw-head-approve-sheet');
      await sheet.getByRole('button', { name: '确定同意' }).click();
      await expect
        .poll(() => b.getByTestId('mobile-instance-head').textContent())
        .toContain('已通过');
      await sheet.waitFor({ state: 'detached' });
      await screenshot(b, 'mw-head-approved');

      await a.goto('/workflow/list/started');
      await a.getByTestId('mobile-list-started').waitFor();
      const mineCard = a.getByTestId('mobile-task-card').first();
      await expect.poll(() => mineCard.textContent()).toContain('已通过');
      await screenshot(a, 'mw-doctor-started');
      await mineCard.click();
      const history = a.getByTestId('mobile-history');
      await expect.poll(() => history.textContent()).toContain(phraseText);
      await screenshot(a, 'mw-doctor-completed');

      await a.goto('/notifications');
      await a.getByTestId('mobile-notifications').locator('.yw-mw-note').first().waitFor();
      await screenshot(a, 'mw-doctor-notifications');

      expect(unexpectedConsole([...mine.problems.messages, ...theirs.problems.messages])).toEqual(
        [],
      );
    } finally {
      await mine.context.close();
      await theirs.context.close();
    }
  });

  it('a tablet (820×1180) gets the desktop layout', async () => {
    const head = demoPeople.cardiologyHead;
    const tablet = await openPage(
      browser,
      server.baseUrl,
      { width: 820, height: 1180 },
      { mobile: true },
    );
    try {
      await submitLogin(tablet.page, head.employeeNo, newPassword);
      await tablet.page.waitForURL((url) => url.pathname === '/');
      await tablet.page.locator('.ant-layout').first().waitFor();
      await tablet.page.waitForTimeout(1000);
      await screenshot(tablet.page, 'mw-tablet-home');
      expect(instancePath).toMatch(/^\/workflow\/instances\//);
      await tablet.page.goto(instancePath);
      await tablet.page.getByText('请假申请-').first().waitFor();
      await tablet.page.waitForTimeout(1000);
      await screenshot(tablet.page, 'mw-tablet-instance');
    } finally {
      await tablet.context.close();
    }
  });
});
