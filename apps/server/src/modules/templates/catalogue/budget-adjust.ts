import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, half, longText, money } from './fields.ts';
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

/** 科室预算调整申请表: 科室负责人 → 财务 → 分管院领导; over 100,000 also the 院长. */
export const budgetAdjust = defineTemplate({
  key: 'budget_adjust',
  name: '科室预算调整申请表',
  category: templateCategories.finance,
  description:
    '年度预算执行中调增、调减或项目间调剂：财务审核、分管院领导审批，10 万元以上报院长。',
  fields: [
    ...applicantHeader(),
    half('budgetCode', '调整预算编号', 'text', {
      required: true,
      maxLength: 40,
      lookup: {
        source: 'budget',
        fill: { budgetName: 'name', budgetTotal: 'total', budgetUsed: 'used' },
      },
    }),
    half('budgetName', '预算名称', 'text', { maxLength: 100 }),
    money('budgetTotal', '原预算金额（元）'),
    money('budgetUsed', '已执行金额（元）'),
    half('direction', '调整方式', 'select', {
      required: true,
      options: ['调增', '调减', '项目间调剂'],
    }),
    money('adjustment', '调整金额（元）', { required: true, min: 0.01 }),
    {
      key: 'afterAdjust',
      label: '调整后预算（元）',
      type: 'formula',
      formula: 'if(direction == "调减", budgetTotal - adjustment, budgetTotal + adjustment)',
      span: 2,
      help: '项目间调剂按调入方计算',
    },
    half('targetCode', '调剂对方预算编号', 'text', { maxLength: 40, help: '仅项目间调剂填写' }),
    longText('reason', '调整原因及测算依据', { required: true, maxLength: 1000 }),
  ],
  flow: {
    nodes: [
      start,
      departmentHead(),
      byRole('finance', '财务审核', 'finance_reviewer'),
      supervisingLeader('vp', '分管院领导审批'),
      gateway('amount_check', 'exclusive', '调整金额判断'),
      approve('president', '院长审批', { role: 'president' }, { ifEmpty: 'admin' }),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('amount_join', 'join', '汇合'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'finance'),
      edge('finance', 'vp'),
      edge('vp', 'amount_check'),
      edge('amount_check', 'president', 'adjustment > 100000'),
      otherwise('amount_check', 'amount_join'),
      edge('president', 'amount_join'),
      edge('amount_join', 'end'),
    ],
  },
  example: {
    budgetCode: 'YS2026-C01-03',
    budgetName: '心血管内科培训及会议费',
    budgetTotal: 50000,
    budgetUsed: 42000,
    direction: '调增',
    adjustment: 120000,
    reason: '承办省级心血管介入培训班，会议场地及专家费用超出原预算',
  },
});
