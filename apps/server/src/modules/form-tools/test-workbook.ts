import ExcelJS from 'exceljs';

/**
 * A paper form as hospitals keep them in Excel (8 columns): a merged title, label cells with
 * merged blank value cells, a tall answer box, printed checkboxes, a section row and a 明细表.
 */
export async function paperFormWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('出差申请');
  sheet.mergeCells('A1:H1');
  sheet.getCell('A1').value = '出差申请表';
  sheet.getCell('A2').value = '申请人';
  sheet.mergeCells('B2:D2');
  sheet.getCell('E2').value = '申请日期：';
  sheet.mergeCells('F2:H2');
  sheet.getCell('F2').value = '    年   月   日';
  sheet.getCell('A3').value = '*出差天数';
  sheet.getCell('B3').value = '';
  sheet.getCell('C3').value = '预计费用';
  sheet.mergeCells('D3:E3');
  sheet.getCell('F3').value = '交通方式';
  sheet.mergeCells('G3:H3');
  sheet.getCell('G3').value = '□飞机 □火车 □自驾';
  sheet.getCell('A4').value = '出差事由';
  sheet.mergeCells('B4:H6');
  sheet.mergeCells('A7:H7');
  sheet.getCell('A7').value = '费用明细';
  ['日期', '项目', '数量', '金额'].forEach((label, index) => {
    sheet.getCell(8, index * 2 + 1).value = label;
    sheet.mergeCells(8, index * 2 + 1, 8, index * 2 + 2);
    for (let row = 9; row <= 11; row += 1) sheet.mergeCells(row, index * 2 + 1, row, index * 2 + 2);
  });
  sheet.getCell('A12').value = '科室意见';
  sheet.mergeCells('B12:H12');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
