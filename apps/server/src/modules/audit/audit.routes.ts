import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { loadAuditKey } from './audit.key.ts';
import { presentEntry, presentLogin, presentVerdict } from './audit.presenter.ts';
import { entryFilterQuery, entryListQuery, loginListQuery } from './audit.schema.ts';
import {
  describeFilter,
  exportEntries,
  loginPage,
  searchEntries,
  verifyChain,
} from './audit.service.ts';
import { fileStampInZone } from './audit.time.ts';
import { buildAuditWorkbook } from './audit.workbook.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The audit administrator's routes (审计管理员): search, export, verify, login log. */
export function registerAuditRoutes(app: ApiApp, deps: AppDeps): void {
  // The same key file the recorder uses; read once, when first needed.
  let key: Promise<Buffer> | null = null;
  const auditKey = () => (key ??= loadAuditKey(deps.config.auditKeyFile));

  app.get(
    '/api/v1/audit/entries',
    { config: { access: 'audit.read' }, schema: { querystring: entryListQuery } },
    async (request) => {
      const query = request.query;
      const found = await inRequestTransaction(request, deps, (ctx) => searchEntries(ctx, query));
      return {
        items: found.rows.map(presentEntry),
        total: found.total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );

  app.get(
    '/api/v1/audit/entries/export.xlsx',
    { config: { access: 'audit.export' }, schema: { querystring: entryFilterQuery } },
    async (request, reply) => {
      const filter = request.query;
      const exportedAt = deps.clock.now();
      const file = await inRequestTransaction(request, deps, (ctx) =>
        exportEntries(ctx, filter, (rows) =>
          buildAuditWorkbook(rows, {
            timeZone: deps.config.timeZone,
            exportedAt,
            exportedBy: ctx.actor ? `${ctx.actor.displayName}（${ctx.actor.username}）` : '',
            filter: describeFilter(filter),
          }),
        ),
      );
      const name = `audit-log-${fileStampInZone(exportedAt, deps.config.timeZone)}.xlsx`;
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(file);
    },
  );

  app.post(
    '/api/v1/audit/verify',
    { config: { access: 'audit.read', auditAction: 'audit.view' } },
    async (request) => {
      const secret = await auditKey();
      return presentVerdict(
        await inRequestTransaction(request, deps, (ctx) => verifyChain(ctx, secret)),
      );
    },
  );

  app.get(
    '/api/v1/audit/logins',
    { config: { access: 'audit.read' }, schema: { querystring: loginListQuery } },
    async (request) => {
      const query = request.query;
      const found = await inRequestTransaction(request, deps, (ctx) => loginPage(ctx, query));
      return {
        items: found.rows.map(presentLogin),
        total: found.total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );
}
