import type { FileRow } from './files.repository.ts';

export function presentFile(row: FileRow) {
  return {
    id: row.id,
    name: row.name,
    size: Number(row.size),
    contentType: row.content_type,
    sha256: row.sha256,
    createdAt: row.created_at.toISOString(),
  };
}

/** RFC 6266: an ASCII fallback and the exact UTF-8 name for every current browser. */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const fallback = name.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_') || 'file';
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
