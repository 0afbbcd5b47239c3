import ExcelJS from 'exceljs';
import { checkFormSchema } from '@yuanwu/form-engine';
import { describe, expect, it } from 'vitest';
import { keyFromLabel, KeyAllocator } from './field-keys.ts';
import { guessFieldType } from './guess-type.ts';
import { proposeLayout } from './layout-proposal.ts';
import { readGrid } from './sheet-grid.ts';
import { paperFormWorkbook } from './test-workbook.ts';

async function propose() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await paperFormWorkbook()).buffer);
  return proposeLayout(readGrid(workbook.worksheets[0]!));
}

describe('Excel layout proposal', () => {
  it('reads the title, fields, spans, types, section and table of a paper form', async () => {
    const proposal = await propose();
    expect(proposal.title).toBe('出差申请表');
    const summary = proposal.fields.map((field) => [field.label, field.type, field.span ?? 0]);
    expect(summary).toEqual([
      ['申请人', 'text', 2],
      ['申请日期', 'date', 2],
      ['出差天数', 'number', 1],
      ['预计费用', 'money', 2],
      ['交通方式', 'select', 2],
      ['出差事由', 'textarea', 4],
      ['费用明细', 'table', 4],
      ['科室意见', 'textarea', 4],
    ]);
    const required = proposal.fields.find((field) => field.label === '出差天数');
    expect(required?.required).toBe(true);
    const choice = proposal.fields.find((field) => field.type === 'select');
    expect(choice?.type === 'select' && choice.options).toEqual(['飞机', '火车', '自驾']);
    const table = proposal.fields.find((field) => field.type === 'table');
    expect(table?.type === 'table' && table.columns.map((c) => [c.label, c.type])).toEqual([
      ['日期', 'date'],
      ['项目', 'text'],
      ['数量', 'number'],
      ['金额', 'money'],
    ]);
    expect(checkFormSchema({ fields: proposal.fields })).toEqual([]);
  });

  it('makes a heading between fields a section', () => {
    const grid = {
      width: 4,
      rows: [
        [{ col: 1, width: 4, height: 1, text: '报销单' }],
        [
          { col: 1, width: 1, height: 1, text: '姓名' },
          { col: 2, width: 3, height: 1, text: '' },
        ],
        [{ col: 1, width: 4, height: 1, text: '审批信息' }],
        [
          { col: 1, width: 1, height: 1, text: '意见' },
          { col: 2, width: 3, height: 1, text: '' },
        ],
      ],
    };
    const types = proposeLayout(grid).fields.map((field) => field.type);
    expect(types).toEqual(['text', 'section', 'textarea']);
  });

  it('guesses types and unique pinyin keys from labels', () => {
    expect(guessFieldType('报销金额')).toBe('money');
    expect(guessFieldType('请假天数')).toBe('number');
    expect(guessFieldType('请假原因')).toBe('textarea');
    expect(guessFieldType('开始日期')).toBe('date');
    expect(guessFieldType('联系电话')).toBe('text');
    expect(keyFromLabel('申请日期')).toBe('shenQingRiQi');
    expect(keyFromLabel('ICU床位')).toBe('ICUChuangWei');
    expect(keyFromLabel('2号楼')).toBe('f2HaoLou');
    expect(keyFromLabel('（）')).toBe('fieldField');
    const keys = new KeyAllocator(['riQi']);
    expect([keys.next('日期'), keys.next('日期')]).toEqual(['riQi2', 'riQi3']);
  });
});
