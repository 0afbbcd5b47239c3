import { fail } from '@yuanwu/kernel';
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../../platform/service-context.ts';
import { proposeLayout, type LayoutProposal } from './layout-proposal.ts';
import { readGrid } from './sheet-grid.ts';

/** The proposal for the first sheet that holds anything, with that sheet's name. */
export async function importExcelLayout(
  ctx: ServiceContext,
  fileName: string,
  bytes: Buffer,
): Promise<LayoutProposal & { sheet: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; hand it a copy of exactly these bytes.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw fail.validation('无法读取该文件，请上传 .xlsx 格式的 Excel 表格');
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) throw fail.validation('表格是空的，没有可识别的内容');
  const proposal = proposeLayout(readGrid(sheet));
  if (proposal.fields.length === 0) {
    throw fail.validation('没有识别出任何字段：请确认表格是“标签格 + 空白填写格”的样式');
  }
  // Nothing is stored: the designer decides whether to take the proposal.
  await ctx.audit({
    action: 'workflow.form.import-excel',
    targetType: 'workflow_form',
    targetId: fileName,
    summary: { sheet: sheet.name, fields: proposal.fields.length },
  });
  return { ...proposal, title: proposal.title ?? sheet.name, sheet: sheet.name };
}
