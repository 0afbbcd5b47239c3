import { templateCategories } from './categories.ts';
import { defineTemplate, section } from './define.ts';
import { applicantHeader, attachments, choice, half, longText } from './fields.ts';
import {
  approve,
  departmentHead,
  edge,
  end,
  gateway,
  otherwise,
  start,
  supervisingLeader,
} from './flow.ts';

/**
 * 医疗安全（不良）事件报告表, routed by severity: Ⅰ/Ⅱ级 (警讯、不良后果) go to
 * the 分管院领导 and the 院长; Ⅲ级 to the 分管院领导; Ⅳ级 (隐患) end with the
 * 科室负责人, who also writes the cause analysis.
 */
export const adverseEvent = defineTemplate({
  key: 'adverse_event',
  name: '医疗安全（不良）事件报告表',
  category: templateCategories.safety,
  description: '医疗安全（不良）事件上报：按事件等级分级处理，Ⅰ、Ⅱ级事件报分管院领导及院长。',
  fields: [
    ...applicantHeader('报告人'),
    section('event', '事件信息'),
    half('occurredAt', '发生时间', 'datetime', { required: true }),
    half('place', '发生地点', 'text', { required: true, maxLength: 100 }),
    choice(
      'eventType',
      '事件类别',
      ['药物', '输血', '医疗处置', '手术', '院内感染', '跌倒/坠床', '管路', '医患沟通', '其他'],
      {
        required: true,
      },
    ),
    choice(
      'severity',
      '事件等级',
      ['Ⅰ级（警讯事件）', 'Ⅱ级（不良后果事件）', 'Ⅲ级（未造成后果事件）', 'Ⅳ级（隐患事件）'],
      {
        required: true,
        help: 'Ⅰ级：非预期死亡或永久功能丧失；Ⅱ级：造成伤害；Ⅲ级：发生但未造成伤害；Ⅳ级：未发生的隐患',
      },
    ),
    section('patientInfo', '患者信息'),
    half('patientName', '患者姓名', 'text', { maxLength: 30 }),
    half('inpatientNo', '住院号/门诊号', 'text', { maxLength: 30 }),
    longText('description', '事件经过', { required: true }),
    longText('measures', '已采取的处理措施', { required: true }),
    longText('analysis', '原因分析及整改措施', { help: '科室负责人填写' }),
    attachments('相关材料'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead('dept_head', '科室负责人核实', {
        fieldPermissions: { analysis: 'editable' },
        hint: '24 小时内核实事件经过并填写原因分析及整改措施；Ⅰ级事件须立即电话报告医务部。',
      }),
      gateway('severity_check', 'exclusive', '事件等级判断'),
      supervisingLeader('vp_serious', '分管院领导审核（Ⅰ/Ⅱ级）'),
      approve('president', '院长审阅', { role: 'president' }, { ifEmpty: 'admin' }),
      supervisingLeader('vp', '分管院领导审核（Ⅲ级）'),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('severity_join', 'join', '汇合'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'severity_check'),
      edge(
        'severity_check',
        'vp_serious',
        'severity in ["Ⅰ级（警讯事件）", "Ⅱ级（不良后果事件）"]',
      ),
      edge('severity_check', 'vp', 'severity == "Ⅲ级（未造成后果事件）"'),
      otherwise('severity_check', 'severity_join'),
      edge('vp_serious', 'president'),
      edge('president', 'severity_join'),
      edge('vp', 'severity_join'),
      edge('severity_join', 'end'),
    ],
  },
  example: {
    occurredAt: '2026-11-20T22:30:00+08:00',
    place: '心内一病区 8 床',
    eventType: '跌倒/坠床',
    severity: 'Ⅱ级（不良后果事件）',
    patientName: '王某',
    inpatientNo: 'ZY20261108',
    description: '患者夜间如厕时自行下床，在卫生间门口跌倒，右腕部软组织挫伤',
    measures: '立即评估生命体征，X 线排除骨折，冰敷处理，通知家属',
  },
});
