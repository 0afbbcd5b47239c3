import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, attachments, choice, half, longText } from './fields.ts';
import { approve, byRole, departmentHead, edge, end, gateway, otherwise, start } from './flow.ts';

/**
 * 党总支办公室事务请示: 支部书记/科室负责人 → 党办主任; matters the 党办 cannot
 * settle alone (选择“需院领导批示”) go to the 院长 (党委书记 in the demo's chain).
 */
export const partyRequest = defineTemplate({
  key: 'party_request',
  name: '党总支办公室事务请示',
  category: templateCategories.party,
  description: '党支部、党总支日常事务请示：党办主任审核，需院领导批示的报院长。',
  fields: [
    ...applicantHeader('请示人'),
    half('branch', '所在党支部', 'text', { required: true, maxLength: 60 }),
    choice(
      'matter',
      '请示事项类别',
      ['组织生活', '党员发展', '党费使用', '主题活动', '宣传工作', '其他'],
      {
        required: true,
      },
    ),
    half('title', '请示标题', 'text', { required: true, maxLength: 100, span: 4 }),
    longText('content', '请示内容', { required: true, maxLength: 5000 }),
    choice('needLeader', '是否需院领导批示', ['否', '是'], {
      required: true,
      default: { value: '否' },
    }),
    half('deadline', '期望答复日期', 'date'),
    attachments('附件'),
  ],
  flow: {
    nodes: [
      start,
      departmentHead('dept_head', '支部/科室负责人审核'),
      byRole('party_office', '党办主任审核', 'party_office_director'),
      gateway('leader_check', 'exclusive', '是否报院领导'),
      approve('president', '院领导批示', { role: 'president' }, { ifEmpty: 'admin' }),
      // The branches meet at a join, so the designer can show the process as branches.
      gateway('leader_join', 'join', '汇合'),
      end,
    ],
    edges: [
      edge('start', 'dept_head'),
      edge('dept_head', 'party_office'),
      edge('party_office', 'leader_check'),
      edge('leader_check', 'president', 'needLeader == "是"'),
      otherwise('leader_check', 'leader_join'),
      edge('president', 'leader_join'),
      edge('leader_join', 'end'),
    ],
  },
  example: {
    branch: '内科第一党支部',
    matter: '主题活动',
    title: '关于开展“党员先锋岗”义诊活动的请示',
    content: '拟于 12 月第二个周六在人民广场开展心血管疾病义诊，需党费列支宣传物料 2000 元',
    needLeader: '是',
  },
});
