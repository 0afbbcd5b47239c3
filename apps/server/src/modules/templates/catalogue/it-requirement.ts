import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
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
 * 信息系统功能新增/修改需求登记表: 科室负责人 → 信息科评估; a new system, or work
 * over 20 person-days, also goes to the 分管院领导.
 */
export const itRequirement = defineTemplate({
  key: 'it_requirement',
  name: '信息系统功能新增/修改需求登记表',
  category: templateCategories.it,
  description:
    '登记 HIS、电子病历等系统的新增或修改需求：信息科评估工作量，新建系统或较大需求报分管院领导。',
  fields: [
    ...applicantHeader('需求提出人'),
    half('system', '涉及系统', 'select', {
      required: true,
      options: ['HIS', '电子病历 EMR', 'LIS', 'PACS', '手麻系统', '护理系统', 'OA', '其他'],
    }),
    choice('kind', '需求类型', ['功能新增', '功能修改', '报表需求', '接口对接', '新建系统'], {
      required: true,
    }),
    choice('priority', '优先级', ['一般', '较急', '紧急'], { default: { value: '一般' } }),
    half('expectedDate', '期望上线日期', 'date'),
    longText('current', '现状及问题', { required: true }),
    longText('requirement', '需求描述', {
      required: true,
      help: '业务流程、涉及界面、数据项、使用角色',
    }),
    half('effort', '评估工作量（人天）', 'number', { min: 0, help: '由信息科填写' }),
    half('plan', '计划完成日期', 'date', { help: '由信息科填写' }),
    attachments('需求材料', '界面截图、业务流程图、相关文件'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead(),
      byRole('it', '信息科需求评估', 'it_reviewer', {
        fieldPermissions: { effort: 'editable', plan: 'editable' },
      }),
      gateway('size_check', 'exclusive', '需求规模判断'),
      supervisingLeader('vp', '分管院领导审批'),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('size_join', 'join', '汇合'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'it'),
      edge('it', 'size_check'),
      edge('size_check', 'vp', 'kind == "新建系统" || effort > 20'),
      otherwise('size_check', 'size_join'),
      edge('vp', 'size_join'),
      edge('size_join', 'end'),
    ],
  },
  example: {
    system: '电子病历 EMR',
    kind: '功能修改',
    priority: '较急',
    current: '出院小结需手工复制检验结果，耗时且易错',
    requirement: '出院小结模板增加“引用检验结果”按钮，可勾选住院期间检验项目自动带入',
  },
});
