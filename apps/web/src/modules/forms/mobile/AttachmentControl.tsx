import { CloseOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { Value } from '@yuanwu/form-engine';
import { Toast } from 'antd-mobile';
import { useRef, useState } from 'react';
import { api, apiUrl, isApiError } from '../../../app/api.ts';
import { mobileFormMessages as m } from './messages.ts';

interface Uploaded {
  id: string;
  name: string;
}

// POST /files is multipart, which the JSON client does not send; the token comes from the session.
async function upload(file: File): Promise<Uploaded> {
  const { csrfToken } = await api.get<{ csrfToken: string }>('/auth/session');
  const body = new FormData();
  body.append('file', file);
  const response = await fetch(apiUrl('/files'), {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { 'x-csrf-token': csrfToken, accept: 'application/json' },
  });
  if (!response.ok) throw new Error(m.failedWithStatus(m.uploadFailed, response.status));
  return (await response.json()) as Uploaded;
}

/** 附件 on a phone: take a photo or pick a file; the value is the list of file ids. */
export function AttachmentControl({
  value,
  onChange,
  disabled,
  maxFiles,
}: {
  value: Value | undefined;
  onChange: (value: Value) => void;
  disabled: boolean;
  maxFiles?: number;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const ids = Array.isArray(value)
    ? value.filter((id): id is string => typeof id === 'string')
    : [];
  const full = maxFiles !== undefined && ids.length >= maxFiles;

  const pick = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const done = await upload(file);
      setNames((old) => ({ ...old, [done.id]: done.name }));
      onChange([...ids, done.id]);
    } catch (error) {
      Toast.show({
        icon: 'fail',
        content: isApiError(error) || error instanceof Error ? error.message : m.uploadFailed,
      });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="yw-mf-files">
      {ids.map((id, index) => (
        <div key={id} className="yw-mf-file">
          <PaperClipOutlined />
          <a href={apiUrl(`/files/${id}`)} className="yw-mf-file-name">
            {names[id] ?? `${m.attachment} ${index + 1}`}
          </a>
          {!disabled && (
            <button
              type="button"
              className="yw-mf-file-remove"
              aria-label={m.removeRow}
              onClick={() => onChange(ids.filter((x) => x !== id))}
            >
              <CloseOutlined />
            </button>
          )}
        </div>
      ))}
      {!disabled && !full && (
        <button
          type="button"
          className="yw-mf-upload"
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          <UploadOutlined /> {busy ? m.uploading : m.upload}
        </button>
      )}
      {disabled && ids.length === 0 && <span className="yw-mf-computed">—</span>}
      <input ref={input} type="file" hidden onChange={(event) => void pick(event.target.files)} />
    </div>
  );
}
