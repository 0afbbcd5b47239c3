// Words of the form renderer; Chinese now, English later with the same keys.
export const formsMessages = {
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
};
