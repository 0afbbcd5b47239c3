import { templateCategories } from './categories.ts';
import { budgetFields } from './budget-fields.ts';
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
} from './flow.ts';
import { travelLegs } from './travel-expense.ts';

/** 科研差旅报销流程: 科室负责人, over 10,000 or the project's remaining budget the 分管院领导, then 财务. */
export const researchTravel = defineTemplate({
  key: 'research_travel',
  name: '科研差旅报销流程',
  category: templateCategories.research,
  description: '科研项目出差费用报销，从项目经费列支：超 1 万元或超项目余额由分管院领导审批。',
  fields: [
    ...applicantHeader('报销人'),
    half('project', '项目名称', 'text', { required: true, maxLength: 100 }),
    half('projectNo', '项目编号', 'text', { required: true, maxLength: 40 }),
    half('trip', '出差事由', 'text', { required: true, maxLength: 100, span: 4 }),
    ...budgetFields(),
    travelLegs,
    {
      key: 'total',
      label: '报销合计（元）',
      type: 'formula',
      formula: 'sum(legs.subtotal)',
      span: 2,
    },
    choice('payment', '支付方式', ['公务卡', '银行转账'], {
      required: true,
      default: { value: '公务卡' },
    }),
    longText('remark', '备注', { maxLength: 500 }),
    attachments('票据及附件'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead(),
      gateway('check', 'exclusive', '金额及余额判断'),
      supervisingLeader('vp', '分管院领导审批'),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('check_join', 'join', '汇合'),
      byRole('finance', '财务审核', 'finance_reviewer'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'check'),
      edge('check', 'vp', 'total > 10000 || total > budgetRemaining'),
      otherwise('check', 'check_join'),
      edge('vp', 'check_join'),
      edge('check_join', 'finance'),
      edge('finance', 'end'),
    ],
  },
  example: {
    project: '急性心梗患者早期心脏康复干预研究',
    projectNo: 'JZKJ2025-018',
    trip: '赴上海参加课题协作单位数据核查会',
    budgetCode: 'YS2026-C01-05',
    budgetName: '心血管内科科研专项经费',
    budgetTotal: 300000,
    budgetRemaining: 120000,
    legs: [
      {
        from: '2026-09-20',
        to: '2026-09-21',
        route: '江州—上海—江州',
        transport: 720,
        lodging: 600,
        allowance: 200,
        other: 0,
      },
    ],
  },
});
