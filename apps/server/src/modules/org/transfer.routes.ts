import { fail } from '@yuanwu/kernel';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { importDepartments } from './departments.import.service.ts';
import { importModes } from './import.report.ts';
import { importPeople } from './people.import.service.ts';
import {
  departmentsTemplate,
  exportDepartments,
  exportPeople,
  peopleTemplate,
} from './transfer.service.ts';

/** The content type of an .xlsx file, accepted as a raw body by the import routes. */
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const tags = ['org'];
const importQuery = z.object({ mode: z.enum(importModes).default('dry-run') });
const importReport = z.object({
  mode: z.enum(importModes),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
  written: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});

function sendXlsx(reply: FastifyReply, fileName: string, bytes: Buffer) {
  return reply
    .header('content-type', xlsxContentType)
    .header(
      'content-disposition',
      `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .send(bytes);
}

function bodyBytes(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  throw fail.validation(`请以 ${xlsxContentType} 上传 .xlsx 文件`);
}

/** Excel export, templates and import of people and departments. */
export function registerTransferRoutes(app: ApiApp, deps: AppDeps): void {
  const files = [
    ['/api/v1/org/export/people.xlsx', '人员.xlsx', exportPeople, 'org.import'],
    ['/api/v1/org/export/departments.xlsx', '科室.xlsx', exportDepartments, 'org.import'],
    ['/api/v1/org/import/people/template.xlsx', '人员导入模板.xlsx', peopleTemplate, 'org.import'],
    [
      '/api/v1/org/import/departments/template.xlsx',
      '科室导入模板.xlsx',
      departmentsTemplate,
      'org.import',
    ],
  ] as const;
  for (const [url, fileName, build, access] of files) {
    app.get(url, { config: { access }, schema: { tags } }, async (request, reply) =>
      sendXlsx(reply, fileName, await inRequestTransaction(request, deps, (ctx) => build(ctx))),
    );
  }
  const imports = [
    ['/api/v1/org/import/people', importPeople],
    ['/api/v1/org/import/departments', importDepartments],
  ] as const;
  for (const [url, run] of imports) {
    app.post(
      url,
      {
        config: { access: 'org.import' },
        schema: { tags, querystring: importQuery, response: { 200: importReport } },
      },
      (request) =>
        inRequestTransaction(request, deps, (ctx) =>
          run(ctx, bodyBytes(request.body), request.query.mode),
        ),
    );
  }
}
