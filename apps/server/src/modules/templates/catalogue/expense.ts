import { templateCategories } from './categories.ts';
import { budgetFields, expenseItems, itemsTotal, receiptsTotal } from './budget-fields.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, attachments, choice, half, longText } from './fields.ts';
import {
  byRole,
  departmentHead,
  edge,
  end,
  gateway,
  otherwise,
  start,
  supervisingLeader,
  approve,
} from './flow.ts';

/**
 * 费用报销审批（关联预算）: 科室负责人, then the budget check — over what is left
 * of the budget, the 分管院领导 and the 院长 decide; otherwise over 5,000 the
 * 分管院领导 — and finally 财务审核.
 */
export const expense = defineTemplate({
  key: 'expense',
  name: '费用报销审批（关联预算）',
  category: templateCategories.finance,
  description:
    '日常费用报销，关联科室预算：超预算余额需分管院领导及院长审批，5000 元以上需分管院领导审批。',
  fields: [
    ...applicantHeader(),
    ...budgetFields(),
    choice('payment', '支付方式', ['公务卡', '银行转账', '冲借款'], {
      required: true,
      default: { value: '银行转账' },
    }),
    half('payee', '收款人/单位', 'text', { maxLength: 100, help: '银行转账时填写' }),
    expenseItems(['办公用品', '印刷费', '邮电费', '会议费', '培训费', '维修费', '其他']),
    itemsTotal(),
    receiptsTotal(),
    longText('reason', '报销事由', { required: true, maxLength: 500 }),
    attachments('票据及附件', '发票、付款凭证、验收单等的扫描件或照片'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead(),
      gateway('budget_check', 'exclusive', '预算余额判断'),
      supervisingLeader('over_vp', '超预算分管院领导审批'),
      approve('over_president', '超预算院长审批', { role: 'president' }, { ifEmpty: 'admin' }),
      gateway('amount_check', 'exclusive', '金额判断'),
      supervisingLeader('vp', '分管院领导审批'),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('amount_join', 'join', '汇合'),
      gateway('budget_join', 'join', '汇合'),
      byRole('finance', '财务审核', 'finance_reviewer', {
        hint: '核对票据真实性、报销标准与预算科目；超标准部分不予报销。',
      }),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'budget_check'),
      edge('budget_check', 'over_vp', 'total > budgetRemaining'),
      otherwise('budget_check', 'amount_check'),
      edge('over_vp', 'over_president'),
      edge('over_president', 'budget_join'),
      edge('amount_check', 'vp', 'total > 5000'),
      otherwise('amount_check', 'amount_join'),
      edge('vp', 'amount_join'),
      edge('amount_join', 'budget_join'),
      edge('budget_join', 'finance'),
      edge('finance', 'end'),
    ],
  },
  example: {
    budgetCode: 'YS2026-C01-01',
    budgetName: '心血管内科办公经费',
    budgetTotal: 80000,
    budgetRemaining: 3000,
    payment: '银行转账',
    items: [
      {
        date: '2026-11-02',
        kind: '办公用品',
        summary: '打印纸、墨盒',
        receipts: 2,
        amount: 1280.5,
      },
      {
        date: '2026-11-10',
        kind: '印刷费',
        summary: '健康宣教手册印刷',
        receipts: 1,
        amount: 3200,
      },
    ],
    reason: '科室 11 月办公用品及宣教资料印刷费用报销',
  },
});
