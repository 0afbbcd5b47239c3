import type { Browser, Locator, Page } from 'playwright-core';
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
import { apiSession } from './api-session.ts';

/** Signs in with the demo password and makes the forced first change of it. */
async function signIn(page: Page, username: string): Promise<void> {
  await submitLogin(page, username, demoPassword);
  await page.waitForURL((url) => url.pathname === '/change-password' || url.pathname === '/');
  if (new URL(page.url()).pathname === '/change-password') {
    await changeForcedPassword(page, demoPassword, newPassword);
  }
}

/** Drags with the mouse in small steps, as dnd-kit's pointer sensor wants to see it. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('nothing to drag');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 12, source.y + source.height / 2, {
    steps: 3,
  });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height - 12, { steps: 16 });
  // dnd-kit finds what is under the pointer on the next frames.
  await page.waitForTimeout(200);
  await page.mouse.up();
}

/** Picks an option of the open antd select by its text. */
async function pick(page: Page, text: string): Promise<void> {
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
}

const processName = '科室设备采购申请';
const fields = [
  { type: 'text', label: '事由', key: 'shiYou', required: true },
  // A label the same as the type's name keeps the type's key.
  { type: 'money', label: '金额', key: 'money', required: true },
  { type: 'date', label: '日期', key: 'date' },
  { type: 'select', label: '类别', key: 'leiBie' },
  { type: 'textarea', label: '说明', key: 'shuoMing' },
  { type: 'department', label: '申请科室', key: 'shenQingKeShi' },
];

/**
 * Issue 5's story on the seeded demo: the system administrator builds a new process in the
 * web app (form of six fields first, then an exclusive branch on 金额) and publishes it; a
 * doctor finds it in 发起流程, fills it in, and the request goes to the approver the amount
 * calls for. Only the UI for both people; the API only to check the outcome.
 */
describe('an administrator designs a process, a doctor starts it', () => {
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

  it('builds, publishes, starts and routes by the amount', async () => {
    const admin = await openPage(browser, server.baseUrl);
    const desk = await openPage(browser, server.baseUrl);
    admin.page.setDefaultTimeout(45_000);
    desk.page.setDefaultTimeout(45_000);
    let key: string | undefined;
    try {
      key = await design(admin.page);
      // 财务审核 is a role: 刘芳 is one of those who hold it.
      await startAsDoctor(desk.page, key, 12800, ['财务审核', demoPeople.financeReviewer.name]);
      await startAsDoctor(desk.page, key, 800, ['科主任审批', demoPeople.cardiologyHead.name]);
    } catch (error) {
      await screenshot(admin.page, 'story-design-failure');
      await screenshot(desk.page, 'story-start-failure');
      throw error;
    } finally {
      await admin.context.close();
      await desk.context.close();
    }
    // A process with no version yet answers 404 to the designers' first read of it.
    const adminProblems = unexpectedConsole(admin.problems.messages).filter(
      (line) => !line.includes('status of 404'),
    );
    expect(adminProblems).toEqual([]);
    expect(unexpectedConsole(desk.problems.messages)).toEqual([]);

    const api = await apiSession(server.baseUrl, 'sysadmin');
    const definition = await api('GET', `/workflow/processes/${key ?? ''}/definition`);
    const form = definition.form as { fields: { key: string; required?: boolean }[] };
    expect(form.fields.map((field) => field.key)).toEqual(fields.map((field) => field.key));
    const nodes = definition.nodes as { id: string; type: string; assignee?: unknown }[];
    expect(nodes.filter((node) => node.type === 'exclusive')).toHaveLength(1);
    expect(nodes.map((node) => JSON.stringify(node.assignee))).toContain(
      '{"role":"finance_reviewer"}',
    );
  });

  async function design(page: Page): Promise<string> {
    await page.goto('/login');
    await signIn(page, 'sysadmin');
    await page.getByRole('menuitem', { name: '流程设计' }).click();
    await page.getByRole('button', { name: '新建流程' }).click();
    await page.getByTestId('process-name').fill(processName);
    // The key is filled in from the name's pinyin.
    const keyInput = page.getByTestId('process-key');
    await expect.poll(() => keyInput.inputValue()).toBe('ke_shi_she_bei_cai_gou_shen_qing');
    const key = await keyInput.inputValue();
    await screenshot(page, 'story-design-create');
    await page.getByRole('button', { name: '开始设计' }).click();
    await page.waitForURL((url) => url.pathname === `/workflow/design/${key}`);

    // A new process: the designer says the form comes first.
    await page.getByText('第一步：设计申请人要填写的表单').waitFor();
    await screenshot(page, 'story-design-new');
    await page.getByTestId('edit-form').click();
    await page.waitForURL((url) => url.pathname === `/workflow/design/${key}/form`);
    await designForm(page);

    await page.locator('.fd-header a').first().click();
    await page.getByTestId('designer-canvas').waitFor();
    await designFlow(page);
    return key;
  }

  async function designForm(page: Page) {
    const canvas = page.locator('.fd-canvas');
    await canvas.waitFor();
    for (const [index, field] of fields.entries()) {
      const item = page.locator(`.fd-palette-item[data-type="${field.type}"]`);
      // The money field is dragged onto the canvas; the others are added by a click.
      if (field.type === 'money') await drag(page, item, canvas);
      else await item.click();
      await expect.poll(() => page.locator('.fd-card').count()).toBe(index + 1);
      await page.locator('#fd-label').fill(field.label);
      await expect.poll(() => page.locator('#fd-key').inputValue()).toBe(field.key);
      if (field.required) await page.locator('#fd-required').click();
      if (field.type === 'select') {
        const options = page.locator('.fd-side .ant-space-compact input');
        await options.nth(0).fill('医疗设备');
        await options.nth(1).fill('办公设备');
      }
    }
    await page.locator('.fd-card[data-key="money"]').click();
    await screenshot(page, 'story-form-designer');
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByText('已发布为第 1 版').waitFor();
  }

  async function designFlow(page: Page) {
    // The default approver goes: the branches decide who approves.
    const first = page.locator('[data-testid^="node-approval_"]').first();
    await first.hover();
    await first.locator('.yw-pd-card-remove').click();
    await expect.poll(() => page.locator('[data-testid^="node-approval_"]').count()).toBe(0);
    await page.getByTestId('add-root-0').click();
    await page.getByRole('menuitem', { name: '条件分支' }).click();

    // 条件 1: 金额 > 5000, built with the visual builder.
    await page.locator('[data-testid^="condition-"]').first().click();
    await page.getByTestId('rule-field-0-0').click();
    await pick(page, '金额');
    await page.getByTestId('rule-value-0-0').fill('5000');
    await page.getByText('表达式有效').waitFor();
    await screenshot(page, 'story-design-condition');
    await page.locator('.ant-drawer-close').click();
    // The canvas reads the condition with the field's label.
    await page.getByText('金额 大于 5000').waitFor();

    await page.getByTestId('add-0-0-0').click();
    await page.getByRole('menuitem', { name: '审批人' }).click();
    await page.locator('.yw-pd-column').nth(0).locator('[data-testid^="node-approval_"]').click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.locator('input').first().fill('财务审核');
    await drawer.locator('.ant-radio-button-wrapper', { hasText: /^角色$/ }).click();
    await drawer.locator('.ant-select').first().click();
    await pick(page, '财务审核');
    await screenshot(page, 'story-design-role');
    await page.locator('.ant-drawer-close').click();

    // 默认条件: the department head.
    await page.getByTestId('add-0-1-0').click();
    await page.getByRole('menuitem', { name: '审批人' }).click();
    await page.locator('.yw-pd-column').nth(1).locator('[data-testid^="node-approval_"]').click();
    await drawer.locator('input').first().fill('科主任审批');
    await page.locator('.ant-drawer-close').click();
    await screenshot(page, 'story-design-flow');

    await page.getByRole('button', { name: '检查' }).click();
    await page.getByText('检查通过，可以发布').waitFor();
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    await page.getByTestId('publish').click();
    await page.getByText('已发布第 2 版').waitFor();
    await screenshot(page, 'story-design-published');
  }

  async function startAsDoctor(page: Page, key: string, amount: number, waitsOn: string[]) {
    const doctor = demoPeople.cardiologyDoctor;
    if (!page.url().includes('/workflow')) {
      await page.goto('/login');
      await signIn(page, doctor.employeeNo);
    }
    await page.getByRole('menuitem', { name: '发起流程' }).click();
    // Pinyin initials of 科室设备采购申请.
    await page.getByPlaceholder('搜索流程名称或拼音首字母').fill('kssbcg');
    const card = page.locator(`[data-process="${key}"]`).last();
    await card.waitFor();
    const large = amount > 5000;
    if (large) await screenshot(page, 'story-doctor-catalogue');
    await card.getByRole('link').first().click();
    await page.waitForURL(`**/workflow/start/${key}`);

    await page.locator('#field-shiYou').fill(large ? '购置心电监护仪' : '更换诊室打印机硒鼓');
    await page.locator('#field-money').fill(String(amount));
    const date = page.locator('#field-date');
    await date.click();
    await date.fill('2026-12-10');
    await date.press('Enter');
    await page.locator('#field-leiBie').click();
    await pick(page, large ? '医疗设备' : '办公设备');
    await page.locator('#field-shuoMing').fill('病区现有设备老化，影响夜间监护');
    await page.locator('#field-shenQingKeShi').click();
    await page.keyboard.type('心血管');
    await page
      .locator('.ant-select-tree-node-content-wrapper', { hasText: '心血管内科' })
      .first()
      .click();
    await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
    if (large) await screenshot(page, 'story-doctor-start');
    await page.getByRole('button', { name: '提 交' }).last().click();
    await page.waitForURL('**/workflow/instances/**');
    const timeline = page.getByTestId('history-timeline');
    for (const text of waitsOn) await expect.poll(() => timeline.textContent()).toContain(text);
    await waitForData(page);
    await screenshot(page, large ? 'story-doctor-routed-large' : 'story-doctor-routed-small');
  }
});
