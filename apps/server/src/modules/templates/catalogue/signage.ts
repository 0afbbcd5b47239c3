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

/** 标识宣传制作申请: 科室负责人 → 党办宣传审核 → 采购; over 5,000 the 分管院领导 first. */
export const signage = defineTemplate({
  key: 'signage',
  name: '标识宣传制作申请',
  category: templateCategories.party,
  description:
    '科室标识标牌、宣传展板、横幅等制作：党办审核内容与版式，采购中心统一制作，5000 元以上报分管院领导。',
  fields: [
    ...applicantHeader(),
    choice('kind', '制作类别', ['标识标牌', '宣传展板', '横幅', '宣传折页', '易拉宝', '其他'], {
      required: true,
    }),
    half('location', '安装/使用地点', 'text', { maxLength: 100 }),
    {
      key: 'items',
      label: '制作明细',
      type: 'table',
      required: true,
      minRows: 1,
      maxRows: 30,
      span: 4,
      columns: [
        { key: 'content', label: '内容', type: 'text', maxLength: 100, required: true },
        { key: 'size', label: '尺寸（cm）', type: 'text', maxLength: 30 },
        { key: 'material', label: '材质', type: 'text', maxLength: 30 },
        { key: 'quantity', label: '数量', type: 'number', min: 1, required: true },
        { key: 'price', label: '预估单价（元）', type: 'money', min: 0 },
        { key: 'subtotal', label: '小计（元）', type: 'formula', formula: 'quantity * price' },
      ],
    },
    {
      key: 'total',
      label: '预估合计（元）',
      type: 'formula',
      formula: 'sum(items.subtotal)',
      span: 2,
    },
    money('budgetLimit', '经费来源预算余额（元）'),
    longText('purpose', '制作用途', { required: true, maxLength: 500 }),
    attachments('设计稿'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead(),
      byRole('publicity', '党办宣传审核', 'party_office_director'),
      gateway('amount_check', 'exclusive', '金额判断'),
      supervisingLeader(),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('amount_join', 'join', '汇合'),
      byRole('procurement', '采购中心制作', 'procurement_reviewer'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'publicity'),
      edge('publicity', 'amount_check'),
      edge('amount_check', 'vp', 'total > 5000'),
      otherwise('amount_check', 'amount_join'),
      edge('vp', 'amount_join'),
      edge('amount_join', 'procurement'),
      edge('procurement', 'end'),
    ],
  },
  example: {
    kind: '宣传展板',
    location: '门诊二楼心内科候诊区',
    items: [
      { content: '高血压防治知识', size: '120×90', material: 'KT 板', quantity: 4, price: 180 },
      { content: '胸痛识别与急救', size: '120×90', material: 'KT 板', quantity: 2, price: 180 },
    ],
    purpose: '候诊区健康宣教',
  },
});
