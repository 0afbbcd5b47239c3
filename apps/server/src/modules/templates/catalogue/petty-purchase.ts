import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, choice, longText, money } from './fields.ts';
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

/**
 * 零星采购（5万元内）采购申请: amounts over 50,000 are refused by the form (they
 * go through 项目采购论证); 科室负责人 → 采购审核; over 10,000 the 分管院领导.
 */
export const pettyPurchase = defineTemplate({
  key: 'petty_purchase',
  name: '零星采购（5万元内）采购申请',
  category: templateCategories.procurement,
  description: '5 万元以内的零星物资、服务采购：采购中心审核，1 万元以上由分管院领导审批。',
  fields: [
    ...applicantHeader(),
    choice('kind', '采购类别', ['办公用品', '低值耗材', '小型设备', '维修配件', '服务类', '其他'], {
      required: true,
    }),
    choice('method', '采购方式', ['询价', '网上商城', '定点采购', '单一来源'], {
      required: true,
      default: { value: '询价' },
    }),
    {
      key: 'items',
      label: '采购明细',
      type: 'table',
      required: true,
      minRows: 1,
      maxRows: 50,
      span: 4,
      columns: [
        { key: 'name', label: '品名', type: 'text', maxLength: 60, required: true },
        { key: 'spec', label: '规格型号', type: 'text', maxLength: 60 },
        { key: 'unit', label: '单位', type: 'text', maxLength: 10 },
        { key: 'quantity', label: '数量', type: 'number', min: 1, required: true },
        { key: 'price', label: '预估单价（元）', type: 'money', min: 0, required: true },
        { key: 'subtotal', label: '小计（元）', type: 'formula', formula: 'quantity * price' },
      ],
    },
    {
      key: 'itemsTotal',
      label: '明细合计（元）',
      type: 'formula',
      formula: 'sum(items.subtotal)',
      span: 2,
    },
    money('amount', '申请采购金额（元）', {
      required: true,
      min: 0.01,
      max: 50000,
      help: '零星采购限 5 万元以内，超过请走“项目采购论证”',
    }),
    longText('reason', '采购理由', { required: true, maxLength: 500 }),
  ],
  flow: {
    nodes: [
      start,
      departmentHead(),
      byRole('procurement', '采购中心审核', 'procurement_reviewer'),
      gateway('amount_check', 'exclusive', '金额判断'),
      supervisingLeader('vp', '分管院领导审批'),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('amount_join', 'join', '汇合'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'procurement'),
      edge('procurement', 'amount_check'),
      edge('amount_check', 'vp', 'amount > 10000'),
      otherwise('amount_check', 'amount_join'),
      edge('vp', 'amount_join'),
      edge('amount_join', 'end'),
    ],
  },
  example: {
    kind: '小型设备',
    method: '询价',
    items: [
      { name: '心电监护仪导联线', spec: '5 导联', unit: '根', quantity: 20, price: 380 },
      { name: '血压计袖带', spec: '成人', unit: '个', quantity: 30, price: 120 },
    ],
    amount: 11200,
    reason: '病区导联线、袖带老化破损，影响监护',
  },
});
