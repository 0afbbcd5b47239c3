import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, attachments, choice, half, longText } from './fields.ts';
import { byRole, chain, departmentHead, supervisingLeader } from './flow.ts';

/** 公告发布: 科室负责人 → 党办（宣传审核）→ 分管院领导. */
export const notice = defineTemplate({
  key: 'notice',
  name: '公告发布',
  category: templateCategories.party,
  description: '在院内门户发布通知公告：科室负责人、党办宣传审核、分管院领导审批后按计划时间发布。',
  fields: [
    ...applicantHeader('发布人'),
    half('title', '公告标题', 'text', { required: true, maxLength: 100, span: 4 }),
    choice('column', '发布栏目', ['通知公告', '院务公开', '三重一大', '党建园地', '三甲评审专栏'], {
      required: true,
      span: 4,
    }),
    choice('audience', '发布范围', ['全院', '本院区', '指定科室'], {
      required: true,
      default: { value: '全院' },
    }),
    half('publishAt', '计划发布时间', 'datetime', { required: true }),
    half('until', '下线日期', 'date', { help: '到期自动撤下，可不填' }),
    choice('pinned', '是否置顶', ['否', '是'], { default: { value: '否' } }),
    longText('body', '公告内容', { required: true, maxLength: 20000 }),
    attachments('附件'),
  ],
  flow: chain([
    departmentHead(),
    byRole('publicity', '党办宣传审核', 'party_office_director', {
      fieldPermissions: { body: 'editable', title: 'editable' },
    }),
    supervisingLeader(),
  ]),
  example: {
    title: '关于 2026 年度职工体检安排的通知',
    column: '通知公告',
    audience: '全院',
    publishAt: '2026-12-01T09:00:00+08:00',
    body: '2026 年度职工健康体检定于 12 月 5 日至 12 月 20 日在体检中心进行……',
  },
});
