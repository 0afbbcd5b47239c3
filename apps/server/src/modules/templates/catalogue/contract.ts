import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, attachments, choice, half, longText, money } from './fields.ts';
import {
  approve,
  byRole,
  departmentHead,
  edge,
  end,
  gateway,
  otherwise,
  start,
  supervisingLeader,
} from './flow.ts';

/**
 * 合同管理: 承办科室负责人; 财务 and 采购 review in parallel (会签) and join;
 * 分管院领导, over 200,000 also the 院长; then 用印 and 归档.
 */
export const contract = defineTemplate({
  key: 'contract',
  name: '合同管理',
  category: templateCategories.procurement,
  description:
    '合同签订审批：财务、采购并行会签，分管院领导审批，20 万元以上院长审批，用印后归档。',
  fields: [
    ...applicantHeader('经办人'),
    half('title', '合同名称', 'text', { required: true, maxLength: 100, span: 4 }),
    half('contractNo', '合同编号', 'text', { maxLength: 40, help: '由合同管理员编号，可后补' }),
    choice(
      'kind',
      '合同类型',
      ['采购合同', '服务合同', '工程合同', '租赁合同', '科研合作', '其他'],
      {
        required: true,
      },
    ),
    half('party', '合同相对方', 'text', { required: true, maxLength: 100, span: 4 }),
    money('amount', '合同金额（元）', { required: true }),
    half('startDate', '履行开始日期', 'date', { required: true }),
    half('endDate', '履行结束日期', 'date', { required: true }),
    choice('procurement', '采购方式', ['公开招标', '竞争性谈判', '询价', '单一来源', '不涉及'], {
      required: true,
    }),
    longText('summary', '合同主要条款', {
      required: true,
      help: '标的、数量、价款支付、违约责任等',
    }),
    attachments('合同文本及附件', '合同草案、招标文件或比价记录、对方资质'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead('dept_head', '承办科室负责人审核'),
      { id: 'split', type: 'parallel', name: '职能会签' },
      byRole('finance', '财务审核', 'finance_reviewer'),
      byRole('procurement', '采购审核', 'procurement_reviewer'),
      { id: 'join', type: 'join', name: '会签汇合' },
      supervisingLeader('vp', '分管院领导审批'),
      gateway('amount_check', 'exclusive', '金额判断'),
      approve('president', '院长审批', { role: 'president' }, { ifEmpty: 'admin' }),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('amount_join', 'join', '汇合'),
      byRole('seal_keeper', '合同用印', 'seal_keeper', {
        fieldPermissions: { contractNo: 'editable' },
        hint: '核对合同文本与审批稿一致，加盖合同专用章及骑缝章，并填写合同编号。',
      }),
      byRole('archivist', '合同归档', 'archivist'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'split'),
      edge('split', 'finance'),
      edge('split', 'procurement'),
      edge('finance', 'join'),
      edge('procurement', 'join'),
      edge('join', 'vp'),
      edge('vp', 'amount_check'),
      edge('amount_check', 'president', 'amount > 200000'),
      otherwise('amount_check', 'amount_join'),
      edge('president', 'amount_join'),
      edge('amount_join', 'seal_keeper'),
      edge('seal_keeper', 'archivist'),
      edge('archivist', 'end'),
    ],
  },
  example: {
    title: '心导管室耗材配送服务合同',
    kind: '服务合同',
    party: '江州康泰医疗器械有限公司',
    amount: 260000,
    startDate: '2027-01-01',
    endDate: '2027-12-31',
    procurement: '公开招标',
    summary: '乙方按约定配送心导管室耗材，按月结算，质保及退换货条款见附件',
  },
});
