import { templateCategories } from './categories.ts';
import { defineTemplate } from './define.ts';
import { applicantHeader, choice, half, longText } from './fields.ts';
import { byRole, chain, departmentHead } from './flow.ts';

/** 工牌制作申请: 科室负责人 confirms the details, 院长办公室 makes the badges. */
export const badge = defineTemplate({
  key: 'badge',
  name: '工牌制作申请',
  category: templateCategories.personnel,
  description: '新入职、岗位或职称变动、遗失补办工牌：科室负责人核对信息后由院长办公室统一制作。',
  fields: [
    ...applicantHeader(),
    choice('reason', '制作原因', ['新入职', '职称/职务变动', '遗失补办', '损坏更换'], {
      required: true,
    }),
    half('pickup', '领取方式', 'select', {
      options: ['本人领取', '科室统一领取'],
      default: { value: '科室统一领取' },
    }),
    {
      key: 'people',
      label: '制作人员',
      type: 'table',
      required: true,
      minRows: 1,
      maxRows: 50,
      span: 4,
      columns: [
        { key: 'name', label: '姓名', type: 'text', maxLength: 30, required: true },
        { key: 'employeeNo', label: '工号', type: 'text', maxLength: 20, required: true },
        { key: 'title', label: '职称/职务', type: 'text', maxLength: 30 },
        {
          key: 'kind',
          label: '工牌类型',
          type: 'select',
          options: ['医师', '护士', '医技', '药师', '行政后勤', '进修/规培'],
        },
      ],
    },
    longText('remark', '备注', { maxLength: 300, help: '照片请使用近 6 个月内白底证件照' }),
  ],
  flow: chain([
    departmentHead('dept_head', '科室负责人核对'),
    byRole('office', '院长办公室制作', 'seal_keeper'),
  ]),
  example: {
    reason: '新入职',
    people: [{ name: '林晓雨', employeeNo: '26031', title: '住院医师', kind: '医师' }],
  },
});
