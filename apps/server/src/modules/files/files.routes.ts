import fastifyMultipart from '@fastify/multipart';
import { AppError } from '@yuanwu/kernel';
import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { contentDisposition, presentFile } from './files.presenter.ts';
import { downloadQuery, fileParams, inlineTypes } from './files.schema.ts';
import { cleanFileName, deleteFile, readableFile, recordUpload } from './files.service.ts';
import { sniffContentType } from './files.sniff.ts';
import type { FileStore } from './files.store.ts';

const base = '/api/v1/files';

/** 附件: upload (multipart, field `file`), metadata, download, delete my own. */
export function registerFileRoutes(app: ApiApp, deps: AppDeps, store: FileStore): void {
  const maxBytes = deps.config.uploadMaxBytes;
  const maxMb = Math.round(maxBytes / 1024 / 1024);
  // Multipart parsing only for these routes (encapsulated).
  void app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 },
      throwFileSizeLimit: false,
    });

    scope.post(
      base,
      { config: { access: 'authenticated', auditAction: 'file.upload' } },
      async (request, reply) => {
        if (!request.isMultipart()) {
          throw new AppError('validation', '请以 multipart/form-data 上传，文件放在 file 字段');
        }
        const part = await request.file();
        if (!part || part.fieldname !== 'file') {
          part?.file.resume();
          throw new AppError('validation', '请在 file 字段中上传一个文件');
        }
        const received = await store.receive(part.file);
        const name = cleanFileName(part.filename);
        const contentType = name ? sniffContentType(name, received.head) : null;
        if (part.file.truncated || !contentType) {
          await store.discard(received);
          throw new AppError(
            'validation',
            part.file.truncated
              ? `文件不能超过 ${maxMb} MB`
              : '不支持的文件类型：可上传 Word、Excel、PPT、PDF、图片、压缩包和文本文件',
          );
        }
        await store.keep(received);
        const row = await inRequestTransaction(request, deps, (ctx) =>
          recordUpload(ctx, { sha256: received.sha256, size: received.size, name, contentType }),
        );
        return reply.status(201).send(presentFile(row));
      },
    );
  });

  app.get(
    `${base}/:id/meta`,
    { config: { access: 'authenticated' }, schema: { params: fileParams } },
    async (request) => {
      const { id } = request.params;
      return presentFile(await inRequestTransaction(request, deps, (ctx) => readableFile(ctx, id)));
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: 'authenticated' },
      schema: { params: fileParams, querystring: downloadQuery },
    },
    async (request, reply) => {
      const { id } = request.params;
      const file = await inRequestTransaction(request, deps, (ctx) => readableFile(ctx, id));
      const inline = request.query.inline === true && inlineTypes.has(file.content_type);
      return reply
        .header('content-type', file.content_type)
        .header('content-length', String(file.size))
        .header(
          'content-disposition',
          contentDisposition(inline ? 'inline' : 'attachment', file.name),
        )
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(store.open(file.sha256));
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: 'authenticated', auditAction: 'file.delete' },
      schema: { params: fileParams },
    },
    async (request, reply) => {
      const { id } = request.params;
      await inRequestTransaction(request, deps, (ctx) => deleteFile(ctx, id));
      return reply.status(204).send();
    },
  );
}
