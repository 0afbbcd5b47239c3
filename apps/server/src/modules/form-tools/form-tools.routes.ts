import multipart from '@fastify/multipart';
import { fail } from '@yuanwu/kernel';
import type { FastifyRequest } from 'fastify';
import type { ApiApp, AppDeps, AppModule } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { KeyAllocator } from './field-keys.ts';
import {
  keySuggestionQuery,
  keySuggestionResponse,
  layoutProposalResponse,
} from './form-tools.schema.ts';
import { importExcelLayout } from './form-tools.service.ts';

const tags = ['workflow'];
const maxFileBytes = 10 * 1024 * 1024;
const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The uploaded workbook: the multipart part named `file` (or the first file part). */
async function uploadedWorkbook(request: FastifyRequest): Promise<{ name: string; bytes: Buffer }> {
  // The web client sends the file as the raw body, like the org imports; forms send multipart.
  if (Buffer.isBuffer(request.body)) return { name: 'upload.xlsx', bytes: request.body };
  if (!request.isMultipart()) throw fail.validation('请以 multipart/form-data 上传 .xlsx 文件');
  const part = await request.file({ limits: { fileSize: maxFileBytes, files: 1 } });
  if (!part)
    throw fail.validation('请选择要导入的 .xlsx 文件', [{ path: 'file', message: '缺少文件' }]);
  const bytes = await part.toBuffer();
  if (part.file.truncated) throw fail.validation('文件超过 10 MB');
  return { name: part.filename, bytes };
}

function registerRoutes(app: ApiApp, deps: AppDeps): void {
  app.post(
    '/api/v1/workflow/forms/import-excel',
    {
      config: { access: 'workflow.design' },
      schema: { tags, response: { 200: layoutProposalResponse } },
    },
    async (request) => {
      const { name, bytes } = await uploadedWorkbook(request);
      const proposal = await inRequestTransaction(request, deps, (ctx) =>
        importExcelLayout(ctx, name, bytes),
      );
      const { fields, ...rest } = proposal;
      return { ...rest, form: { fields } };
    },
  );
  // The designer names new fields after their label's pinyin (申请日期 → shenQingRiQi).
  app.get(
    '/api/v1/workflow/forms/key-suggestion',
    {
      config: { access: 'workflow.design' },
      schema: { tags, querystring: keySuggestionQuery, response: { 200: keySuggestionResponse } },
    },
    (request) => {
      const taken = (request.query.taken ?? '').split(',').filter(Boolean);
      return Promise.resolve({ key: new KeyAllocator(taken).next(request.query.label) });
    },
  );
}

/** 表单工具: helpers of the form designer (Excel layout import, key suggestions). */
export const formToolsModule: AppModule = {
  name: 'form-tools',
  registerRoutes(app, deps) {
    // Encapsulated, so multipart parsing applies here unless the app already offers it.
    void app.register(async (scope: ApiApp) => {
      if (!scope.hasContentTypeParser('multipart/form-data')) await scope.register(multipart);
      scope.addContentTypeParser(
        xlsxContentType,
        { parseAs: 'buffer', bodyLimit: maxFileBytes },
        (_request, body, done) => done(null, body),
      );
      registerRoutes(scope, deps);
    });
  },
};
