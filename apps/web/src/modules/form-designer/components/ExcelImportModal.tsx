import { InboxOutlined } from '@ant-design/icons';
import type { FieldDefinition } from '@yuanwu/form-engine';
import { Alert, Button, Modal, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { formDesignerApi } from '../api/formDesigner.api.ts';
import type { LayoutProposal } from '../api/types.ts';
import { formDesignerMessages as m } from '../messages.ts';
import { spanOf } from '../model/palette.ts';

interface Props {
  open: boolean;
  onClose: () => void;
  onAccept: (fields: FieldDefinition[], mode: 'replace' | 'append') => void;
}

/** Upload a paper-form workbook, look at the proposed fields, take them or not. */
export function ExcelImportModal({ open, onClose, onAccept }: Props) {
  const [proposal, setProposal] = useState<LayoutProposal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const read = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      setProposal(await formDesignerApi.importExcel(file));
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  const accept = (mode: 'replace' | 'append') => {
    if (proposal) onAccept(proposal.form.fields, mode);
    setProposal(null);
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={m.excel.title}
      width={720}
      destroyOnHidden
      footer={
        proposal && (
          <Space>
            <Button onClick={() => accept('append')}>{m.excel.append}</Button>
            <Button type="primary" onClick={() => accept('replace')}>
              {m.excel.replace}
            </Button>
          </Space>
        )
      }
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Upload.Dragger
          accept=".xlsx"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void read(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{busy ? m.excel.reading : m.excel.pick}</p>
          <p className="ant-upload-hint">{m.excel.hint}</p>
        </Upload.Dragger>
        {error && <Alert type="error" showIcon message={error} />}
        {proposal && (
          <>
            <Alert
              type="success"
              showIcon
              message={`${proposal.title ?? proposal.sheet} · ${m.excel.proposal(proposal.form.fields.length)}`}
              description={
                proposal.notes.length > 0 ? proposal.notes.join(m.noteSeparator) : undefined
              }
            />
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={proposal.form.fields}
              scroll={{ y: 320 }}
              columns={[
                { title: m.props.label, dataIndex: 'label' },
                { title: m.props.key, dataIndex: 'key', render: (k: string) => <code>{k}</code> },
                {
                  title: m.typeColumn,
                  dataIndex: 'type',
                  render: (type: string) => <Tag>{m.types[type] ?? type}</Tag>,
                },
                {
                  title: m.span,
                  render: (_: unknown, field: FieldDefinition) => m.spanOptions[spanOf(field) - 1],
                },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
