import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../apps/server/src/modules/org/index.ts';
import { submitLogin } from './flows.ts';
import { launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness.ts';

describe('login lockout', () => {
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

  it('shows the lock message after 5 wrong passwords on a fresh account', async () => {
    const { page, context } = await openPage(browser, server.baseUrl);
    const username = demoPeople.cardiologyDoctor.employeeNo;
    try {
      await page.goto('/login');
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        await submitLogin(page, username, `Wrong-password-${attempt}`);
        const alert = page.getByRole('alert');
        await alert.waitFor();
        if (attempt < 5) {
          await expect.poll(() => alert.textContent()).toContain('密码错误');
          await page.locator('#password').fill('');
        }
      }
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('账号已锁定');
      // The server's sentence says until when; the page shows it as it is.
      expect(await alert.textContent()).toMatch(/\d{1,2}:\d{2}/);
      await screenshot(page, 'desktop-login-locked');
    } finally {
      await context.close();
    }
  });
});
