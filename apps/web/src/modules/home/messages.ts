import { localized } from '../../ui/locale.ts';

// Words of the home page.
const zh = {
  morning: '早上好',
  forenoon: '上午好',
  noon: '中午好',
  afternoon: '下午好',
  evening: '晚上好',
  /** "上午好，张三". */
  greet: (greeting: string, name: string) => `${greeting}，${name}`,
  dateFormat: 'YYYY年M月D日 dddd',
  quickLinks: '常用功能',
  noQuickLinks: '流程审批、公文、会议等功能即将上线',
  profile: '我的信息',
  employeeNo: '工号',
  department: '科室',
  position: '职务',
  account: '账号',
  role: '身份',
  passwordValidUntil: '密码有效期至',
  never: '长期有效',
  passwordExpires: (date: string) => `您的密码将于 ${date} 到期，请及时修改`,
  changePassword: '修改密码',
  welcome: '欢迎使用院务 · 医院综合办公平台',
};

const en: typeof zh = {
  morning: 'Good morning',
  forenoon: 'Good morning',
  noon: 'Hello',
  afternoon: 'Good afternoon',
  evening: 'Good evening',
  greet: (greeting: string, name: string) => `${greeting}, ${name}`,
  dateFormat: 'dddd, D MMMM YYYY',
  quickLinks: 'Quick links',
  noQuickLinks: 'Approvals, documents, meetings and more are coming soon',
  profile: 'My details',
  employeeNo: 'Staff no.',
  department: 'Department',
  position: 'Position',
  account: 'Account',
  role: 'Role',
  passwordValidUntil: 'Password valid until',
  never: 'No expiry',
  passwordExpires: (date: string) => `Your password expires on ${date}. Change it soon.`,
  changePassword: 'Change password',
  welcome: 'Welcome to Yuanwu · Hospital office platform',
};

export const homeMessages = localized({ zh, en });

/** The greeting for the hour of day. */
export function greetingFor(hour: number): string {
  if (hour < 9) return homeMessages.morning;
  if (hour < 11) return homeMessages.forenoon;
  if (hour < 13) return homeMessages.noon;
  if (hour < 18) return homeMessages.afternoon;
  return homeMessages.evening;
}
