import { templateCategories } from './categories.ts';
import { budgetFields, expenseItems, itemsTotal, receiptsTotal } from './budget-fields.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, attachments, half, longText } from './fields.ts';
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

/**
 * 科研费用报销流程: 项目负责人所在科室负责人, over the project's remaining budget
 * the 分管院领导; 财务审核; over 50,000 the 院长 signs last.
 */
export const researchExpense = defineTemplate({
  key: 'research_expense',
  name: '科研费用报销流程',
  category: templateCategories.research,
  description: '科研项目经费报销：关联项目预算，超出余额需分管院领导审批，5 万元以上院长审批。',
  fields: [
    ...applicantHeader('报销人'),
    half('project', '项目名称', 'text', { required: true, maxLength: 100 }),
    half('projectNo', '项目编号', 'text', { required: true, maxLength: 40 }),
    half('leader', '项目负责人', 'person', { required: true, default: { expr: 'initiator.id' } }),
    half('fundSource', '经费来源', 'select', {
      required: true,
      options: ['国家级', '省部级', '市厅级', '院级', '横向课题'],
    }),
    ...budgetFields(),
    expenseItems([
      '设备费',
      '材料费',
      '测试化验加工费',
      '会议费',
      '出版/文献/知识产权费',
      '劳务费',
      '专家咨询费',
      '其他',
    ]),
    itemsTotal(),
    receiptsTotal(),
    longText('reason', '支出说明', { required: true, maxLength: 500 }),
    attachments('票据及附件', '发票、合同、验收单；劳务费附签收表'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead('dept_head', '科室负责人审核'),
      gateway('budget_check', 'exclusive', '项目余额判断'),
      supervisingLeader('over_vp', '超预算分管院领导审批'),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('budget_join', 'join', '汇合'),
      byRole('finance', '财务审核', 'finance_reviewer'),
      gateway('amount_check', 'exclusive', '金额判断'),
      approve('president', '院长审批', { role: 'president' }, { ifEmpty: 'admin' }),
      gateway('amount_join', 'join', '汇合'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'budget_check'),
      edge('budget_check', 'over_vp', 'total > budgetRemaining'),
      otherwise('budget_check', 'budget_join'),
      edge('over_vp', 'budget_join'),
      edge('budget_join', 'finance'),
      edge('finance', 'amount_check'),
      edge('amount_check', 'president', 'total > 50000'),
      otherwise('amount_check', 'amount_join'),
      edge('president', 'amount_join'),
      edge('amount_join', 'end'),
    ],
  },
  example: {
    project: '急性心梗患者早期心脏康复干预研究',
    projectNo: 'JZKJ2025-018',
    fundSource: '市厅级',
    budgetCode: 'YS2026-C01-05',
    budgetName: '心血管内科科研专项经费',
    budgetTotal: 300000,
    budgetRemaining: 120000,
    items: [
      { date: '2026-11-05', kind: '材料费', summary: '试剂盒', receipts: 1, amount: 8600 },
      { date: '2026-11-12', kind: '专家咨询费', summary: '方案论证', receipts: 1, amount: 2000 },
    ],
    reason: '课题中期实验材料及专家咨询费用',
  },
});
