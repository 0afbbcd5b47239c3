import type { ColumnType, Generated } from 'kysely';

export interface AccountTable {
  id: string;
  username: string;
  display_name: string;
  person_id: string | null;
  admin_kind: 'system' | 'security' | 'audit' | null;
  status: Generated<'active' | 'disabled'>;
  password_hash: string;
  password_changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
  must_change_password: Generated<boolean>;
  failed_count: Generated<number>;
  first_failed_at: Date | null;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface PasswordHistoryTable {
  id: Generated<string>;
  account_id: string;
  password_hash: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface SessionTable {
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  idle_timeout_seconds: number;
  expires_at: Date;
  ip: Generated<string>;
  user_agent: Generated<string>;
  ended_at: Date | null;
  end_reason: string | null;
}

export interface LoginLogTable {
  id: Generated<string>;
  at: Date;
  account_id: string | null;
  username: string;
  ip: Generated<string>;
  user_agent: Generated<string>;
  success: boolean;
  reason: Generated<string>;
}

export interface SecurityPolicyTable {
  id: Generated<boolean>;
  min_length: number;
  max_length: number;
  min_char_classes: number;
  forbid_username: boolean;
  forbid_common: boolean;
  expiry_days: number;
  history_count: number;
  lockout_threshold: number;
  lockout_window_minutes: number;
  lockout_minutes: number;
  idle_minutes: number;
  admin_idle_minutes: number;
  absolute_hours: number;
  max_failures_per_hour: number;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
