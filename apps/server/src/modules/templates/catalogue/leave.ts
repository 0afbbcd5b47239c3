import type { ProcessTemplate } from '../template.types.ts';
import { templateCategories } from './categories.ts';
import { applicant, department, half, longText } from './fields.ts';
import {
  departmentHead,
  edge,
  end,
  gateway,
  notify,
  otherwise,
  start,
  supervisingLeader,
} from './flow.ts';

/**
 * 请假申请: 科室负责人; more than 3 days also the 分管副院长; then 知会 the 护士长 of the
 * applicant's own ward (she plans the ward's shifts; wards without one are passed by)
 * and whoever the applicant names.
 */
export const leave: ProcessTemplate = {
  key: 'leave',
  name: '请假申请',
  category: templateCategories.personnel,
  description: '职工请假：科室负责人审批，超过 3 天由分管副院长审批，审批通过后知会本科室护士长。',
  definition: {
    key: 'leave',
    name: '请假申请',
    form: {
      fields: [
        applicant(),
        department('所在科室'),
        half('type', '请假类型', 'select', {
          required: true,
          options: ['年休假', '事假', '病假', '婚假', '产假', '陪产假', '丧假', '探亲假', '其他'],
        }),
        half('days', '请假天数', 'number', {
          required: true,
          min: 0.5,
          max: 180,
          help: '按工作日计算，可填半天（0.5）；超过 3 天需分管副院长审批',
        }),
        half('from', '开始日期', 'date', { required: true }),
        half('to', '结束日期', 'date', { required: true }),
        longText('reason', '请假事由', { required: true, maxLength: 500 }),
        half('handover', '工作交接人', 'person', { help: '请假期间代为处理工作的同事' }),
        half('notifyTo', '知会', 'person', {
          multiple: true,
          help: '审批通过后自动知会本科室护士长；还需知会其他同事时在此选择，可不选',
        }),
      ],
    },
    nodes: [
      start,
      departmentHead(),
      gateway('days_check', 'exclusive', '请假天数判断'),
      supervisingLeader('vp', '分管副院长审批'),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('days_join', 'join', '汇合'),
      notify('cc_head_nurse', '知会护士长', { role: 'head_nurse', scope: 'initiatorDepartment' }),
      notify('cc', '知会', { field: 'notifyTo' }),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'days_check'),
      edge('days_check', 'vp', 'days > 3'),
      otherwise('days_check', 'days_join'),
      edge('vp', 'days_join'),
      edge('days_join', 'cc_head_nurse'),
      edge('cc_head_nurse', 'cc'),
      edge('cc', 'end'),
    ],
  },
  example: { type: '年休假', days: 5, from: '2026-12-01', to: '2026-12-05', reason: '回老家探亲' },
};
