// UI text of the print layout (打印).
export const printMessages = {
  print: '打印',
  back: '返回',
  serial: '编号',
  initiator: '申请人',
  department: '所属科室',
  submittedAt: '申请时间',
  status: '状态',
  approvals: '审批记录',
  node: '审批环节',
  person: '审批人',
  action: '审批结果',
  time: '时间',
  comment: '审批意见',
  none: '暂无审批记录',
  printedAt: (at: string) => `打印时间：${at}`,
  notFound: '无法打开该申请',
};
