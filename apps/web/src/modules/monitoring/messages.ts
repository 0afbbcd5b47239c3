import { localized } from '../../ui/locale.ts';
import type { Intervention } from './api/types.ts';

// Words of 流程监控 and 流程统计.
const zh = {
  monitor: {
    title: '流程监控',
    description: '查看全院流程的运行情况，对异常流程进行挂起、恢复、跳转、终止或改派',
    empty: '没有符合条件的流程',
    total: (total: number) => `共 ${total} 条`,
    all: '全部流程',
    summaryTotal: '流程总数',
  },
  filters: {
    process: '流程',
    status: '状态',
    initiator: '发起人',
    department: '发起科室',
    period: '发起时间',
    q: '标题关键字',
    search: '查询',
    reset: '重置',
  },
  columns: {
    title: '标题',
    process: '流程',
    initiator: '发起人',
    status: '状态',
    current: '当前环节 / 办理人',
    createdAt: '发起时间',
    actions: '干预',
  },
  actions: {
    suspend: '挂起',
    resume: '恢复',
    jump: '跳转',
    terminate: '终止',
    reassign: '改派',
  } satisfies Record<Intervention, string>,
  confirm: {
    suspend: '挂起后，该流程的所有待办暂停办理，直至恢复。',
    resume: '恢复后，该流程的待办可继续办理。',
    jump: '将流程直接跳转到所选环节，当前环节的待办将被取消。',
    terminate: '终止后流程结束且不可恢复，发起人将收到通知。',
    reassign: '将所选待办从原办理人移交给新的办理人。',
  } satisfies Record<Intervention, string>,
  modalTitle: (action: string, title: string) => `${action}：${title}`,
  comment: '干预说明',
  commentPlaceholder: '请填写干预原因，将记入审批记录',
  commentRequired: '请填写干预原因',
  node: '跳转到环节',
  nodeRequired: '请选择环节',
  task: '要改派的待办',
  taskRequired: '请选择待办',
  to: '新的办理人',
  toRequired: '请选择新的办理人',
  done: {
    suspend: '已挂起',
    resume: '已恢复',
    jump: '已跳转',
    terminate: '已终止',
    reassign: '已改派',
  } satisfies Record<Intervention, string>,
  more: '更多',
  noOpenTasks: '—',
  stats: {
    title: '流程统计',
    description: '按流程、环节统计办理量、耗时与退回、转办、加签，找出效率瓶颈',
    range: '统计时间',
    outcomes: '各流程办理量与结果',
    nodeTimes: '各环节办理耗时',
    median: '中位数',
    p90: '90 分位',
    nodeActions: '退回 / 转办 / 加签次数',
    returns: '退回',
    transfers: '转办',
    addSigns: '加签',
    slowest: '办理最慢的人员',
    person: '人员',
    process: '流程',
    decided: '办理件数',
    medianTime: '耗时中位数',
    finished: '已结束',
    empty: '所选范围内暂无数据',
    pickProcess: '选择流程查看环节统计',
    units: { minutes: '分钟', hours: '小时', days: '天' },
  },
  duration: (seconds: number | null) => {
    if (seconds === null) return '—';
    if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} 分钟`;
    if (seconds < 86_400) return `${(seconds / 3600).toFixed(1)} 小时`;
    return `${(seconds / 86_400).toFixed(1)} 天`;
  },
};

const en: typeof zh = {
  monitor: {
    title: 'Process monitor',
    description:
      'See every running process in the hospital and suspend, resume, jump, terminate or reassign the ones in trouble',
    empty: 'No matching processes',
    total: (total: number) => `${total} in all`,
    all: 'All processes',
    summaryTotal: 'Total',
  },
  filters: {
    process: 'Process',
    status: 'Status',
    initiator: 'Applicant',
    department: 'Department',
    period: 'Started',
    q: 'Title keyword',
    search: 'Search',
    reset: 'Reset',
  },
  columns: {
    title: 'Title',
    process: 'Process',
    initiator: 'Applicant',
    status: 'Status',
    current: 'Current step / assignee',
    createdAt: 'Started',
    actions: 'Intervene',
  },
  actions: {
    suspend: 'Suspend',
    resume: 'Resume',
    jump: 'Jump',
    terminate: 'Terminate',
    reassign: 'Reassign',
  },
  confirm: {
    suspend: 'All tasks of this request are paused until it is resumed.',
    resume: 'The tasks of this request can be handled again.',
    jump: 'The request moves straight to the chosen step; open tasks of the current step are cancelled.',
    terminate: 'The request ends and cannot be resumed. The applicant is notified.',
    reassign: 'The chosen task moves from its assignee to a new one.',
  },
  modalTitle: (action: string, title: string) => `${action}: ${title}`,
  comment: 'Reason',
  commentPlaceholder: 'Why you intervene. It is recorded in the approval history.',
  commentRequired: 'Enter a reason',
  node: 'Jump to step',
  nodeRequired: 'Choose a step',
  task: 'Task to reassign',
  taskRequired: 'Choose a task',
  to: 'New assignee',
  toRequired: 'Choose the new assignee',
  done: {
    suspend: 'Suspended',
    resume: 'Resumed',
    jump: 'Moved to the chosen step',
    terminate: 'Terminated',
    reassign: 'Reassigned',
  },
  more: 'More',
  noOpenTasks: '—',
  stats: {
    title: 'Process statistics',
    description:
      'Volumes, durations, returns, transfers and added signers per process and step, to find bottlenecks',
    range: 'Period',
    outcomes: 'Volume and outcome per process',
    nodeTimes: 'Time spent per step',
    median: 'Median',
    p90: '90th percentile',
    nodeActions: 'Returns / transfers / added signers',
    returns: 'Returns',
    transfers: 'Transfers',
    addSigns: 'Added signers',
    slowest: 'Slowest handlers',
    person: 'Person',
    process: 'Process',
    decided: 'Handled',
    medianTime: 'Median time',
    finished: 'Finished',
    empty: 'No data in the chosen period',
    pickProcess: 'Choose a process to see its steps',
    units: { minutes: 'Minutes', hours: 'Hours', days: 'Days' },
  },
  duration: (seconds: number | null) => {
    if (seconds === null) return '—';
    if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min`;
    if (seconds < 86_400) return `${(seconds / 3600).toFixed(1)} h`;
    return `${(seconds / 86_400).toFixed(1)} d`;
  },
};

export const monitoringMessages = localized({ zh, en });
