import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, choice, half, longText } from './fields.ts';
import { byRole, chain, departmentHead } from './flow.ts';

/** 开具收入证明申请: 科室负责人 → 财务（核对收入）→ 印章管理员（盖章）. */
export const incomeCertificate = defineTemplate({
  key: 'income_certificate',
  name: '开具收入证明申请',
  category: templateCategories.personnel,
  description: '因贷款、签证等需开具收入证明：财务核对收入数据后由印章管理员盖章。',
  fields: [
    ...applicantHeader(),
    choice('purpose', '证明用途', ['银行贷款', '出国（境）签证', '子女入学', '租房', '其他'], {
      required: true,
    }),
    half('receiver', '提交单位', 'text', { required: true, maxLength: 100 }),
    choice('period', '收入统计期间', ['近 6 个月', '近 12 个月', '上一年度'], {
      required: true,
      default: { value: '近 12 个月' },
    }),
    half('copies', '份数', 'number', { required: true, min: 1, max: 10, default: { value: 1 } }),
    half('format', '证明格式', 'select', {
      options: ['医院统一格式', '对方提供格式'],
      default: { value: '医院统一格式' },
      help: '对方提供格式请附模板',
    }),
    choice('language', '证明语言', ['中文', '中英文对照'], { default: { value: '中文' } }),
    longText('remark', '备注', { maxLength: 500 }),
  ],
  flow: chain([
    departmentHead(),
    byRole('finance', '财务核对收入', 'finance_reviewer'),
    byRole('seal_keeper', '印章管理员盖章', 'seal_keeper'),
  ]),
  example: { purpose: '银行贷款', receiver: '中国建设银行江州分行', copies: 1 },
});
