import type { Gender } from './org.types.ts';

/** A demo person worth remembering: README logins and browser tests name them. */
export interface DemoPerson {
  employeeNo: string;
  name: string;
  gender: Gender;
  departmentCode: string;
  department: string;
  position: string;
  /** Standard role codes held (besides the implicit 员工). */
  roles: readonly string[];
}

const person = (
  employeeNo: string,
  name: string,
  gender: Gender,
  departmentCode: string,
  department: string,
  position: string,
  roles: readonly string[] = [],
): DemoPerson => ({ employeeNo, name, gender, departmentCode, department, position, roles });

/** The memorable people of the demo hospital, by what they are for. */
export const demoPeople = {
  /** 院长: top of every approval chain. */
  president: person('10001', '周建国', 'male', 'LD', '院领导', '院长', ['president']),
  /** 分管医疗副院长: head of 临床科室; 单 reads shàn. */
  medicalVicePresident: person('10002', '单志刚', 'male', 'LD', '院领导', '副院长', [
    'vice_president',
  ]),
  /** 分管医技与护理副院长: head of 医技科室, over 护理部; 曾 reads zēng. */
  medtechVicePresident: person('10003', '曾慧敏', 'female', 'LD', '院领导', '副院长', [
    'vice_president',
  ]),
  /** 分管行政副院长: head of 行政职能. */
  adminVicePresident: person('10004', '陈立新', 'male', 'LD', '院领导', '副院长', [
    'vice_president',
  ]),
  /** 分管后勤副院长: head of 后勤保障; 解 reads xiè. */
  logisticsVicePresident: person('10005', '解文博', 'male', 'LD', '院领导', '副院长', [
    'vice_president',
  ]),
  /** 心血管内科主任: the doctor's head and superior. */
  cardiologyHead: person('10101', '李卫东', 'male', 'C01', '心血管内科', '主任', [
    'department_director',
  ]),
  /** A doctor in 心血管内科: the everyday requester. */
  cardiologyDoctor: person('10102', '张晓明', 'male', 'C01', '心血管内科', '主治医师'),
  /** 心血管内科护士长; 仇 reads qiú. */
  cardiologyHeadNurse: person('10103', '仇丽娟', 'female', 'C01', '心血管内科', '护士长', [
    'head_nurse',
  ]),
  /** A 财务审核 member in 财务部. */
  financeReviewer: person('10201', '刘芳', 'female', 'A05', '财务部', '会计', ['finance_reviewer']),
  /** 印章管理员 in 院长办公室; 区 reads ōu. */
  sealKeeper: person('10301', '区海燕', 'female', 'A01', '院长办公室', '科员', ['seal_keeper']),
  /** 信息科科长 and 信息科审核; 查 reads zhā. */
  itHead: person('10401', '查明', 'male', 'A06', '信息科', '科长', [
    'department_director',
    'it_reviewer',
  ]),
  /** 党委办公室主任 (党办主任). */
  partyOfficeDirector: person('10501', '孙丽萍', 'female', 'A02', '党委办公室', '主任', [
    'department_director',
    'party_office_director',
  ]),
  /** 档案管理员 in 档案室. */
  archivist: person('10601', '马晓燕', 'female', 'A07', '档案室', '科员', ['archivist']),
} as const satisfies Record<string, DemoPerson>;

export type DemoPersonKey = keyof typeof demoPeople;
