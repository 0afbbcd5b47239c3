import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, personNameReadings } from '../apps/server/src/modules/org/index.ts';
import {
  changeForcedPassword,
  firstReading,
  submitLogin,
  unexpectedConsole,
  waitForData,
} from './flows.ts';
import {
  demoPassword,
  launchBrowser,
  newPassword,
  openPage,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.ts';

describe('desktop: the system administrator', () => {
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

  it('signs in, changes the initial password, and finds a person by pinyin initials', async () => {
    const { page, context, problems } = await openPage(browser, server.baseUrl);
    try {
      await page.goto('/');
      await page.getByRole('heading', { name: '账号登录' }).waitFor();
      await screenshot(page, 'desktop-login');

      await submitLogin(page, 'sysadmin', demoPassword);
      await page.getByText('首次登录，请修改初始密码').waitFor();
      await page.locator('#newPassword').fill(newPassword);
      await screenshot(page, 'desktop-change-password');
      await page.locator('#newPassword').fill('');
      await changeForcedPassword(page, demoPassword, newPassword);

      await expect.poll(() => page.locator('.yw-greeting').textContent()).toContain('系统管理员');
      await screenshot(page, 'desktop-home');

      await page.getByRole('menuitem', { name: '人员管理' }).click();
      await page.waitForURL('**/org/people');
      const person = demoPeople.sealKeeper; // 区海燕: 区 reads ōu, so the initials are "ohy"
      const initials = firstReading(personNameReadings(person.name).initials);
      expect(initials).toBe('ohy');
      const searched = page.waitForResponse(
        (response) =>
          response.url().includes('/api/v1/org/people?') &&
          response.url().includes(`q=${initials}`),
      );
      await page.getByPlaceholder('工号 / 姓名 / 拼音 / 首字母').fill(initials);
      await searched;
      const row = page.locator('.ant-table-row', { hasText: person.employeeNo });
      await row.waitFor();
      expect(await row.textContent()).toContain(person.name);
      await waitForData(page);
      await screenshot(page, 'desktop-people-search');

      await page.getByRole('menuitem', { name: '组织架构' }).click();
      await page.locator('.ant-tree-treenode', { hasText: person.department }).first().waitFor();
      await waitForData(page);
      await screenshot(page, 'desktop-departments');

      expect(unexpectedConsole(problems.messages)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
