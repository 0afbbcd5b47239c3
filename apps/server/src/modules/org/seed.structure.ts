import type { DepartmentKind } from './org.types.ts';

/** The demo hospital's campuses (院区). */
export const demoCampuses = [
  { code: 'BB', name: '本部院区', address: '江州市人民路 88 号' },
  { code: 'DY', name: '东院区', address: '江州市东湖大道 1200 号' },
  { code: 'NY', name: '南院区', address: '江州市南山路 36 号' },
] as const;

export type CampusCode = (typeof demoCampuses)[number]['code'];

/** How a department's people are made up. */
export type StaffMix =
  'leaders' | 'clinical' | 'medtech' | 'pharmacy' | 'nursing' | 'admin' | 'logistics' | 'none';

/** One department of the demo tree. `size` counts its people, the head included. */
export interface DepartmentSpec {
  code: string;
  name: string;
  kind: DepartmentKind;
  parent: string | null;
  campus: CampusCode;
  mix: StaffMix;
  size: number;
}

const group = (
  parent: string,
  kind: DepartmentKind,
  mix: StaffMix,
  items: [code: string, name: string, size: number, campus?: CampusCode][],
): DepartmentSpec[] =>
  items.map(([code, name, size, campus]) => ({
    code,
    name,
    kind,
    parent,
    campus: campus ?? 'BB',
    mix,
    size,
  }));

/** The tree: 医院 → 院领导, 临床科室, 医技科室, 护理部, 行政职能, 后勤保障 → departments. */
export const demoDepartments: DepartmentSpec[] = [
  {
    code: 'H',
    name: '江州市第一人民医院',
    kind: 'hospital',
    parent: null,
    campus: 'BB',
    mix: 'none',
    size: 0,
  },
  {
    code: 'LD',
    name: '院领导',
    kind: 'administrative',
    parent: 'H',
    campus: 'BB',
    mix: 'leaders',
    size: 5,
  },
  {
    code: 'CL',
    name: '临床科室',
    kind: 'clinical',
    parent: 'H',
    campus: 'BB',
    mix: 'none',
    size: 0,
  },
  {
    code: 'MT',
    name: '医技科室',
    kind: 'medical_technical',
    parent: 'H',
    campus: 'BB',
    mix: 'none',
    size: 0,
  },
  {
    code: 'N01',
    name: '护理部',
    kind: 'nursing',
    parent: 'H',
    campus: 'BB',
    mix: 'nursing',
    size: 10,
  },
  {
    code: 'AD',
    name: '行政职能',
    kind: 'administrative',
    parent: 'H',
    campus: 'BB',
    mix: 'none',
    size: 0,
  },
  {
    code: 'LG',
    name: '后勤保障',
    kind: 'logistics',
    parent: 'H',
    campus: 'BB',
    mix: 'none',
    size: 0,
  },
  ...group('CL', 'clinical', 'clinical', [
    ['C01', '心血管内科', 46],
    ['C02', '呼吸与危重症医学科', 44],
    ['C03', '消化内科', 40],
    ['C04', '神经内科', 40],
    ['C05', '内分泌科', 30],
    ['C06', '肾内科', 32],
    ['C07', '血液内科', 30],
    ['C08', '肿瘤科', 36],
    ['C09', '感染科', 26],
    ['C10', '普通外科', 48],
    ['C11', '骨科', 46],
    ['C12', '神经外科', 36],
    ['C13', '心胸外科', 32],
    ['C14', '泌尿外科', 32],
    ['C15', '妇产科', 50],
    ['C16', '儿科', 44],
    ['C17', '眼科', 26],
    ['C18', '耳鼻咽喉头颈外科', 26],
    ['C19', '口腔科', 24],
    ['C20', '皮肤科', 20],
    ['C21', '急诊科', 46],
    ['C22', '重症医学科', 42],
    ['C23', '麻醉科', 40],
    ['C24', '康复医学科', 28, 'NY'],
    ['C25', '中医科', 24],
    ['C26', '全科医学科', 22],
    ['C27', '老年医学科', 30, 'NY'],
    ['C28', '东院区综合内科', 36, 'DY'],
    ['C29', '东院区综合外科', 34, 'DY'],
    ['C30', '南院区急诊科', 26, 'NY'],
  ]),
  ...group('MT', 'medical_technical', 'medtech', [
    ['M01', '检验科', 44],
    ['M02', '放射科', 40],
    ['M03', '超声科', 28],
    ['M05', '病理科', 22],
    ['M06', '核医学科', 16],
    ['M07', '输血科', 14],
    ['M08', '功能检查科', 20],
    ['M09', '东院区医技部', 24, 'DY'],
  ]),
  ...group('MT', 'medical_technical', 'pharmacy', [['M04', '药学部', 44]]),
  ...group('AD', 'administrative', 'admin', [
    ['A01', '院长办公室', 12],
    ['A02', '党委办公室', 10],
    ['A03', '医务部', 14],
    ['A04', '人力资源部', 12],
    ['A05', '财务部', 20],
    ['A06', '信息科', 18],
    ['A07', '档案室', 6],
    ['A08', '科教部', 10],
    ['A09', '质控办', 8],
    ['A10', '宣传科', 8],
    ['A11', '门诊部', 14],
    ['A12', '医保办', 10],
    ['A13', '纪检监察室', 6],
    ['A14', '审计科', 6],
    ['A15', '运营管理部', 8],
    ['A16', '东院区管理办公室', 8, 'DY'],
    ['A17', '南院区管理办公室', 8, 'NY'],
  ]),
  ...group('LG', 'logistics', 'logistics', [
    ['L01', '总务科', 30],
    ['L02', '设备科', 16],
    ['L03', '保卫科', 30],
    ['L04', '采购中心', 10],
    ['L05', '基建科', 10],
    ['L06', '膳食科', 24],
  ]),
];

/** Which 分管副院长 (by demo key) each top-level unit reports to. */
export const vicePresidentOf: Record<
  string,
  'medicalVicePresident' | 'medtechVicePresident' | 'adminVicePresident' | 'logisticsVicePresident'
> = {
  CL: 'medicalVicePresident',
  MT: 'medtechVicePresident',
  N01: 'medtechVicePresident',
  AD: 'adminVicePresident',
  LG: 'logisticsVicePresident',
};

/** Functional roles held by extra people of a department, beyond its head. */
export const functionalRoles: {
  role: string;
  department: string;
  headToo: boolean;
  extra: number;
}[] = [
  { role: 'finance_reviewer', department: 'A05', headToo: true, extra: 2 },
  { role: 'seal_keeper', department: 'A01', headToo: false, extra: 1 },
  { role: 'archivist', department: 'A07', headToo: true, extra: 1 },
  { role: 'party_office_director', department: 'A02', headToo: true, extra: 0 },
  { role: 'it_reviewer', department: 'A06', headToo: true, extra: 1 },
  { role: 'procurement_reviewer', department: 'L04', headToo: true, extra: 1 },
  { role: 'equipment_manager', department: 'L02', headToo: true, extra: 1 },
];

/** The standard roles (as migration 1933 creates them), ensured by the seed too. */
export const standardRoles: { code: string; name: string; group: string | null }[] = [
  { code: 'staff', name: '员工', group: null },
  { code: 'president', name: '院长', group: '院领导' },
  { code: 'vice_president', name: '分管副院长', group: '院领导' },
  { code: 'department_director', name: '科室主任', group: '中层干部' },
  { code: 'head_nurse', name: '护士长', group: '中层干部' },
  { code: 'party_office_director', name: '党办主任', group: '中层干部' },
  { code: 'finance_reviewer', name: '财务审核', group: '职能审核' },
  { code: 'seal_keeper', name: '印章管理员', group: '职能审核' },
  { code: 'archivist', name: '档案管理员', group: '职能审核' },
  { code: 'it_reviewer', name: '信息科审核', group: '职能审核' },
  { code: 'procurement_reviewer', name: '采购审核', group: '职能审核' },
  { code: 'equipment_manager', name: '设备管理员', group: '职能审核' },
];
