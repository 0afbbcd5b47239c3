import { templateCategories } from './categories.ts';
import { defineTemplate, section } from './define.ts';
import { applicantHeader, attachments, choice, half, longText, money } from './fields.ts';
import { byRole, departmentHead, edge, end, start, supervisingLeader } from './flow.ts';

/** 首次引进材料申请: 科室负责人; 采购 and 财务 in parallel; 分管院领导. */
export const firstMaterial = defineTemplate({
  key: 'first_material',
  name: '首次引进材料申请',
  category: templateCategories.procurement,
  description: '医用耗材、试剂首次进院：填写产品资质与价格，采购中心与财务并行审核后报分管院领导。',
  fields: [
    ...applicantHeader(),
    section('product', '产品信息'),
    half('materialName', '材料名称', 'text', { required: true, maxLength: 100 }),
    half('spec', '规格型号', 'text', { required: true, maxLength: 60 }),
    half('manufacturer', '生产厂家', 'text', { required: true, maxLength: 100 }),
    half('registrationNo', '注册证号', 'text', { required: true, maxLength: 60 }),
    choice('category', '材料类别', ['高值耗材', '低值耗材', '检验试剂', '植入类', '其他'], {
      required: true,
    }),
    money('price', '单价（元）', { required: true }),
    half('annualUse', '预计年用量', 'number', { required: true, min: 1 }),
    {
      key: 'annualCost',
      label: '预计年费用（元）',
      type: 'formula',
      formula: 'price * annualUse',
      span: 2,
    },
    choice('charge', '是否可收费', ['可单独收费', '不可单独收费'], { required: true }),
    half('replaces', '替代的在用材料', 'text', { maxLength: 100 }),
    longText('reason', '引进理由', { required: true, help: '临床需求、与在用产品的对比优势' }),
    attachments('资质证明', '注册证、生产/经营许可证、授权书、检测报告'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead(),
      { id: 'split', type: 'parallel', name: '职能审核' },
      byRole('procurement', '采购中心资质审核', 'procurement_reviewer'),
      byRole('finance', '财务价格审核', 'finance_reviewer'),
      { id: 'join', type: 'join', name: '审核汇合' },
      supervisingLeader('vp', '分管院领导审批'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'split'),
      edge('split', 'procurement'),
      edge('split', 'finance'),
      edge('procurement', 'join'),
      edge('finance', 'join'),
      edge('join', 'vp'),
      edge('vp', 'end'),
    ],
  },
  example: {
    materialName: '药物涂层冠脉球囊',
    spec: '2.5×20mm',
    manufacturer: '江苏某医疗科技有限公司',
    registrationNo: '国械注准20233030000',
    category: '高值耗材',
    price: 5800,
    annualUse: 60,
    charge: '可单独收费',
    reason: '用于支架内再狭窄治疗，可减少再次植入支架',
  },
});
