import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, choice, half, longText } from './fields.ts';
import { byRole, departmentHead, edge, end, gateway, notify, otherwise, start } from './flow.ts';

/**
 * 维修申请 (房屋、水电、家具、设施报修): urgent repairs go straight to the
 * 维修班组 with the 科室负责人 informed; others are approved by the 科室负责人 first.
 */
export const repair = defineTemplate({
  key: 'repair',
  name: '维修申请',
  category: templateCategories.procurement,
  description:
    '房屋、水电、空调、家具等报修：紧急维修直接派单并知会科室负责人，一般维修先经科室负责人审批。',
  fields: [
    ...applicantHeader('报修人'),
    choice(
      'kind',
      '报修类别',
      ['水电', '空调暖通', '门窗家具', '墙面地面', '电梯', '医用气体', '其他'],
      {
        required: true,
      },
    ),
    choice('urgency', '紧急程度', ['一般', '紧急'], {
      required: true,
      default: { value: '一般' },
      help: '影响医疗安全或正常诊疗的选“紧急”',
    }),
    half('location', '报修地点', 'text', {
      required: true,
      maxLength: 100,
      placeholder: '院区、楼栋、楼层、房间号',
      span: 4,
    }),
    longText('description', '故障描述', { required: true, maxLength: 500 }),
    half('expectedDate', '期望完成日期', 'date'),
    half('repairResult', '维修结果', 'select', {
      options: ['已修复', '需更换配件', '需外委维修', '无法修复'],
      help: '由维修人员填写',
    }),
  ],
  flow: {
    nodes: [
      start,
      gateway('urgency_check', 'exclusive', '紧急程度判断'),
      departmentHead(),
      notify('cc_head', '知会科室负责人', { departmentHead: 'initiator', level: 1 }),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('urgency_join', 'join', '汇合'),
      byRole('maintenance', '设备科派单维修', 'equipment_manager', {
        fieldPermissions: { repairResult: 'editable' },
      }),
      end,
    ],
    edges: [
      edge('start', 'urgency_check'),
      edge('urgency_check', 'cc_head', 'urgency == "紧急"'),
      otherwise('urgency_check', 'dept_head'),
      edge('cc_head', 'urgency_join'),
      edge('dept_head', 'urgency_join'),
      edge('urgency_join', 'maintenance'),
      edge('maintenance', 'end'),
    ],
  },
  example: {
    kind: '空调暖通',
    urgency: '一般',
    location: '本部院区 住院部 5 楼 心内一病区 12 病房',
    description: '空调不制热，出风口有异响',
  },
});
