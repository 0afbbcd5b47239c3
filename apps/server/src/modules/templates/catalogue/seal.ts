import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, attachments, choice, half, longText } from './fields.ts';
import { byRole, chain, departmentHead } from './flow.ts';

/** 用章申请: 科室负责人 then 印章管理员 (who stamps and records it). */
export const sealUse = defineTemplate({
  key: 'seal_use',
  name: '用章申请',
  category: templateCategories.office,
  description: '加盖医院公章、合同章、科室章等：科室负责人审批后由印章管理员用印登记。',
  fields: [
    ...applicantHeader(),
    choice('sealType', '印章类型', ['医院公章', '合同专用章', '财务专用章', '党委章', '科室章'], {
      required: true,
    }),
    half('copies', '用印份数', 'number', {
      required: true,
      min: 1,
      max: 500,
      default: { value: 1 },
    }),
    half('documentName', '用印文件名称', 'text', { required: true, maxLength: 100, span: 4 }),
    choice('usage', '用印方式', ['现场用印', '外带用印'], {
      required: true,
      default: { value: '现场用印' },
      help: '外带用印须两人同行，用毕当日归还',
    }),
    half('sendTo', '文件报送单位', 'text', { maxLength: 100 }),
    longText('reason', '用印事由', { required: true, maxLength: 500 }),
    attachments('用印文件', '上传需用印的文件电子版，便于印章管理员核对'),
  ],
  flow: chain([
    departmentHead(),
    byRole('seal_keeper', '印章管理员用印', 'seal_keeper', {
      fieldPermissions: { copies: 'editable' },
      hint: '核对用印文件与审批内容一致后用印，并在用印登记簿登记；外带用印须两人同行。',
    }),
  ]),
  example: {
    sealType: '医院公章',
    copies: 2,
    documentName: '关于申报省级临床重点专科的请示',
    usage: '现场用印',
    reason: '申报材料需加盖医院公章后报送卫健委',
  },
});
