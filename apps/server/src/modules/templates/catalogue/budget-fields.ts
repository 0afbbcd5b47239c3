import type { TemplateField } from '../template.types.ts';
import { half, money } from './fields.ts';

/**
 * 预算编号 with the budget lookup: choosing a code fills the budget's name and
 * what is left of it, which the routing compares with the amount claimed.
 */
export const budgetFields = (): TemplateField[] => [
  half('budgetCode', '预算编号', 'text', {
    required: true,
    maxLength: 40,
    placeholder: '输入编号、名称或拼音检索',
    lookup: {
      source: 'budget',
      fill: { budgetName: 'name', budgetTotal: 'total', budgetRemaining: 'remaining' },
    },
    help: '选择预算后自动带出预算名称与可用余额',
  }),
  half('budgetName', '预算名称', 'text', { maxLength: 100 }),
  money('budgetTotal', '预算总额'),
  money('budgetRemaining', '预算可用余额', {
    help: '超出余额的报销需分管院领导和院长审批',
  }),
];

/** 报销明细 rows: date, kind, what for, amount; with the number of receipts. */
export const expenseItems = (kinds: string[]): TemplateField => ({
  key: 'items',
  label: '报销明细',
  type: 'table',
  required: true,
  minRows: 1,
  maxRows: 50,
  span: 4,
  columns: [
    { key: 'date', label: '发生日期', type: 'date', required: true },
    { key: 'kind', label: '费用类别', type: 'select', options: kinds, required: true },
    { key: 'summary', label: '摘要', type: 'text', maxLength: 100, required: true },
    { key: 'receipts', label: '票据张数', type: 'number', min: 0, max: 100 },
    { key: 'amount', label: '金额（元）', type: 'money', min: 0, required: true },
  ],
});

/** 票据张数合计: what the cashier counts against the receipts handed in. */
export const receiptsTotal = (): TemplateField => ({
  key: 'receiptsTotal',
  label: '票据张数合计',
  type: 'formula',
  formula: 'sum(items.receipts)',
  span: 2,
});

/** 报销合计: the sum of the rows, in yuan. */
export const itemsTotal = (label = '报销合计（元）'): TemplateField => ({
  key: 'total',
  label,
  type: 'formula',
  formula: 'sum(items.amount)',
  span: 2,
});
