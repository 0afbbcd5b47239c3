import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, choice, half, longText } from './fields.ts';
import { approve, byRole, chain, departmentHead, supervisingLeader } from './flow.ts';

/** 刻章申请: 科室负责人 → 分管院领导 → 院长 → 印章管理员 (备案、刻制、启用登记). */
export const sealEngraving = defineTemplate({
  key: 'seal_engraving',
  name: '刻章申请',
  category: templateCategories.office,
  description: '新刻、更换或补刻印章：院长批准后由印章管理员统一到公安备案刻制并登记启用。',
  fields: [
    ...applicantHeader(),
    choice('kind', '申请类型', ['新刻', '更换（旧章收回）', '补刻（遗失）'], { required: true }),
    choice('sealType', '印章类型', ['科室章', '业务专用章', '党支部章', '签名章', '其他'], {
      required: true,
    }),
    half('sealText', '印章名称（印文）', 'text', { required: true, maxLength: 60, span: 4 }),
    half('spec', '规格', 'select', {
      options: ['圆形 φ40mm', '圆形 φ38mm', '椭圆形', '方形'],
      default: { value: '圆形 φ40mm' },
    }),
    half('keeper', '拟定保管人', 'person', { required: true, default: { expr: 'initiator.id' } }),
    longText('reason', '申请理由', { required: true, maxLength: 500 }),
  ],
  flow: chain([
    departmentHead(),
    supervisingLeader(),
    approve('president', '院长审批', { role: 'president' }, { ifEmpty: 'admin' }),
    byRole('seal_keeper', '印章管理员刻制登记', 'seal_keeper'),
  ]),
  example: {
    kind: '新刻',
    sealType: '业务专用章',
    sealText: '江州市第一人民医院胸痛中心专用章',
    reason: '胸痛中心对外协作协议需加盖专用章',
  },
});
