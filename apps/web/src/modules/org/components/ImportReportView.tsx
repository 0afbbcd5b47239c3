import { Alert, Col, Empty, Row, Statistic, Table } from 'antd';
import type { ImportProblem, ImportReport } from '../api/types.ts';
import { orgMessages } from '../messages.ts';

const m = orgMessages.importExport;

/** The dry run's verdict: counts, then every problem by row and column. */
export function ImportReportView({
  report,
  done = false,
}: {
  report: ImportReport;
  done?: boolean;
}) {
  return (
    <div>
      <Row gutter={16} className="yw-import-stats">
        <Col span={8}>
          <Statistic title={m.totalRows} value={report.totalRows} />
        </Col>
        <Col span={8}>
          <Statistic
            title={m.validRows}
            value={report.validRows}
            styles={{ content: { color: '#18a058' } }}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={m.invalidRows}
            value={report.invalidRows}
            styles={{ content: { color: report.invalidRows > 0 ? '#e04848' : undefined } }}
          />
        </Col>
      </Row>
      <Alert
        showIcon
        type={report.invalidRows > 0 ? 'warning' : 'success'}
        title={
          report.invalidRows === 0
            ? m.allValid
            : done
              ? m.skipped(report.invalidRows)
              : m.someInvalid(report.invalidRows)
        }
        style={{ margin: '16px 0' }}
      />
      {report.problems.length > 0 && (
        <Table<ImportProblem>
          size="small"
          rowKey={(problem) => `${problem.row}:${problem.column}:${problem.message}`}
          dataSource={report.problems}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          columns={[
            {
              key: 'row',
              title: m.row,
              dataIndex: 'row',
              width: 80,
              sorter: (a, b) => a.row - b.row,
              defaultSortOrder: 'ascend',
            },
            { key: 'column', title: m.column, dataIndex: 'column', width: 140 },
            { key: 'message', title: m.problem, dataIndex: 'message' },
          ]}
        />
      )}
    </div>
  );
}
