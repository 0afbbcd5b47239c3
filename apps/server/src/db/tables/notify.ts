import type { ColumnType, Generated } from 'kysely';

export interface NotifyOutboxTable {
  notification_id: string;
  recipient_id: string;
  done_channels: Generated<string[]>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string, Date | string>;
  created_at: Date;
  sent_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
}
