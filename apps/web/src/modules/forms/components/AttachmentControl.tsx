import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import type { AttachmentField, Value } from '@yuanwu/form-engine';
import { App, Button, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { formsApi, type FileMeta } from '../api/forms.api.ts';
import { formatSize } from '../format.ts';
import { formsMessages as m } from '../messages.ts';

interface Props {
  field: AttachmentField;
  value: Value | undefined;
  /** Absent: the list only, with download links. */
  onChange?: (value: Value) => void;
  id?: string;
}

function idsOf(value: Value | undefined): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/**
 * 附件: uploads each picked file to `POST /files` at once and keeps the ids; the list names
 * each file with its size, a download link and (when editing) a remove button.
 */
export function AttachmentControl({ field, value, onChange, id }: Props) {
  const { message } = App.useApp();
  const ids = idsOf(value);
  const [uploaded, setUploaded] = useState<Record<string, FileMeta>>({});
  const [busy, setBusy] = useState(0);
  // Several files may finish before the parent re-renders: append to the newest list.
  const latest = useRef(ids);
  latest.current = ids;
  const metas = useQueries({
    queries: ids.map((fileId) => ({
      queryKey: ['forms', 'file-meta', fileId],
      queryFn: () => formsApi.fileMeta(fileId),
      enabled: !uploaded[fileId],
      staleTime: Infinity,
    })),
  });
  const full = field.maxFiles !== undefined && ids.length + busy >= field.maxFiles;

  const upload = async (file: File) => {
    setBusy((n) => n + 1);
    try {
      const meta = await formsApi.upload(file);
      setUploaded((old) => ({ ...old, [meta.id]: meta }));
      const next = [...latest.current, meta.id];
      latest.current = next;
      onChange?.(next);
    } catch {
      void message.error(m.uploadFailed(file.name));
    } finally {
      setBusy((n) => n - 1);
    }
  };

  return (
    <div className="yw-form-files" id={id}>
      {ids.map((fileId, index) => {
        const meta = uploaded[fileId] ?? metas[index]?.data;
        return (
          <div key={fileId} className="yw-form-file">
            <PaperClipOutlined style={{ color: 'var(--yw-muted)' }} />
            <a
              className="yw-form-file-name"
              href={formsApi.downloadUrl(fileId)}
              target="_blank"
              rel="noreferrer"
              title={m.download}
            >
              {meta?.name ?? fileId}
            </a>
            {meta && <span className="yw-form-file-size">{formatSize(meta.size)}</span>}
            {onChange && (
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={m.removeFile}
                onClick={() => onChange(ids.filter((other) => other !== fileId))}
              />
            )}
          </div>
        );
      })}
      {!onChange && ids.length === 0 && (
        <Typography.Text type="secondary">{m.noFiles}</Typography.Text>
      )}
      {onChange && (
        <div>
          <Upload
            multiple
            showUploadList={false}
            disabled={full}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy > 0} disabled={full}>
              {busy > 0 ? m.uploading : m.upload}
            </Button>
          </Upload>
          {field.maxFiles !== undefined && (
            <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
              {m.maxFiles(field.maxFiles)}
            </Typography.Text>
          )}
        </div>
      )}
    </div>
  );
}
