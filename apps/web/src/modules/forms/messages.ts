import { localized } from '../../ui/locale.ts';

// Words of the form renderer.
const zh = {
  pleaseEnter: '请输入',
  pleaseSelect: '请选择',
  pickDate: '选择日期',
  pickDateTime: '选择日期时间',
  empty: '—',
  yuan: '¥',
  formula: '自动计算',
  addRow: '添加一行',
  removeRow: '删除',
  rowNo: '序号',
  noRows: '暂无明细，点击下方“添加一行”',
  rowsHint: (min: number | undefined, max: number | undefined) =>
    [min !== undefined ? `至少 ${min} 行` : '', max !== undefined ? `最多 ${max} 行` : '']
      .filter(Boolean)
      .join('，'),
  total: '合计',
  upload: '上传附件',
  uploading: '正在上传…',
  uploadFailed: (name: string) => `“${name}”上传失败`,
  maxFiles: (n: number) => `最多 ${n} 个附件`,
  removeFile: '移除',
  download: '下载',
  noFiles: '无附件',
  lookupPlaceholder: '输入预算编号、名称或拼音搜索',
  lookupNone: '没有匹配的预算项目',
  lookupRemaining: '可用',
  fixErrors: (n: number) => `表单有 ${n} 处需要修改`,
  yes: '是',
  no: '否',
  /** Joins the names of a multiple choice or several people. */
  listSeparator: '、',
  /** Joins several problems of one field. */
  errorSeparator: '；',
};

const en: typeof zh = {
  pleaseEnter: 'Enter',
  pleaseSelect: 'Select',
  pickDate: 'Select date',
  pickDateTime: 'Select date and time',
  empty: '—',
  yuan: '¥',
  formula: 'Calculated',
  addRow: 'Add row',
  removeRow: 'Remove',
  rowNo: 'No.',
  noRows: 'No rows yet. Click "Add row" below.',
  rowsHint: (min: number | undefined, max: number | undefined) => {
    const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
    const text = [
      min !== undefined ? `at least ${rows(min)}` : '',
      max !== undefined ? `at most ${rows(max)}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  },
  total: 'Total',
  upload: 'Upload attachment',
  uploading: 'Uploading…',
  uploadFailed: (name: string) => `Could not upload "${name}"`,
  maxFiles: (n: number) => `Up to ${n} attachments`,
  removeFile: 'Remove',
  download: 'Download',
  noFiles: 'No attachments',
  lookupPlaceholder: 'Search budget code, name or pinyin',
  lookupNone: 'No matching budget items',
  lookupRemaining: 'Available',
  fixErrors: (n: number) => `${n} ${n === 1 ? 'field needs' : 'fields need'} attention`,
  yes: 'Yes',
  no: 'No',
  listSeparator: ', ',
  errorSeparator: '; ',
};

export const formsMessages = localized({ zh, en });
