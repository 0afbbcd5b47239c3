import {
  CloudDownloadOutlined,
  FileExcelOutlined,
  InboxOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Result, Segmented, Space, Steps, Tooltip, Upload } from 'antd';
import { useState } from 'react';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { orgApi } from '../api/org.api.ts';
import type { ImportKind, ImportMode, ImportReport } from '../api/types.ts';
import { useOrgMutation } from '../hooks/useOrgMutation.ts';
import { orgMessages } from '../messages.ts';
import { ImportReportView } from './ImportReportView.tsx';

const m = orgMessages.importExport;

type Stage =
  | { step: 'choose' }
  | { step: 'checked'; file: File; report: ImportReport }
  | { step: 'done'; report: ImportReport };

/** 导入导出: templates and exports, then upload → dry run → all-or-nothing or valid-only. */
export function ImportExportScreen() {
  const { modal, message } = App.useApp();
  const [kind, setKind] = useState<ImportKind>('people');
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [downloading, setDownloading] = useState<string | null>(null);
  const run = useOrgMutation(({ file, mode }: { file: File; mode: ImportMode }) =>
    orgApi.importFile(kind, file, mode),
  );

  const download = async (what: 'template' | 'export') => {
    setDownloading(what);
    try {
      await (what === 'template' ? orgApi.downloadTemplate(kind) : orgApi.exportList(kind));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setDownloading(null);
    }
  };

  const check = async (file: File) => {
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      void message.error(m.onlyXlsx);
      return;
    }
    const report = await run.mutateAsync({ file, mode: 'dry-run' });
    setStage({ step: 'checked', file, report });
  };

  const write = (mode: 'all-or-nothing' | 'valid-only') => {
    if (stage.step !== 'checked') return;
    modal.confirm({
      title:
        mode === 'all-or-nothing'
          ? m.importAllConfirm
          : m.importValidConfirm(stage.report.validRows),
      onOk: async () => {
        const report = await run.mutateAsync({ file: stage.file, mode });
        setStage({ step: 'done', report });
      },
    });
  };

  const current = stage.step === 'choose' ? 1 : 2;
  return (
    <PageContainer title={m.title} description={m.description}>
      <Card variant="borderless" className="yw-panel">
        <div className="yw-import-head">
          <Segmented<ImportKind>
            value={kind}
            onChange={(value) => {
              setKind(value);
              setStage({ step: 'choose' });
            }}
            options={[
              { value: 'people', label: m.people },
              { value: 'departments', label: m.departments },
            ]}
          />
          <Space wrap>
            <Button
              icon={<FileExcelOutlined />}
              loading={downloading === 'template'}
              onClick={() => void download('template')}
            >
              {m.template}
            </Button>
            <Button
              icon={<CloudDownloadOutlined />}
              loading={downloading === 'export'}
              onClick={() => void download('export')}
            >
              {m.export}
            </Button>
          </Space>
        </div>
        <Steps
          size="small"
          current={stage.step === 'done' ? 3 : current}
          className="yw-import-steps"
          items={[{ title: m.step1 }, { title: m.step2 }, { title: m.step3 }]}
        />
        {stage.step === 'choose' && (
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            disabled={run.isPending}
            beforeUpload={(file) => {
              void check(file).catch(() => undefined);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{run.isPending ? m.checking : m.upload}</p>
            <p className="ant-upload-hint">{m.uploadHint}</p>
          </Upload.Dragger>
        )}
        {stage.step === 'checked' && (
          <>
            <ImportReportView report={stage.report} />
            <div className="yw-import-actions">
              <Button icon={<ReloadOutlined />} onClick={() => setStage({ step: 'choose' })}>
                {m.reupload}
              </Button>
              <Tooltip title={m.importAllHint}>
                <Button
                  type={stage.report.invalidRows === 0 ? 'primary' : 'default'}
                  disabled={stage.report.validRows === 0}
                  loading={run.isPending}
                  onClick={() => write('all-or-nothing')}
                >
                  {m.importAll}
                </Button>
              </Tooltip>
              <Tooltip title={m.importValidHint}>
                <Button
                  type={stage.report.invalidRows > 0 ? 'primary' : 'default'}
                  disabled={stage.report.validRows === 0}
                  loading={run.isPending}
                  onClick={() => write('valid-only')}
                >
                  {m.importValid}
                </Button>
              </Tooltip>
            </div>
          </>
        )}
        {stage.step === 'done' && (
          <Result
            status={stage.report.written > 0 ? 'success' : 'warning'}
            title={stage.report.written > 0 ? m.written(stage.report.written) : m.nothingWritten}
            extra={
              <Button type="primary" onClick={() => setStage({ step: 'choose' })}>
                {m.again}
              </Button>
            }
          >
            {stage.report.problems.length > 0 && <ImportReportView report={stage.report} done />}
          </Result>
        )}
      </Card>
    </PageContainer>
  );
}
