import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** numeric(14,2): pg answers a string (exact); written as a number or string. */
type Money = ColumnType<string, number | string, number | string>;

/** 预算 lines of the budget module. */
export interface BudgetTable {
  id: string;
  code: string;
  name: string;
  department_id: string | null;
  year: number;
  total: Money;
  used: ColumnType<string, number | string | undefined, number | string>;
  /** Held by requests in progress (冻结); `total - used - reserved` is what is left. */
  reserved: ColumnType<string, number | string | undefined, number | string>;
  name_pinyin: Generated<string>;
  name_initials: Generated<string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Date | null;
}

/** What one workflow instance holds on a budget line (see the budget_claims migration). */
export interface BudgetClaimTable {
  instance_id: string;
  budget_id: string;
  process_key: string;
  amount: Money;
  state: 'reserved' | 'consumed' | 'released';
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}
