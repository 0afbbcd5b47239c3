import { sql, type Kysely } from 'kysely';

const positions: [code: string, name: string][] = [
  ['president', '院长'],
  ['vice_president', '副院长'],
  ['party_secretary', '党委书记'],
  ['director', '主任'],
  ['deputy_director', '副主任'],
  ['head_nurse', '护士长'],
  ['chief_physician', '主任医师'],
  ['associate_chief_physician', '副主任医师'],
  ['attending_physician', '主治医师'],
  ['resident_physician', '住院医师'],
  ['chief_nurse', '主任护师'],
  ['associate_chief_nurse', '副主任护师'],
  ['supervisor_nurse', '主管护师'],
  ['senior_nurse', '护师'],
  ['nurse', '护士'],
  ['supervisor_technician', '主管技师'],
  ['technician', '技师'],
  ['pharmacist', '药师'],
  ['section_chief', '科长'],
  ['deputy_section_chief', '副科长'],
  ['clerk', '科员'],
  ['engineer', '工程师'],
  ['accountant', '会计'],
  ['worker', '工勤人员'],
];

const groups = ['院领导', '中层干部', '职能审核'];

const roles: [code: string, name: string, group: string | null, description: string][] = [
  ['staff', '员工', null, '全体人员自动持有，无需添加成员'],
  ['president', '院长', '院领导', '医院主要负责人'],
  ['vice_president', '分管副院长', '院领导', '分管若干科室的副院长'],
  ['department_director', '科室主任', '中层干部', '临床、医技与职能科室负责人'],
  ['head_nurse', '护士长', '中层干部', '病区护理负责人'],
  ['party_office_director', '党办主任', '中层干部', '党委办公室负责人'],
  ['finance_reviewer', '财务审核', '职能审核', '报销、预算等费用审核'],
  ['seal_keeper', '印章管理员', '职能审核', '保管院章并办理用章'],
  ['archivist', '档案管理员', '职能审核', '档案调阅、归还与移交'],
  ['it_reviewer', '信息科审核', '职能审核', '信息系统需求与上线审核'],
  ['procurement_reviewer', '采购审核', '职能审核', '采购申请与论证审核'],
  ['equipment_manager', '设备管理员', '职能审核', '设备维修与采购管理'],
];

/**
 * The standard positions, role groups and roles every installation starts
 * with: the shipped workflow templates address approvers by these role
 * codes, and `staff` (员工) is the built-in role everyone holds implicitly.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [index, [code, name]] of positions.entries()) {
    await sql`INSERT INTO position (id, code, name, sort)
      VALUES (gen_random_uuid(), ${code}, ${name}, ${(index + 1) * 10})`.execute(db);
  }
  for (const [index, name] of groups.entries()) {
    await sql`INSERT INTO role_group (id, name, sort)
      VALUES (gen_random_uuid(), ${name}, ${(index + 1) * 10})`.execute(db);
  }
  for (const [index, [code, name, group, description]] of roles.entries()) {
    await sql`INSERT INTO role (id, code, name, description, group_id, builtin, sort)
      VALUES (gen_random_uuid(), ${code}, ${name}, ${description},
        (SELECT id FROM role_group WHERE name = ${group} AND deleted_at IS NULL),
        ${code === 'staff'}, ${index * 10})`.execute(db);
  }
}
