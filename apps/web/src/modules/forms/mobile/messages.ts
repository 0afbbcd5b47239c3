import { localized } from '../../../ui/locale.ts';

// Words of the phone's form controls.
const zh = {
  choose: '请选择',
  input: '请输入',
  addRow: '添加一行',
  removeRow: '删除',
  row: '第 {n} 行',
  computed: '自动计算',
  searchPerson: '姓名 / 拼音 / 工号',
  searchDepartment: '科室名称 / 拼音',
  picked: '已选 {n} 项',
  done: '完成',
  cancel: '取消',
  noMatch: '没有匹配项',
  typeHint: '输入关键字查找',
  upload: '上传附件',
  uploading: '正在上传…',
  uploadFailed: '上传失败',
  attachment: '附件',
  /** "上传失败（413）". */
  failedWithStatus: (message: string, status: number) => `${message}（${status}）`,
  listSeparator: '、',
};

const en: typeof zh = {
  choose: 'Select',
  input: 'Enter',
  addRow: 'Add row',
  removeRow: 'Remove',
  row: 'Row {n}',
  computed: 'Calculated',
  searchPerson: 'Name / pinyin / staff no.',
  searchDepartment: 'Department name / pinyin',
  picked: '{n} selected',
  done: 'Done',
  cancel: 'Cancel',
  noMatch: 'No matches',
  typeHint: 'Type to search',
  upload: 'Upload attachment',
  uploading: 'Uploading…',
  uploadFailed: 'Upload failed',
  attachment: 'Attachment',
  failedWithStatus: (message: string, status: number) => `${message} (${status})`,
  listSeparator: ', ',
};

export const mobileFormMessages = localized({ zh, en });
