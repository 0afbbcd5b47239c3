import ExcelJS from 'exceljs';
import type { AuditRow } from './audit.repository.ts';
import { formatInZone } from './audit.time.ts';

/** Who exported what, shown on the workbook's second sheet. */
export interface ExportContext {
  timeZone: string;
  exportedAt: Date;
  exportedBy: string;
  filter: Record<string, string>;
}

// Excel refuses longer text in a cell.
const cellLimit = 32_767;
const clip = (text: string) => (text.length > cellLimit ? text.slice(0, cellLimit) : text);

const filterLabels: Record<string, string> = {
  actor: '操作人',
  action: '操作（前缀）',
  targetType: '对象类型',
  targetId: '对象 ID',
  result: '结果',
  from: '开始时间（UTC）',
  to: '结束时间（UTC，不含）',
};

/** The audit entries as an .xlsx: Chinese headers, times in the hospital's zone. */
export async function buildAuditWorkbook(
  rows: readonly AuditRow[],
  context: ExportContext,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = context.exportedAt;
  const sheet = workbook.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '序号', key: 'seq', width: 10 },
    { header: `时间（${context.timeZone}）`, key: 'at', width: 21 },
    { header: '账号', key: 'username', width: 16 },
    { header: '姓名', key: 'name', width: 12 },
    { header: 'IP 地址', key: 'ip', width: 16 },
    { header: '操作', key: 'action', width: 28 },
    { header: '对象类型', key: 'targetType', width: 14 },
    { header: '对象 ID', key: 'targetId', width: 38 },
    { header: '结果', key: 'result', width: 8 },
    { header: '错误码', key: 'errorCode', width: 16 },
    { header: '摘要', key: 'summary', width: 60 },
    { header: '请求 ID', key: 'requestId', width: 38 },
    { header: '终端', key: 'userAgent', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({
      seq: Number(row.seq),
      at: formatInZone(row.at, context.timeZone),
      username: row.actor_username,
      name: row.actor_name,
      ip: row.ip,
      action: row.action,
      targetType: row.target_type ?? '',
      targetId: row.target_id ?? '',
      result: row.result === 'success' ? '成功' : '失败',
      errorCode: row.error_code ?? '',
      summary: clip(JSON.stringify(row.summary)),
      requestId: row.request_id,
      userAgent: clip(row.user_agent),
    });
  }

  const about = workbook.addWorksheet('导出说明');
  about.columns = [
    { header: '项目', key: 'item', width: 24 },
    { header: '内容', key: 'value', width: 60 },
  ];
  about.getRow(1).font = { bold: true };
  about.addRow({ item: '导出人', value: context.exportedBy });
  about.addRow({
    item: '导出时间',
    value: `${formatInZone(context.exportedAt, context.timeZone)}（${context.timeZone}）`,
  });
  about.addRow({ item: '条数', value: rows.length });
  for (const [name, value] of Object.entries(context.filter)) {
    about.addRow({ item: `筛选：${filterLabels[name] ?? name}`, value });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
