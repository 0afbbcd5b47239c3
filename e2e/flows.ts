// What a person does in the browser, step by step, shared by the browser tests.
import type { Page } from 'playwright-core';

/** Fills the login form and submits it (the page may be anywhere: it goes to /login first). */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  if (!page.url().endsWith('/login')) await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Completes the forced first password change through the UI and waits to leave the page. */
export async function changeForcedPassword(
  page: Page,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  await page.getByText('首次登录，请修改初始密码').waitFor();
  await page.locator('#currentPassword').fill(currentPassword);
  await page.locator('#newPassword').fill(newPassword);
  await page.locator('#confirmPassword').fill(newPassword);
  await page.getByRole('button', { name: '确认修改' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Console lines a polished product should not print (the 401 of the session probe is expected). */
export function unexpectedConsole(messages: string[]): string[] {
  return messages.filter(
    (line) =>
      !/Failed to load resource: the server responded with a status of (401|423|429)/.test(line),
  );
}

/** The first of a name's readings ("ohy qhy" → "ohy"): polyphonic surnames have several. */
export function firstReading(readings: string): string {
  return readings.split(' ')[0] ?? readings;
}

/** Waits until no table or card on the page shows its loading veil. */
export async function waitForData(page: Page): Promise<void> {
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
  await page.locator('.yw-content .ant-skeleton').first().waitFor({ state: 'detached' });
}
