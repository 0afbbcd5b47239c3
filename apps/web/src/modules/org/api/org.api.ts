import { api } from '../../../app/api.ts';
import type {
  Campus,
  DepartmentHit,
  DepartmentInput,
  DepartmentNode,
  ImportKind,
  ImportMode,
  ImportReport,
  Paged,
  PeopleQuery,
  PersonDetail,
  PersonHit,
  PersonInput,
  PersonSummary,
  Position,
  Role,
  RoleGroup,
  RoleInput,
  RoleMember,
} from './types.ts';

/** Calls of `modules/org` on the server, one function per endpoint. */
export const orgApi = {
  campuses: () => api.get<Campus[]>('/org/campuses'),
  positions: () => api.get<Position[]>('/org/positions'),

  departmentTree: () => api.get<DepartmentNode[]>('/org/departments/tree'),
  searchDepartments: (q: string, limit = 20) =>
    api.get<DepartmentHit[]>('/org/departments/search', { q, limit }),
  createDepartment: (input: DepartmentInput) => api.post<DepartmentNode>('/org/departments', input),
  updateDepartment: (id: string, patch: Partial<DepartmentInput>) =>
    api.patch<DepartmentNode>(`/org/departments/${encodeURIComponent(id)}`, patch),
  deleteDepartment: (id: string) => api.delete(`/org/departments/${encodeURIComponent(id)}`),

  people: (query: PeopleQuery) => api.get<Paged<PersonSummary>>('/org/people', { ...query }),
  searchPeople: (q: string, limit = 20) => api.get<PersonHit[]>('/org/people/search', { q, limit }),
  person: (id: string) => api.get<PersonDetail>(`/org/people/${encodeURIComponent(id)}`),
  createPerson: (input: PersonInput) => api.post<PersonDetail>('/org/people', input),
  updatePerson: (id: string, patch: Partial<PersonInput>) =>
    api.patch<PersonDetail>(`/org/people/${encodeURIComponent(id)}`, patch),
  disablePerson: (id: string) =>
    api.post<PersonDetail>(`/org/people/${encodeURIComponent(id)}/disable`),
  enablePerson: (id: string) =>
    api.post<PersonDetail>(`/org/people/${encodeURIComponent(id)}/enable`),
  movePerson: (id: string, departmentId: string) =>
    api.post<PersonDetail>(`/org/people/${encodeURIComponent(id)}/move`, { departmentId }),

  roles: () => api.get<Role[]>('/org/roles'),
  roleGroups: () => api.get<RoleGroup[]>('/org/role-groups'),
  createRole: (input: RoleInput) => api.post<Role>('/org/roles', input),
  updateRole: (id: string, patch: Partial<RoleInput>) =>
    api.patch<Role>(`/org/roles/${encodeURIComponent(id)}`, patch),
  roleMembers: (id: string, query: { q?: string; page: number; pageSize: number }) =>
    api.get<Paged<RoleMember>>(`/org/roles/${encodeURIComponent(id)}/members`, query),
  addRoleMembers: (id: string, personIds: string[]) =>
    api.post<{ added: number }>(`/org/roles/${encodeURIComponent(id)}/members`, { personIds }),
  removeRoleMember: (id: string, personId: string) =>
    api.delete(`/org/roles/${encodeURIComponent(id)}/members/${encodeURIComponent(personId)}`),

  downloadTemplate: (kind: ImportKind) =>
    api.download(`/org/import/${kind}/template.xlsx`, `${kind}-template.xlsx`),
  exportList: (kind: ImportKind) => api.download(`/org/export/${kind}.xlsx`, `${kind}.xlsx`),
  importFile: (kind: ImportKind, file: File, mode: ImportMode) =>
    api.upload<ImportReport>(`/org/import/${kind}`, xlsx(file), { mode }),
};

// Browsers sometimes report an empty or generic type for .xlsx; the server expects this one.
function xlsx(file: File): Blob {
  return new Blob([file], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
