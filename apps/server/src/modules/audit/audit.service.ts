import { fail } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import type { AuditRow } from './audit.repository.ts';
import type { EntryFilter, EntryListQuery, LoginListQuery } from './audit.schema.ts';
import { findEntries, findEntriesUpTo, findLogins } from './audit.search.repository.ts';
import { verifyAuditChain, type ChainVerdict } from './audit.verify.ts';

/** The most entries one export may hold; narrower filters export the rest. */
export const maxExportRows = 50_000;

/** The filter as it is written into the audit entry of an export (dates in UTC). */
export function describeFilter(filter: EntryFilter): Record<string, string> {
  const described: Record<string, string> = {};
  for (const [name, value] of Object.entries(filter)) {
    if (value instanceof Date) described[name] = value.toISOString();
    else if (typeof value === 'string') described[name] = value;
  }
  return described;
}

/**
 * A page of entries. Searching is not itself audited: one entry per page
 * view would flood the log; exports and verifications are.
 */
export function searchEntries(ctx: ServiceContext, query: EntryListQuery) {
  const { page, pageSize, ...criteria } = query;
  return findEntries(ctx.trx, criteria, { page, pageSize });
}

/**
 * Renders the matching entries (newest first) and records the export as an
 * `audit.view` entry. Rendering happens before the entry is appended, so the
 * chain lock is held only for the append.
 */
export async function exportEntries<T>(
  ctx: ServiceContext,
  filter: EntryFilter,
  render: (rows: readonly AuditRow[]) => Promise<T>,
): Promise<T> {
  const rows = await findEntriesUpTo(ctx.trx, filter, maxExportRows + 1);
  if (rows.length > maxExportRows) {
    throw fail.validation(
      `符合条件的审计日志超过 ${maxExportRows} 条，请缩小时间范围或增加筛选条件后分批导出`,
    );
  }
  const file = await render(rows);
  await ctx.audit({
    action: 'audit.view',
    targetType: 'audit_log',
    summary: { operation: 'export', filter: describeFilter(filter), rows: rows.length },
  });
  return file;
}

/** Verifies the whole chain on demand and records that it was checked, with the verdict. */
export async function verifyChain(ctx: ServiceContext, key: Buffer): Promise<ChainVerdict> {
  const verdict = await verifyAuditChain(ctx.trx, key);
  await ctx.audit({
    action: 'audit.view',
    targetType: 'audit_log',
    summary: {
      operation: 'verify',
      intact: verdict.intact,
      entries: verdict.entries,
      ...(verdict.intact ? {} : { brokenAt: verdict.brokenAt }),
    },
  });
  return verdict;
}

/** A page of the login log (owned by auth; read here for the audit administrator). */
export function loginPage(ctx: ServiceContext, query: LoginListQuery) {
  const { page, pageSize, ...criteria } = query;
  return findLogins(ctx.trx, criteria, { page, pageSize });
}
