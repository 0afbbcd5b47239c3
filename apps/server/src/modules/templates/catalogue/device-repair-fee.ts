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

/** 医疗设备维修费用申请: 科室负责人 → 设备科; over 10,000 the 分管院领导; then 财务. */
export const deviceRepairFee = defineTemplate({
  key: 'device_repair_fee',
  name: '医疗设备维修费用申请',
  category: templateCategories.procurement,
  description:
    '医疗设备外修、更换配件产生的费用：设备科确认故障与报价，1 万元以上分管院领导审批，财务备案。',
  fields: [
    ...applicantHeader(),
    half('deviceName', '设备名称', 'text', { required: true, maxLength: 100 }),
    half('assetNo', '资产编号', 'text', { required: true, maxLength: 40 }),
    half('model', '品牌型号', 'text', { maxLength: 60 }),
    half('purchaseDate', '购置日期', 'date'),
    choice('warranty', '保修状态', ['保修期内', '已过保修期', '有维保合同'], { required: true }),
    choice('repairer', '维修方式', ['原厂维修', '第三方维修', '院内自修'], { required: true }),
    longText('fault', '故障情况', { required: true, maxLength: 500 }),
    money('quote', '维修报价（元）', { required: true }),
    half('quoteFrom', '报价单位', 'text', { maxLength: 100 }),
    longText('opinion', '设备科意见', { maxLength: 500, help: '由设备科填写' }),
    attachments('报价单及故障照片'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead(),
      byRole('equipment', '设备科审核', 'equipment_manager', {
        fieldPermissions: { opinion: 'editable', quote: 'editable' },
      }),
      gateway('amount_check', 'exclusive', '费用判断'),
      supervisingLeader('vp', '分管院领导审批'),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('amount_join', 'join', '汇合'),
      byRole('finance', '财务审核', 'finance_reviewer'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'equipment'),
      edge('equipment', 'amount_check'),
      edge('amount_check', 'vp', 'quote > 10000'),
      otherwise('amount_check', 'amount_join'),
      edge('vp', 'amount_join'),
      edge('amount_join', 'finance'),
      edge('finance', 'end'),
    ],
  },
  example: {
    deviceName: '彩色多普勒超声诊断仪',
    assetNo: 'ZC-2019-00872',
    model: 'GE Vivid E95',
    warranty: '已过保修期',
    repairer: '原厂维修',
    fault: '探头晶片损坏，图像出现竖条伪影',
    quote: 36000,
    quoteFrom: 'GE 医疗华东服务中心',
  },
});
