import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession } from './api-session.ts';
import { submitLogin, unexpectedConsole, waitForData } from './flows.ts';
import {
  launchBrowser,
  newPassword,
  openPage,
  artifactsDir,
  startServer,
  type RunningServer,
} from './harness.ts';

/**
 * The process designer shows and edits "a role within the requester's department": 请假申请
 * 知会s the 护士长 of the applicant's own ward; unticking the scope makes it every 护士长.
 */
describe("designer: a role within the requester's department", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await apiSession(server.baseUrl, 'sysadmin');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the scoped cc on the card and in the drawer, and edits it', async () => {
    const { page, problems } = await openPage(browser, server.baseUrl);
    await submitLogin(page, 'sysadmin', newPassword);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/workflow/design/leave');
    await waitForData(page);
    const card = page.getByTestId('node-cc_head_nurse');
    await card.getByText('发起人本科室的护士长').waitFor();
    await card.click();
    const scope = page.getByRole('checkbox', { name: '仅限发起人本科室的成员' });
    await scope.waitFor();
    expect(await scope.isChecked()).toBe(true);
    // The viewport only: a full-page capture resizes the window under the open drawer.
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'assignee-scope-drawer.png') });
    await scope.uncheck();
    await card.getByText('角色：护士长').waitFor();
    await scope.check();
    await card.getByText('发起人本科室的护士长').waitFor();
    expect(unexpectedConsole(problems.messages)).toEqual([]);
  });
});
