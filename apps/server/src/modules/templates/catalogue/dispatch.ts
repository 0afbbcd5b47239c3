import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, attachments, choice, half, longText } from './fields.ts';
import { approve, byRole, chain, departmentHead, supervisingLeader } from './flow.ts';

/**
 * 发文管理: 拟稿 → 科室负责人核稿 → 分管院领导审核 → 院长签发 → 用印（编文号）→
 * 归档. The 文号 is given at 用印, by the 印章管理员 of 院长办公室.
 */
export const dispatch = defineTemplate({
  key: 'dispatch',
  name: '发文管理',
  category: templateCategories.office,
  description: '医院对外、对内正式发文：核稿、审核、院长签发后编号用印，并归档。',
  fields: [
    ...applicantHeader('拟稿人'),
    half('title', '文件标题', 'text', { required: true, maxLength: 100, span: 4 }),
    choice('docType', '文种', ['通知', '请示', '报告', '决定', '函', '纪要', '意见'], {
      required: true,
    }),
    choice('secrecy', '密级', ['公开', '内部', '秘密'], {
      required: true,
      default: { value: '内部' },
    }),
    choice('urgency', '紧急程度', ['平件', '加急', '特急'], { default: { value: '平件' } }),
    half('mainTo', '主送', 'text', { required: true, maxLength: 200 }),
    half('copyTo', '抄送', 'text', { maxLength: 200, span: 4 }),
    half('copies', '印发份数', 'number', { min: 1, max: 1000 }),
    half('docNo', '文号', 'text', { maxLength: 40, help: '用印时由院长办公室编号' }),
    longText('body', '正文', { required: true, maxLength: 20000 }),
    attachments('正文及附件'),
  ],
  flow: chain([
    departmentHead('review', '科室负责人核稿', { fieldPermissions: { body: 'editable' } }),
    supervisingLeader('vp', '分管院领导审核'),
    approve('sign', '院长签发', { role: 'president' }, { ifEmpty: 'admin', requireComment: false }),
    byRole('number', '编号用印', 'seal_keeper', { fieldPermissions: { docNo: 'editable' } }),
    byRole('archive', '归档', 'archivist'),
  ]),
  example: {
    title: '关于做好 2027 年元旦春节期间医疗安全工作的通知',
    docType: '通知',
    secrecy: '内部',
    mainTo: '各临床、医技科室',
    body: '为确保节日期间医疗安全，现就有关事项通知如下……',
  },
});
