import type { ColumnSpec } from './excel.ts';
import type { DepartmentKind, PersonStatus } from './org.types.ts';

/** Headers of the people sheet (人员), as imported, exported and in the template. */
export const personColumns = {
  employeeNo: '工号',
  name: '姓名',
  gender: '性别',
  phone: '手机',
  email: '邮箱',
  departmentCode: '科室编码',
  departmentName: '科室',
  position: '职务',
  superiorNo: '直接上级工号',
  extraDepartments: '兼职科室编码',
  status: '状态',
} as const;

export const personSheet: ColumnSpec[] = [
  {
    header: personColumns.employeeNo,
    width: 12,
    text: true,
    note: '必填。已存在的工号会更新该人员',
  },
  { header: personColumns.name, width: 12, note: '必填' },
  { header: personColumns.gender, width: 8, choices: ['男', '女', '未知'] },
  { header: personColumns.phone, width: 16, text: true, note: '手机 11 位，或固话如 010-12345678' },
  { header: personColumns.email, width: 28 },
  {
    header: personColumns.departmentCode,
    width: 12,
    text: true,
    note: '科室编码与科室名称填一个即可，编码优先',
  },
  { header: personColumns.departmentName, width: 20 },
  { header: personColumns.position, width: 12, note: '如 主任、主治医师、护士；新职务会自动创建' },
  {
    header: personColumns.superiorNo,
    width: 14,
    text: true,
    note: '可填本文件中或系统中已有人员的工号',
  },
  { header: personColumns.extraDepartments, width: 18, text: true, note: '多个用逗号分隔' },
  { header: personColumns.status, width: 8, choices: ['在职', '停用'] },
];

export const statusLabels: Record<PersonStatus, string> = { active: '在职', disabled: '停用' };

/** Reads 在职/停用 (and a few synonyms); undefined when blank, null when unknown. */
export function parseStatus(text: string | undefined): PersonStatus | null | undefined {
  if (!text) return undefined;
  if (['在职', '启用', '正常', 'active'].includes(text)) return 'active';
  if (['停用', '禁用', '离职', 'disabled'].includes(text)) return 'disabled';
  return null;
}

/** Headers of the departments sheet (科室). */
export const departmentColumns = {
  code: '科室编码',
  name: '科室名称',
  parentCode: '上级科室编码',
  kind: '类型',
  campus: '院区',
  headNo: '负责人工号',
  sort: '排序',
} as const;

export const kindLabels: Record<DepartmentKind, string> = {
  hospital: '医院',
  clinical: '临床',
  medical_technical: '医技',
  nursing: '护理',
  administrative: '行政',
  logistics: '后勤',
  other: '其他',
};

export const departmentSheet: ColumnSpec[] = [
  { header: departmentColumns.code, width: 12, text: true, note: '必填。已存在的编码会更新该科室' },
  { header: departmentColumns.name, width: 22, note: '必填' },
  {
    header: departmentColumns.parentCode,
    width: 14,
    text: true,
    note: '留空为顶级；可填本文件中的科室',
  },
  { header: departmentColumns.kind, width: 8, choices: Object.values(kindLabels) },
  { header: departmentColumns.campus, width: 12, note: '院区名称或编码' },
  { header: departmentColumns.headNo, width: 12, text: true },
  { header: departmentColumns.sort, width: 8 },
];

/** Reads a department kind from its label (临床, 临床科室, clinical…); null when unknown. */
export function parseKind(text: string | undefined): DepartmentKind | null | undefined {
  if (!text) return undefined;
  for (const [kind, label] of Object.entries(kindLabels) as [DepartmentKind, string][]) {
    if (text === kind || text === label || text.startsWith(label)) return kind;
  }
  if (text === '行政职能' || text === '职能') return 'administrative';
  return null;
}

/** Splits a list cell ("C01,C02、C03") into codes. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '').split(/[,，、;；\s]+/).filter(Boolean);
}
