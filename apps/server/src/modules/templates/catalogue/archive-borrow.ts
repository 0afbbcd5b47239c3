import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, choice, half, longText } from './fields.ts';
import {
  byRole,
  departmentHead,
  edge,
  end,
  gateway,
  otherwise,
  start,
  supervisingLeader,
} from './flow.ts';

/** 档案调阅申请: 科室负责人; 秘密 archives also the 分管院领导; then the 档案管理员. */
export const archiveBorrow = defineTemplate({
  key: 'archive_borrow',
  name: '档案调阅申请',
  category: templateCategories.office,
  description: '查阅、借阅、复制医院档案：涉密档案需分管院领导审批，档案管理员登记出借。',
  fields: [
    ...applicantHeader('调阅人'),
    choice(
      'archiveType',
      '档案类别',
      ['文书档案', '人事档案', '会计档案', '基建档案', '设备档案', '科研档案', '病案'],
      {
        required: true,
      },
    ),
    choice('secrecy', '密级', ['公开', '内部', '秘密'], {
      required: true,
      default: { value: '内部' },
    }),
    {
      key: 'files',
      label: '调阅档案',
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
    choice('mode', '利用方式', ['查阅', '借出', '复制'], {
      required: true,
      default: { value: '查阅' },
    }),
    half('returnDate', '预计归还日期', 'date', { help: '借出时必填，一般不超过 15 天' }),
    longText('purpose', '调阅目的', { required: true, maxLength: 500 }),
  ],
  flow: {
    nodes: [
      start,
      departmentHead(),
      gateway('secrecy_check', 'exclusive', '密级判断'),
      supervisingLeader('vp', '分管院领导审批'),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('secrecy_join', 'join', '汇合'),
      byRole('archivist', '档案管理员登记', 'archivist'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'secrecy_check'),
      edge('secrecy_check', 'vp', 'secrecy == "秘密"'),
      otherwise('secrecy_check', 'secrecy_join'),
      edge('vp', 'secrecy_join'),
      edge('secrecy_join', 'archivist'),
      edge('archivist', 'end'),
    ],
  },
  example: {
    archiveType: '文书档案',
    secrecy: '秘密',
    files: [{ archiveNo: 'WS-2019-Y-035', title: '2019 年胸痛中心建设方案及批复', volumes: 1 }],
    mode: '借出',
    returnDate: '2026-12-10',
    purpose: '胸痛中心再认证需提供建设历史资料',
  },
});
