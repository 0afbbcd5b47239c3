import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../apps/server/src/modules/org/index.ts';
import { apiSession } from './api-session.ts';
import { submitLogin, unexpectedConsole, waitForData } from './flows.ts';
import {
  launchBrowser,
  newPassword,
  openPage,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.ts';

const phone = { width: 390, height: 844 };

/** Picks a language in the desktop user menu's 语言 / Language group and waits for the reload. */
async function chooseDesktopLanguage(page: Page, language: string) {
  await page.getByTestId('user-menu').click();
  // The new document, not its 'load': what follows waits for the words it needs.
  const reloaded = page.waitForEvent('domcontentloaded');
  await page.getByRole('menuitem', { name: language }).click();
  await reloaded;
}

/** Picks a language on the phone's 我的 page and waits for the reload. */
async function choosePhoneLanguage(page: Page, meTab: string, language: string) {
  await page.locator('.adm-tab-bar-item', { hasText: new RegExp(`^${meTab}$`) }).click();
  await page.getByTestId('mobile-language').click();
  const reloaded = page.waitForEvent('domcontentloaded');
  await page.locator('.adm-action-sheet-button-item', { hasText: language }).click();
  await reloaded;
}

/**
 * Issue 4's last item: Chinese throughout, English from the user menu. A demo doctor
 * switches the desktop to English and back, then does the same on a phone.
 */
describe('English from the user menu, on the desktop and on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  const doctor = demoPeople.cardiologyDoctor;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // A request of the doctor's own, so the lists and the workbench have a row to show.
    const requester = await apiSession(server.baseUrl, doctor.employeeNo);
    await requester('POST', '/workflow/instances', {
      processKey: 'leave',
      form: { type: '事假', days: 2, from: '2026-12-03', to: '2026-12-04', reason: '陪护家人' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('switches the desktop to English and back to Chinese', async () => {
    const { context, page, problems } = await openPage(browser, server.baseUrl);
    page.setDefaultTimeout(60_000);
    try {
      await page.goto('/login');
      await submitLogin(page, doctor.employeeNo, newPassword);
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('menuitem', { name: '待办事项' }).waitFor();

      await chooseDesktopLanguage(page, 'English');
      await page.getByRole('menuitem', { name: 'To do' }).waitFor();
      await waitForData(page);
      await expect
        .poll(() => page.locator('[data-widget="todo"]').textContent())
        .toContain('My tasks');
      await expect
        .poll(() => page.locator('[data-widget="started"]').textContent())
        .toContain('In progress');
      await screenshot(page, 'english-workbench');

      await page.getByRole('menuitem', { name: 'Started by me' }).click();
      await page.waitForURL('**/workflow/list/started');
      await page.locator('.ant-table-row').first().waitFor();
      await waitForData(page);
      await screenshot(page, 'english-list-started');

      await page.getByRole('menuitem', { name: 'Start a request' }).click();
      // 请假申请 shows twice once 最近发起 has loaded (the doctor started one in the demo seed).
      await page.locator('[data-process="leave"]').first().waitFor();
      await expect
        .poll(() => page.locator('.yw-content').textContent())
        .toContain('Recently started');
      await screenshot(page, 'english-catalogue');

      await page.goto('/notifications');
      await waitForData(page);
      await screenshot(page, 'english-notifications');
      await page.goto('/account/delegation');
      await waitForData(page);
      await screenshot(page, 'english-delegation');

      await chooseDesktopLanguage(page, '简体中文');
      await page.getByRole('menuitem', { name: '待办事项' }).waitFor();
      expect(await page.getByRole('menuitem', { name: 'To do' }).count()).toBe(0);
      expect(unexpectedConsole(problems.messages)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('switches a phone to English from 我的 and back', async () => {
    const { context, page, problems } = await openPage(browser, server.baseUrl, phone, {
      mobile: true,
    });
    page.setDefaultTimeout(60_000);
    try {
      await page.goto('/login');
      await submitLogin(page, doctor.employeeNo, newPassword);
      await page.getByTestId('mobile-home').waitFor();

      await choosePhoneLanguage(page, '我的', 'English');
      const tabs = page.locator('.adm-tab-bar');
      await expect.poll(() => tabs.textContent()).toContain('Directory');
      expect(await tabs.textContent()).toMatch(/Home.*Start.*Directory.*Me/);
      await screenshot(page, 'english-phone-me');
      await page.locator('.adm-tab-bar-item', { hasText: 'Home' }).click();
      await page.getByTestId('mobile-home').waitFor();
      await screenshot(page, 'english-phone-home');
      await page.locator('.adm-tab-bar-item', { hasText: 'Start' }).click();
      await page.getByTestId('mobile-catalogue').waitFor();
      await page.locator('.adm-skeleton').first().waitFor({ state: 'detached' });
      await screenshot(page, 'english-phone-catalogue');

      await choosePhoneLanguage(page, 'Me', '简体中文');
      await expect.poll(() => tabs.textContent()).toContain('通讯录');
      expect(await tabs.textContent()).not.toContain('Directory');
      expect(unexpectedConsole(problems.messages)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
