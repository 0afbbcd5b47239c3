import { templateCategories } from './categories.ts';
import { defineTemplate, section } from './define.ts';
import { applicantHeader, attachments, choice, half, longText } from './fields.ts';
import { byRole, chain, departmentHead, supervisingLeader } from './flow.ts';

/**
 * 稿件发布申请（三审三校）: three review rounds, each also proofreading — 初审
 * (科室负责人, 一校), 复审 (党办/宣传, 二校), 终审 (分管院领导, 三校) — each
 * reviewer writing their own 校对意见 and nothing else.
 */
export const manuscript = defineTemplate({
  key: 'manuscript',
  name: '稿件发布申请（三审三校）',
  category: templateCategories.party,
  description: '医院网站、公众号等对外发布稿件：初审、复审、终审三级审核，每级同时完成一次校对。',
  fields: [
    ...applicantHeader('撰稿人'),
    half('title', '稿件标题', 'text', { required: true, maxLength: 100, span: 4 }),
    choice('channel', '发布渠道', ['医院官网', '微信公众号', '视频号', '院报', '院内宣传屏'], {
      required: true,
    }),
    half('publishDate', '拟发布日期', 'date', { required: true }),
    choice('kind', '稿件类型', ['新闻动态', '健康科普', '通知公告', '人物专访', '其他'], {
      required: true,
    }),
    half('words', '字数', 'number', { min: 1 }),
    longText('content', '稿件正文', { required: true, maxLength: 20000 }),
    section('proofreading', '三审三校'),
    longText('proof1', '初审及一校意见', { maxLength: 500 }),
    longText('proof2', '复审及二校意见', { maxLength: 500 }),
    longText('proof3', '终审及三校意见', { maxLength: 500 }),
    attachments('配图及附件', '图片须取得授权，涉及患者的须有知情同意'),
  ],
  flow: chain([
    departmentHead('first_review', '初审（一校）', {
      fieldPermissions: { proof1: 'editable', content: 'editable' },
      hint: '初审：核实事实、数据与科室信息准确；一校：通读校对错别字与标点。',
    }),
    byRole('second_review', '复审（二校）', 'party_office_director', {
      fieldPermissions: { proof2: 'editable', content: 'editable' },
      hint: '复审：把关政治导向、宣传口径与患者隐私；二校：核对人名、职务、数字与引文。',
    }),
    supervisingLeader('final_review', '终审（三校）', {
      fieldPermissions: { proof3: 'editable', content: 'editable' },
      hint: '终审：决定是否发布；三校：核对标题、版式与发布渠道。',
    }),
  ]),
  example: {
    title: '我院成功开展首例经导管主动脉瓣置换术',
    channel: '微信公众号',
    publishDate: '2026-12-01',
    kind: '新闻动态',
    words: 1200,
    content:
      '近日，我院心血管内科团队成功为一名 78 岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术……',
  },
});
