import { localized } from '../../../ui/locale.ts';

// UI text of the print layout (打印).
const zh = {
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
  colon: '：',
};

const en: typeof zh = {
  print: 'Print',
  back: 'Back',
  serial: 'No.',
  initiator: 'Applicant',
  department: 'Department',
  submittedAt: 'Submitted',
  status: 'Status',
  approvals: 'Approval history',
  node: 'Step',
  person: 'Handled by',
  action: 'Decision',
  time: 'Time',
  comment: 'Comment',
  none: 'No approvals yet',
  printedAt: (at: string) => `Printed ${at}`,
  notFound: 'This request cannot be opened',
  colon: ': ',
};

export const printMessages = localized({ zh, en });
