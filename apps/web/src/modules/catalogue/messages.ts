import { localized } from '../../ui/locale.ts';

// Words of the process catalogue (发起流程).
const zh = {
  title: '发起流程',
  description: '选择要发起的流程；点亮星标可将常用流程置顶',
  search: '搜索流程名称或拼音首字母',
  favourites: '常用流程',
  recent: '最近发起',
  all: '全部流程',
  uncategorised: '其他',
  favourite: '设为常用',
  unfavourite: '取消常用',
  start: '发起',
  none: '没有可发起的流程',
  noMatch: (q: string) => `没有名称或拼音匹配“${q}”的流程`,
  lastStarted: (when: string) => `上次发起 ${when}`,
  count: (n: number) => `${n} 个流程`,
  loadFailed: '流程目录加载失败',
  checkFields: '请先修改标红的字段',
  fixErrors: (n: number) => `表单有 ${n} 处需要修改，请查看标红的字段`,
  draftSaved: '草稿已保存',
  submitted: '已提交',
};

const en: typeof zh = {
  title: 'Start a request',
  description: 'Choose a process to start. Star the ones you use often to keep them on top.',
  search: 'Search by name or pinyin',
  favourites: 'Favourites',
  recent: 'Recently started',
  all: 'All processes',
  uncategorised: 'Other',
  favourite: 'Add to favourites',
  unfavourite: 'Remove from favourites',
  start: 'Start',
  none: 'No processes available to start',
  noMatch: (q: string) => `No process name or pinyin matches "${q}"`,
  lastStarted: (when: string) => `Last started ${when}`,
  count: (n: number) => `${n} ${n === 1 ? 'process' : 'processes'}`,
  loadFailed: 'Failed to load the process catalogue',
  checkFields: 'Correct the fields marked in red first',
  fixErrors: (n: number) =>
    `${n} ${n === 1 ? 'field needs' : 'fields need'} attention. See the fields marked in red.`,
  draftSaved: 'Draft saved',
  submitted: 'Submitted',
};

export const catalogueMessages = localized({ zh, en });

// The start page (发起).
const startZh = {
  titleLabel: '标题',
  titlePlaceholder: '选填，不填将按“流程名称-发起人-日期”自动生成',
  saveDraft: '保存草稿',
  submit: '提交',
  cancel: '返回',
  draftTag: '草稿',
  copyTag: '复制自历史申请',
  applicant: '申请人',
  department: '所在科室',
  version: (v: number) => `版本 ${v}`,
  notFound: '流程不存在或您无权发起',
  draftGone: '草稿不存在或已提交',
};

const startEn: typeof startZh = {
  titleLabel: 'Title',
  titlePlaceholder: 'Optional. Left blank, it becomes "Process-Applicant-Date".',
  saveDraft: 'Save draft',
  submit: 'Submit',
  cancel: 'Back',
  draftTag: 'Draft',
  copyTag: 'Copied from an earlier request',
  applicant: 'Applicant',
  department: 'Department',
  version: (v: number) => `Version ${v}`,
  notFound: 'This process does not exist or you may not start it',
  draftGone: 'This draft does not exist or has been submitted',
};

export const startMessages = localized({ zh: startZh, en: startEn });
