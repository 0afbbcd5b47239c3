import { AppError, isUuid, newId } from '@yuanwu/kernel';
import type { ServiceContext } from '../../platform/service-context.ts';
import { mayReadFileThroughInstances } from '../workflow/index.ts';
import { findFile, insertFile, softDeleteFile, type FileRow } from './files.repository.ts';

function actorOf(ctx: ServiceContext) {
  if (!ctx.actor) throw new AppError('unauthenticated', '请先登录');
  return ctx.actor;
}

/** A file name as people see it: no folders, no control characters, not too long. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001F\u007F]/g, '').trim();
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, 200 - extension.length) + extension;
}

/** Records an upload whose bytes are stored already. */
export async function recordUpload(
  ctx: ServiceContext,
  file: { sha256: string; size: number; name: string; contentType: string },
): Promise<FileRow> {
  const actor = actorOf(ctx);
  const row: FileRow = {
    id: newId(),
    sha256: file.sha256,
    size: file.size,
    name: file.name,
    content_type: file.contentType,
    uploaded_by: actor.accountId,
    created_at: ctx.now,
  };
  await insertFile(ctx.trx, row);
  await ctx.audit({
    action: 'file.upload',
    targetType: 'file',
    targetId: row.id,
    summary: { name: row.name, size: row.size, contentType: row.content_type, sha256: row.sha256 },
  });
  return row;
}

/**
 * A file this user may read: their own upload, or one referenced by the form
 * of an instance they may read. Anything else is "not found", so ids cannot
 * be probed.
 */
export async function readableFile(ctx: ServiceContext, id: string): Promise<FileRow> {
  const actor = actorOf(ctx);
  const file = isUuid(id) ? await findFile(ctx.trx, id) : undefined;
  if (file) {
    if (file.uploaded_by === actor.accountId) return file;
    if (await mayReadFileThroughInstances(ctx.trx, actor, id)) return file;
  }
  throw new AppError('not_found', '文件不存在或无权查看');
}

/** Soft-deletes my own upload (instances that reference it keep a dangling id). */
export async function deleteFile(ctx: ServiceContext, id: string): Promise<void> {
  const actor = actorOf(ctx);
  const file = isUuid(id) ? await findFile(ctx.trx, id) : undefined;
  if (!file || file.uploaded_by !== actor.accountId) {
    throw new AppError('not_found', '文件不存在或无权删除');
  }
  await softDeleteFile(ctx.trx, id, ctx.now);
  await ctx.audit({
    action: 'file.delete',
    targetType: 'file',
    targetId: id,
    summary: { name: file.name },
  });
}
