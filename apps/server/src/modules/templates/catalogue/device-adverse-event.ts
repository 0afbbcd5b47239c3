import { templateCategories } from './categories.ts';
import { defineTemplate, section } from './define.ts';
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

/**
 * 医疗器械不良事件报告表: 科室负责人 → 设备科 (who reports to the national
 * monitoring system); serious injuries and deaths also go to the 分管院领导.
 */
export const deviceAdverseEvent = defineTemplate({
  key: 'device_adverse_event',
  name: '医疗器械不良事件报告表',
  category: templateCategories.safety,
  description:
    '可疑医疗器械不良事件上报：设备科核实并向国家监测系统报告，严重伤害或死亡事件报分管院领导。',
  fields: [
    ...applicantHeader('报告人'),
    section('device', '器械信息'),
    half('deviceName', '器械名称', 'text', { required: true, maxLength: 100 }),
    half('registrationNo', '注册证号', 'text', { maxLength: 60 }),
    half('model', '型号规格', 'text', { maxLength: 60 }),
    half('batchNo', '产品批号/编号', 'text', { maxLength: 60 }),
    half('manufacturer', '生产企业', 'text', { maxLength: 100, span: 4 }),
    section('event', '事件情况'),
    half('occurredOn', '事件发生日期', 'date', { required: true }),
    half('noticedOn', '发现或获知日期', 'date', { required: true }),
    choice('harm', '伤害程度', ['死亡', '严重伤害', '其他'], {
      required: true,
      help: '严重伤害：危及生命、导致机体功能永久性伤害或需医疗措施避免上述情况',
    }),
    choice('deviceState', '器械当前状态', ['已封存', '已退回厂家', '仍在使用', '已销毁'], {
      required: true,
    }),
    longText('description', '事件陈述', {
      required: true,
      help: '器械使用目的、使用过程、不良事件表现及对患者的影响',
    }),
    longText('handling', '处理情况', { required: true }),
    half('reportNo', '国家监测系统报告编号', 'text', {
      maxLength: 40,
      help: '由设备科填写',
      span: 4,
    }),
    attachments('相关材料', '器械照片、标签、使用记录'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead(),
      byRole('equipment', '设备科核实上报', 'equipment_manager', {
        fieldPermissions: { reportNo: 'editable' },
        hint: '导致死亡的事件 7 日内、导致或可能导致严重伤害的事件 20 日内向国家医疗器械不良事件监测系统报告，并填写报告编号。',
      }),
      gateway('harm_check', 'exclusive', '伤害程度判断'),
      supervisingLeader('vp', '分管院领导审阅'),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('harm_join', 'join', '汇合'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'equipment'),
      edge('equipment', 'harm_check'),
      edge('harm_check', 'vp', 'harm in ["死亡", "严重伤害"]'),
      otherwise('harm_check', 'harm_join'),
      edge('vp', 'harm_join'),
      edge('harm_join', 'end'),
    ],
  },
  example: {
    deviceName: '一次性使用输液器',
    model: '带针 0.7mm',
    batchNo: '20260812',
    manufacturer: '某医用制品有限公司',
    occurredOn: '2026-11-18',
    noticedOn: '2026-11-18',
    harm: '其他',
    deviceState: '已封存',
    description: '输液过程中滴斗与管路连接处渗漏，及时发现更换，未对患者造成伤害',
    handling: '立即更换输液器，同批号产品封存待查',
  },
});
