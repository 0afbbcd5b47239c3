import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../apps/server/src/modules/org/index.ts';
import { submitLogin, unexpectedConsole, waitForData } from './flows.ts';
import {
  launchBrowser,
  newPassword,
  openPage,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.ts';
import { apiSession } from './api-session.ts';

// 学术会议报销: a table of costs with a per-row formula and a total, then the department head.
const definition = {
  key: 'e2e_conference',
  name: '学术会议费用报销',
  form: {
    fields: [
      { key: 'basics', label: '基本信息', type: 'section' },
      { key: 'meeting', label: '会议名称', type: 'text', required: true, maxLength: 40 },
      { key: 'day', label: '会议日期', type: 'date', required: true, default: { expr: 'today()' } },
      { key: 'phone', label: '联系电话', type: 'text', pattern: '1\\d{10}', help: '11 位手机号' },
      { key: 'costs', label: '费用明细', type: 'section' },
      {
        key: 'items',
        label: '费用明细',
        type: 'table',
        minRows: 1,
        columns: [
          { key: 'item', label: '项目', type: 'text', required: true },
          { key: 'qty', label: '数量', type: 'number', required: true, min: 1 },
          { key: 'price', label: '单价', type: 'money', required: true },
          { key: 'subtotal', label: '小计', type: 'formula', formula: 'qty * price' },
        ],
      },
      { key: 'total', label: '报销合计', type: 'formula', formula: 'sum(items.subtotal)' },
      {
        key: 'budget',
        label: '预算项目',
        type: 'text',
        lookup: { source: 'budget', fill: { budgetName: 'name', remaining: 'remaining' } },
      },
      { key: 'budgetName', label: '预算名称', type: 'text' },
      { key: 'remaining', label: '可用余额', type: 'money' },
      { key: 'files', label: '会议通知', type: 'attachment', maxFiles: 3 },
      { key: 'note', label: '说明', type: 'textarea' },
    ],
  },
  nodes: [
    { id: 'start', type: 'start', name: '发起' },
    { id: 'head', type: 'approval', name: '科主任审批', assignee: { departmentHead: 'initiator' } },
    { id: 'end', type: 'end', name: '结束' },
  ],
  edges: [
    { from: 'start', to: 'head' },
    { from: 'head', to: 'end' },
  ],
};

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await submitLogin(page, username, newPassword);
  await page.waitForURL((url) => url.pathname === '/');
}

const cell = (page: Page, path: string) => page.locator(`[id="${path}"]`);

// Full-page shots of a scrolled page draw the sticky header mid-page: shoot from the top.
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

describe('desktop: 发起流程 with a table and formulas, a draft, then submit', () => {
  let server: RunningServer;
  let browser: Browser;
  const doctor = demoPeople.cardiologyDoctor;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const admin = await apiSession(server.baseUrl, 'sysadmin');
    await admin('POST', '/workflow/processes', definition);
    await apiSession(server.baseUrl, doctor.employeeNo);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows field errors, saves a draft, reopens it and submits', async () => {
    const { page, context, problems } = await openPage(browser, server.baseUrl);
    try {
      await signIn(page, doctor.employeeNo);
      await page.getByRole('menuitem', { name: '发起流程' }).click();
      await page.waitForURL('**/workflow/catalogue');
      const card = page.locator(`[data-process="${definition.key}"]`);
      await card.waitFor();
      await waitForData(page);
      await screenshot(page, 'forms-catalogue');

      await card.getByRole('link').click();
      await page.waitForURL(`**/workflow/start/${definition.key}`);
      await page.locator('#field-meeting').waitFor();
      // The date's default (today) is filled in before the user types anything.
      expect(await page.locator('#field-day').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      // Errors as the user types, and every required field on submit.
      await page.locator('#field-phone').fill('12345');
      await page.getByText('“联系电话”的格式不正确').waitFor();
      await page.getByRole('button', { name: '提 交' }).last().click();
      await page.getByText('“会议名称”为必填项').waitFor();
      await shot(page, 'forms-start-errors');

      await page.locator('#field-meeting').fill('中华医学会心血管病年会');
      await page.locator('#field-phone').fill('13800138000');
      await page.getByRole('button', { name: '添加一行' }).click();
      await cell(page, 'items[0].item').fill('注册费');
      await cell(page, 'items[0].qty').fill('2');
      await cell(page, 'items[0].price').fill('1200.5');
      await page.getByRole('button', { name: '添加一行' }).click();
      await cell(page, 'items[1].item').fill('住宿费');
      await cell(page, 'items[1].qty').fill('3');
      await cell(page, 'items[1].price').fill('450');
      await cell(page, 'items[1].price').blur();
      const total = page.locator('[data-field="total"] .yw-form-formula');
      await expect.poll(() => total.textContent()).toContain('¥3,751.00');

      // A budget lookup fills the budget's name and remaining amount.
      await page.locator('#field-budget').click();
      await page.locator('#field-budget').fill('培训');
      const option = page.locator('.yw-form-lookup-option', { hasText: '培训' }).first();
      await option.waitFor();
      await option.click();
      await expect.poll(() => page.locator('#field-budgetName').inputValue()).toContain('培训');
      expect(await page.locator('#field-remaining').inputValue()).not.toBe('');

      // An attachment goes up at once and is listed with its size.
      await page.locator('[data-field="files"] input[type="file"]').setInputFiles({
        name: '会议通知.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('中华医学会心血管病年会 会议通知'),
      });
      await page.locator('.yw-form-file', { hasText: '会议通知.txt' }).waitFor();

      await page.getByRole('button', { name: '保存草稿' }).last().click();
      await page.getByText('草稿已保存').waitFor();
      await page.waitForURL((url) => url.searchParams.has('draft'));
      await shot(page, 'forms-start-filled');

      await page.reload();
      await page.locator('#field-meeting').waitFor();
      expect(await page.locator('#field-meeting').inputValue()).toBe('中华医学会心血管病年会');
      expect(await cell(page, 'items[1].item').inputValue()).toBe('住宿费');
      await expect.poll(() => total.textContent()).toContain('3,751');
      await page.locator('.yw-form-file', { hasText: '会议通知.txt' }).waitFor();

      await page.getByRole('button', { name: '提 交' }).last().click();
      await page.waitForURL('**/workflow/instances/**');
      await page.getByText('科主任审批').first().waitFor();
      await waitForData(page);
      await shot(page, 'forms-submitted');

      expect(unexpectedConsole(problems.messages)).toEqual([]);
    } catch (error) {
      await screenshot(page, 'forms-failure');
      throw error;
    } finally {
      await context.close();
    }
  });
});
