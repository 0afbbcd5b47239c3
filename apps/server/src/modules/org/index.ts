// The organisation module's public surface: nothing else of modules/org is imported from outside.
export { orgModule } from './org.routes.ts';
export {
  departmentHeadOf,
  findPersonByEmployeeNo,
  getDepartmentInfo,
  getPersonProfile,
  roleHolders,
  rolesOfPerson,
  searchPeople,
  superiorOf,
  type DepartmentInfo,
  type PersonPick,
} from './org.directory.ts';
export {
  addPersonLifecycleListener,
  setPersonLifecycleListener,
  type PersonLifecycleListener,
} from './org.lifecycle.ts';
export {
  orgRoleCodes,
  staffRoleCode,
  type DepartmentKind,
  type Gender,
  type PersonProfile,
  type PersonRef,
  type PersonStatus,
  type RoleRef,
} from './org.types.ts';
export { organisationSnapshot, type OrganisationSnapshot } from './org.snapshot.repository.ts';
export { departmentNameReadings, personNameReadings, type NameReadings } from './pinyin.ts';
export { seedDemoOrganisation, type DemoSeedResult } from './seed.ts';
export { demoPeople, type DemoPerson, type DemoPersonKey } from './seed.people.ts';
export { xlsxContentType } from './transfer.routes.ts';
