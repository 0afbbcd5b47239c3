import type { BudgetRow } from './budget.repository.ts';

/**
 * A budget line as forms read it: money as numbers in yuan (two decimals at most).
 * `remaining` is `total - used - reserved`: requests in progress already hold theirs.
 */
export function presentBudget(row: BudgetRow) {
  return {
    code: row.code,
    name: row.name,
    department: row.department_name,
    departmentId: row.department_id,
    year: row.year,
    total: Number(row.total),
    used: Number(row.used),
    reserved: Number(row.reserved),
    remaining: Number(row.remaining),
  };
}
