import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, choice, half, longText } from './fields.ts';
import { byRole, chain } from './flow.ts';

/** 档案归还申请: the 档案管理员 checks the returned files and closes the loan. */
export const archiveReturn = defineTemplate({
  key: 'archive_return',
  name: '档案归还申请',
  category: templateCategories.office,
  description: '归还借出的档案：档案管理员清点核验完整性后办结。',
  fields: [
    ...applicantHeader('归还人'),
    half('borrowNo', '借阅单号', 'text', { maxLength: 40, help: '原档案调阅申请的编号' }),
    half('returnDate', '归还日期', 'date', { required: true, default: { expr: 'today()' } }),
    {
      key: 'files',
      label: '归还档案',
      type: 'table',
      required: true,
      minRows: 1,
      maxRows: 20,
      span: 4,
      columns: [
        { key: 'archiveNo', label: '档号', type: 'text', maxLength: 40 },
        { key: 'title', label: '题名', type: 'text', maxLength: 100, required: true },
        { key: 'volumes', label: '卷（件）数', type: 'number', min: 1 },
      ],
    },
    choice('condition', '档案状况', ['完好', '有破损', '有缺失'], {
      default: { value: '完好' },
      help: '由档案管理员核验填写',
      span: 4,
    }),
    longText('remark', '备注', { maxLength: 500 }),
  ],
  flow: chain([
    byRole('archivist', '档案管理员核验', 'archivist', {
      fieldPermissions: { condition: 'editable', remark: 'editable' },
    }),
  ]),
  example: {
    files: [{ archiveNo: 'WS-2019-Y-035', title: '2019 年胸痛中心建设方案及批复', volumes: 1 }],
  },
});
