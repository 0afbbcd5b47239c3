/**
 * What may be uploaded (SECURITY: no HTML, SVG or scripts that a browser would
 * run): office documents, PDF, images, archives and plain text. The type is
 * decided from the file's first bytes and must agree with its extension; the
 * browser's claimed content type is ignored.
 */
type Family = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'zip' | 'ole' | 'rar' | '7z' | 'text';

const byExtension: Record<string, { family: Family; contentType: string }> = {
  pdf: { family: 'pdf', contentType: 'application/pdf' },
  png: { family: 'png', contentType: 'image/png' },
  jpg: { family: 'jpeg', contentType: 'image/jpeg' },
  jpeg: { family: 'jpeg', contentType: 'image/jpeg' },
  gif: { family: 'gif', contentType: 'image/gif' },
  webp: { family: 'webp', contentType: 'image/webp' },
  docx: {
    family: 'zip',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: {
    family: 'zip',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  pptx: {
    family: 'zip',
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  ofd: { family: 'zip', contentType: 'application/ofd' },
  zip: { family: 'zip', contentType: 'application/zip' },
  doc: { family: 'ole', contentType: 'application/msword' },
  xls: { family: 'ole', contentType: 'application/vnd.ms-excel' },
  ppt: { family: 'ole', contentType: 'application/vnd.ms-powerpoint' },
  rar: { family: 'rar', contentType: 'application/vnd.rar' },
  '7z': { family: '7z', contentType: 'application/x-7z-compressed' },
  txt: { family: 'text', contentType: 'text/plain; charset=utf-8' },
  csv: { family: 'text', contentType: 'text/csv; charset=utf-8' },
};

export const allowedExtensions = Object.keys(byExtension);

const starts = (head: Buffer, bytes: readonly number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((byte, i) => head[at + i] === byte);

function familyOf(head: Buffer): Family | null {
  if (starts(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(head, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (starts(head, [0x52, 0x49, 0x46, 0x46]) && starts(head, [0x57, 0x45, 0x42, 0x50], 8)) {
    return 'webp';
  }
  if (starts(head, [0x50, 0x4b, 0x03, 0x04]) || starts(head, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (starts(head, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return 'rar';
  if (starts(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (looksLikeText(head)) return 'text';
  return null;
}

/** UTF-8 (or an empty file) without control bytes other than tab and line breaks. */
function looksLikeText(head: Buffer): boolean {
  // The head may cut a multi-byte character in two: ignore the last 3 bytes' decoding.
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(head);
  const body = decoded.slice(0, Math.max(0, decoded.length - 2));
  if (body.includes('\uFFFD')) return false;
  // eslint-disable-next-line no-control-regex -- control bytes are exactly what we look for
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(body);
}

/** The content type to store and serve, or null when the file is not allowed. */
export function sniffContentType(name: string, head: Buffer): string | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  const allowed = extension ? byExtension[extension] : undefined;
  if (!allowed) return null;
  return familyOf(head) === allowed.family ? allowed.contentType : null;
}
