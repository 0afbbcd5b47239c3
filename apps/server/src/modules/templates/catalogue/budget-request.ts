import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, attachments, half, longText } from './fields.ts';
import { approve, byRole, chain, departmentHead, supervisingLeader } from './flow.ts';

/** 各部门预算申请提交: 科室负责人 → 财务（预算汇总）→ 分管院领导 → 院长. */
export const budgetRequest = defineTemplate({
  key: 'budget_request',
  name: '各部门预算申请提交',
  category: templateCategories.finance,
  description:
    '编制下一年度部门预算：逐项填写预算项目与测算依据，财务汇总审核后报分管院领导、院长审批。',
  fields: [
    ...applicantHeader('编制人'),
    half('year', '预算年度', 'number', { required: true, min: 2020, max: 2100 }),
    half('kind', '预算类型', 'select', {
      required: true,
      options: ['年度预算', '追加预算'],
      default: { value: '年度预算' },
    }),
    {
      key: 'lines',
      label: '预算明细',
      type: 'table',
      required: true,
      minRows: 1,
      maxRows: 100,
      span: 4,
      columns: [
        { key: 'item', label: '预算项目', type: 'text', maxLength: 60, required: true },
        {
          key: 'economy',
          label: '经济分类',
          type: 'select',
          required: true,
          options: [
            '办公费',
            '差旅费',
            '培训费',
            '会议费',
            '维修费',
            '专用材料费',
            '设备购置',
            '其他',
          ],
        },
        { key: 'quantity', label: '数量', type: 'number', min: 0 },
        { key: 'price', label: '单价（元）', type: 'money', min: 0 },
        { key: 'amount', label: '金额（元）', type: 'formula', formula: 'quantity * price' },
        { key: 'basis', label: '测算依据', type: 'text', maxLength: 200 },
      ],
    },
    {
      key: 'total',
      label: '预算合计（元）',
      type: 'formula',
      formula: 'sum(lines.amount)',
      span: 2,
    },
    { key: 'lineCount', label: '预算项目数', type: 'formula', formula: 'count(lines)', span: 2 },
    longText('remark', '编制说明', { maxLength: 1000 }),
    attachments('测算附件'),
  ],
  flow: chain([
    departmentHead(),
    byRole('finance', '财务汇总审核', 'finance_reviewer'),
    supervisingLeader('vp', '分管院领导审批'),
    approve('president', '院长审批', { role: 'president' }, { ifEmpty: 'admin' }),
  ]),
  example: {
    year: 2027,
    lines: [
      { item: '科室日常办公', economy: '办公费', quantity: 12, price: 5000, basis: '按月测算' },
      { item: '进修学习', economy: '培训费', quantity: 3, price: 15000, basis: '3 人次外出进修' },
    ],
    remark: '结合 2026 年执行情况编制',
  },
});
