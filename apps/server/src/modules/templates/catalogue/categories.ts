/**
 * The gallery's categories (流程分类), created on install when missing. Colours
 * follow urgency: safety reports red, money orange, routine office work calm.
 */
export const templateCategories = {
  personnel: { name: '人事行政', colour: '#1677ff' },
  office: { name: '综合办公', colour: '#13a8a8' },
  party: { name: '党务宣传', colour: '#c41d7f' },
  finance: { name: '财务报销', colour: '#fa8c16' },
  procurement: { name: '采购与设备', colour: '#722ed1' },
  safety: { name: '医疗质量安全', colour: '#f5222d' },
  research: { name: '科研管理', colour: '#2f54eb' },
  it: { name: '信息化建设', colour: '#08979c' },
} as const;
