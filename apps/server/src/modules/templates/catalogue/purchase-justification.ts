import { templateCategories } from './categories.ts';
import { defineTemplate, section } from './define.ts';
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

/**
 * 项目采购论证: 科室负责人, then 采购、财务、设备 countersign in parallel, then
 * the 分管院领导; over 500,000 the 院长 as well (三重一大 before that, offline).
 */
export const purchaseJustification = defineTemplate({
  key: 'purchase_justification',
  name: '项目采购论证',
  category: templateCategories.procurement,
  description:
    '5 万元以上采购项目的必要性与可行性论证：采购、财务、设备部门并行会签，50 万元以上报院长。',
  fields: [
    ...applicantHeader(),
    half('project', '项目名称', 'text', { required: true, maxLength: 100, span: 4 }),
    choice('kind', '项目类别', ['医疗设备', '信息化', '基建修缮', '服务外包', '其他'], {
      required: true,
    }),
    money('budget', '项目预算（元）', { required: true, min: 50000 }),
    choice('funding', '资金来源', ['财政资金', '自有资金', '科研经费', '专项资金'], {
      required: true,
    }),
    choice(
      'method',
      '拟采购方式',
      ['公开招标', '邀请招标', '竞争性谈判', '竞争性磋商', '单一来源'],
      {
        required: true,
      },
    ),
    section('justification', '论证内容'),
    longText('necessity', '必要性分析', {
      required: true,
      help: '现状、需求量、对临床/管理的作用',
    }),
    longText('feasibility', '可行性分析', {
      required: true,
      help: '场地、人员、配套条件、效益测算',
    }),
    longText('market', '市场调研情况', { help: '至少三家品牌或供应商的比较' }),
    attachments('论证材料', '市场调研报告、报价单、技术参数'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead(),
      { id: 'split', type: 'parallel', name: '职能部门会签' },
      byRole('procurement', '采购中心论证', 'procurement_reviewer'),
      byRole('finance', '财务论证', 'finance_reviewer'),
      byRole('equipment', '设备科论证', 'equipment_manager'),
      { id: 'join', type: 'join', name: '会签汇合' },
      supervisingLeader('vp', '分管院领导审批'),
      gateway('amount_check', 'exclusive', '金额判断'),
      approve('president', '院长审批', { role: 'president' }, { ifEmpty: 'admin' }),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('amount_join', 'join', '汇合'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'split'),
      edge('split', 'procurement'),
      edge('split', 'finance'),
      edge('split', 'equipment'),
      edge('procurement', 'join'),
      edge('finance', 'join'),
      edge('equipment', 'join'),
      edge('join', 'vp'),
      edge('vp', 'amount_check'),
      edge('amount_check', 'president', 'budget > 500000'),
      otherwise('amount_check', 'amount_join'),
      edge('president', 'amount_join'),
      edge('amount_join', 'end'),
    ],
  },
  example: {
    project: '心血管内科动态心电图分析系统采购',
    kind: '医疗设备',
    budget: 680000,
    funding: '自有资金',
    method: '公开招标',
    necessity: '现有 2 台设备已使用 9 年，故障频繁，检查预约已排至 2 周后',
    feasibility: '场地、人员已具备，预计年检查量 6000 例，3 年收回成本',
  },
});
