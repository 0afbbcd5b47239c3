import { templateCategories } from './categories.ts';
import { budgetFields } from './budget-fields.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, attachments, choice, half, longText, money } from './fields.ts';
import {
  approve,
  byRole,
  departmentHead,
  edge,
  end,
  gateway,
  otherwise,
  start,
  supervisingLeader,
} from './flow.ts';
import type { TemplateField } from '../template.types.ts';

/** 行程明细: each leg with transport, lodging and allowance; the row total is a formula. */
export const travelLegs: TemplateField = {
  key: 'legs',
  label: '行程及费用明细',
  type: 'table',
  required: true,
  minRows: 1,
  maxRows: 30,
  span: 4,
  columns: [
    { key: 'from', label: '出发日期', type: 'date', required: true },
    { key: 'to', label: '返回日期', type: 'date', required: true },
    { key: 'route', label: '起止地点', type: 'text', maxLength: 60, required: true },
    { key: 'transport', default: { value: 0 }, label: '交通费', type: 'money', min: 0 },
    { key: 'lodging', default: { value: 0 }, label: '住宿费', type: 'money', min: 0 },
    { key: 'allowance', default: { value: 0 }, label: '伙食及交通补助', type: 'money', min: 0 },
    { key: 'other', default: { value: 0 }, label: '其他费用', type: 'money', min: 0 },
    {
      key: 'subtotal',
      label: '小计',
      type: 'formula',
      formula: 'transport + lodging + allowance + other',
    },
  ],
};

/**
 * 差旅费报销审批: 科室负责人; over the budget's remaining amount the 分管院领导
 * and 院长; otherwise over 5,000 the 分管院领导; then 财务审核.
 */
export const travelExpense = defineTemplate({
  key: 'travel_expense',
  name: '差旅费报销审批',
  category: templateCategories.finance,
  description: '出差费用报销，按行程填写交通、住宿、补助，关联差旅预算并按金额分级审批。',
  fields: [
    ...applicantHeader('报销人'),
    half('trip', '出差事由', 'text', { required: true, maxLength: 100, span: 4 }),
    half('companions', '同行人员', 'person', { multiple: true }),
    half('approvalNo', '出差审批单号', 'text', { maxLength: 30 }),
    ...budgetFields(),
    travelLegs,
    {
      key: 'total',
      label: '报销合计（元）',
      type: 'formula',
      formula: 'sum(legs.subtotal)',
      span: 2,
    },
    money('advance', '已借款（元）', { default: { value: 0 } }),
    {
      key: 'payable',
      label: '应付/退还（元）',
      type: 'formula',
      formula: 'total - advance',
      span: 2,
      help: '负数表示应退还借款',
    },
    choice('payment', '支付方式', ['公务卡', '银行转账', '冲借款'], {
      required: true,
      default: { value: '公务卡' },
    }),
    longText('remark', '备注', { maxLength: 500 }),
    attachments('票据及附件', '车船机票、住宿发票及会议通知等'),
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
    trip: '参加中华医学会心血管病学分会年会',
    budgetCode: 'YS2026-C01-02',
    budgetName: '心血管内科差旅费',
    budgetTotal: 90000,
    budgetRemaining: 45000,
    legs: [
      {
        from: '2026-10-15',
        to: '2026-10-18',
        route: '江州—北京—江州',
        transport: 1860,
        lodging: 1500,
        allowance: 400,
        other: 0,
      },
    ],
    advance: 0,
  },
});
