import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, attachments, choice, half, longText } from './fields.ts';
import { byRole, chain, departmentHead, supervisingLeader } from './flow.ts';

/** 系统功能上线意见表: 使用科室负责人确认 → 信息科 → 分管院领导同意上线. */
export const systemLaunch = defineTemplate({
  key: 'system_launch',
  name: '系统功能上线意见表',
  category: templateCategories.it,
  description:
    '新系统或新功能上线前的使用科室确认：测试情况、培训情况及上线意见，信息科与分管院领导签署。',
  fields: [
    ...applicantHeader(),
    half('system', '系统/功能名称', 'text', { required: true, maxLength: 100 }),
    half('version', '版本号', 'text', { maxLength: 30 }),
    half('requirementNo', '关联需求单号', 'text', { maxLength: 40 }),
    half('launchDate', '计划上线日期', 'date', { required: true }),
    choice('testResult', '测试结论', ['测试通过', '有遗留问题但不影响上线', '未通过'], {
      required: true,
    }),
    choice('training', '用户培训', ['已完成', '部分完成', '未开展'], { required: true }),
    longText('issues', '遗留问题及处理计划', { maxLength: 1000 }),
    longText('opinion', '使用科室意见', { required: true, maxLength: 500 }),
    longText('itOpinion', '信息科意见', { maxLength: 500, help: '由信息科填写' }),
    attachments('测试报告'),
  ],
  flow: chain([
    departmentHead('dept_head', '使用科室负责人确认'),
    byRole('it', '信息科审核', 'it_reviewer', { fieldPermissions: { itOpinion: 'editable' } }),
    supervisingLeader('vp', '分管院领导审批'),
  ]),
  example: {
    system: '出院小结引用检验结果',
    version: 'EMR 5.2.3',
    launchDate: '2026-12-15',
    testResult: '测试通过',
    training: '已完成',
    opinion: '功能符合需求，同意上线',
  },
});
