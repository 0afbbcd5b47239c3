// The organisation feature's public surface for pages.
export * from './api/types.ts';
export { orgApi } from './api/org.api.ts';
export {
  orgKeys,
  useCampuses,
  useDepartmentSearch,
  useDepartmentTree,
  usePeople,
  usePeopleSearch,
  usePositions,
  useRoleGroups,
  useRoles,
} from './hooks/queries.ts';
export { PersonPicker, type KnownPerson } from './components/PersonPicker.tsx';
export { DepartmentPicker } from './components/DepartmentPicker.tsx';
export { flattenTree, pathOf, pruneTree } from './departmentTree.ts';
export { orgMessages } from './messages.ts';
export { DepartmentsScreen } from './components/DepartmentsScreen.tsx';
export { PeopleScreen } from './components/PeopleScreen.tsx';
export { RolesScreen } from './components/RolesScreen.tsx';
export { ImportExportScreen } from './components/ImportExportScreen.tsx';
export { ContactsScreen } from './components/ContactsScreen.tsx';
