import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, attachments, choice, half, longText, money } from './fields.ts';
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

/** 公务接待申请: 科室负责人; over 3,000 or more than 10 guests the 分管院领导; 财务备案. */
export const reception = defineTemplate({
  key: 'reception',
  name: '公务接待申请',
  category: templateCategories.office,
  description: '上级检查、兄弟单位交流等公务接待：按接待人数和标准测算费用，超标准报分管院领导。',
  fields: [
    ...applicantHeader('经办人'),
    half('guestUnit', '来访单位', 'text', { required: true, maxLength: 100 }),
    half('guestLeader', '带队领导及职务', 'text', { maxLength: 60 }),
    half('guests', '来访人数', 'number', { required: true, min: 1, max: 200 }),
    half('hosts', '陪同人数', 'number', { required: true, min: 0, max: 50, default: { value: 2 } }),
    half('visitDate', '接待日期', 'date', { required: true }),
    choice('meals', '用餐安排', ['不安排', '工作餐'], {
      required: true,
      default: { value: '工作餐' },
    }),
    money('standard', '用餐标准（元/人）', { max: 160, help: '按规定工作餐不超过 160 元/人' }),
    {
      key: 'estimate',
      label: '预计费用（元）',
      type: 'formula',
      formula: 'if(meals == "工作餐", (guests + hosts) * standard, 0)',
      span: 2,
    },
    longText('purpose', '接待事由', { required: true, maxLength: 500 }),
    attachments('来访函件'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead(),
      gateway('scale_check', 'exclusive', '接待规模判断'),
      supervisingLeader(),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('scale_join', 'join', '汇合'),
      byRole('finance', '财务备案', 'finance_reviewer'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'scale_check'),
      edge('scale_check', 'vp', 'estimate > 3000 || guests > 10'),
      otherwise('scale_check', 'scale_join'),
      edge('vp', 'scale_join'),
      edge('scale_join', 'finance'),
      edge('finance', 'end'),
    ],
  },
  example: {
    guestUnit: '江州市卫生健康委员会医政科',
    guestLeader: '李科长',
    guests: 4,
    hosts: 2,
    visitDate: '2026-12-03',
    meals: '工作餐',
    standard: 120,
    purpose: '胸痛中心建设专项督导',
  },
});
