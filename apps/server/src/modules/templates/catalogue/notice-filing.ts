import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, choice, half, longText } from './fields.ts';
import { byRole, chain, departmentHead, notify } from './flow.ts';

/** 院务公告内容备案: 科室负责人 → 党办主任备案审核, the 档案管理员 informed to file it. */
export const noticeFiling = defineTemplate({
  key: 'notice_filing',
  name: '院务公告内容备案',
  category: templateCategories.party,
  description: '已在院务公开栏、电子屏等发布的内容报党办备案，并知会档案室归档。',
  fields: [
    ...applicantHeader('备案人'),
    half('title', '公告标题', 'text', { required: true, maxLength: 100, span: 4 }),
    choice('place', '公开载体', ['院务公开栏', '门诊电子屏', '医院官网', '内网门户', '其他'], {
      required: true,
    }),
    half('publishedOn', '发布日期', 'date', { required: true }),
    choice(
      'kind',
      '公开类别',
      ['医疗服务价格', '院务管理', '人事信息', '招标采购', '财务信息', '其他'],
      {
        required: true,
      },
    ),
    half('period', '公开期限（天）', 'number', { min: 1, max: 365 }),
    longText('content', '公告内容摘要', { required: true, maxLength: 2000 }),
  ],
  flow: chain([
    departmentHead(),
    byRole('party_office', '党办备案审核', 'party_office_director'),
    notify('cc_archive', '知会档案室归档', { role: 'archivist' }),
  ]),
  example: {
    title: '2026 年第四季度医疗服务价格调整公示',
    place: '院务公开栏',
    publishedOn: '2026-11-15',
    kind: '医疗服务价格',
    period: 7,
    content: '根据市医保局文件，调整部分检查项目价格，详见公示清单',
  },
});
