import type { Browser } from 'playwright-core';
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

/** The desktop start page names where it is: 首页 / 发起流程 / the process. */
describe('desktop: the start page breadcrumb', () => {
  let server: RunningServer;
  let browser: Browser;
  const doctor = demoPeople.cardiologyDoctor;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await apiSession(server.baseUrl, doctor.employeeNo);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows 首页 / 发起流程 / 请假申请 and leads back to the catalogue', async () => {
    const { page, problems } = await openPage(browser, server.baseUrl);
    await submitLogin(page, doctor.employeeNo, newPassword);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/workflow/start/leave');
    await page.locator('#field-reason').waitFor();
    await waitForData(page);
    const crumbs = page.locator('.yw-breadcrumb');
    await crumbs.getByText('请假申请').waitFor();
    expect((await crumbs.innerText()).replace(/\s+/g, '')).toBe('首页/发起流程/请假申请');
    // The applicant, filled by the form's default, shows by name, not by id.
    const applicant = page.locator('.ant-select', { has: page.locator('#field-applicant') });
    await applicant.getByText(doctor.name).waitFor();
    await screenshot(page, 'crumbs-start');
    await crumbs.getByRole('link', { name: '发起流程' }).click();
    await page.waitForURL('**/workflow/catalogue');
    await crumbs.getByText('请假申请').waitFor({ state: 'detached' });
    expect(unexpectedConsole(problems.messages)).toEqual([]);
  });
});
