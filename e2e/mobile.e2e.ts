import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, personNameReadings } from '../apps/server/src/modules/org/index.ts';
import { changeForcedPassword, firstReading, submitLogin, unexpectedConsole } from './flows.ts';
import {
  demoPassword,
  launchBrowser,
  newPassword,
  openPage,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.ts';

describe('phone (390×844)', () => {
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

  it('signs in and sees the mobile home, then finds a colleague by initials', async () => {
    const { page, context, problems } = await openPage(
      browser,
      server.baseUrl,
      { width: 390, height: 844 },
      { mobile: true },
    );
    const doctor = demoPeople.cardiologyDoctor;
    try {
      await page.goto('/');
      await page.getByRole('heading', { name: '账号登录' }).waitFor();
      await screenshot(page, 'mobile-login');

      await submitLogin(page, doctor.employeeNo, demoPassword);
      await page.getByText('首次登录，请修改初始密码').waitFor();
      await screenshot(page, 'mobile-change-password');
      await changeForcedPassword(page, demoPassword, newPassword);

      const home = page.getByTestId('mobile-home');
      await home.waitFor();
      const text = await home.textContent();
      expect(text).toContain(doctor.name);
      expect(text).toContain(doctor.department);
      await expect.poll(() => page.locator('.adm-tab-bar').textContent()).toContain('通讯录');
      await screenshot(page, 'mobile-home');

      await page.locator('.adm-tab-bar-item', { hasText: '通讯录' }).click();
      const colleague = demoPeople.cardiologyHeadNurse; // 仇丽娟: 仇 reads qiú
      await page
        .getByPlaceholder('姓名 / 拼音首字母 / 工号')
        .fill(firstReading(personNameReadings(colleague.name).initials));
      await page.locator('.adm-list-item', { hasText: colleague.name }).waitFor();
      await screenshot(page, 'mobile-contacts');

      await page.locator('.adm-tab-bar-item', { hasText: '我的' }).click();
      await page.getByTestId('mobile-me').waitFor();
      await screenshot(page, 'mobile-me');

      expect(unexpectedConsole(problems.messages)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
