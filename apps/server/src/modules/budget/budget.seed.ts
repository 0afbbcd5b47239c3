import { newId } from '@yuanwu/kernel';
import type { Executor } from '../../db/database.ts';
import { departmentNameReadings } from '../org/index.ts';
import {
  countBudgets,
  departmentsWithPeople,
  insertBudgets,
  type NewBudget,
} from './budget.repository.ts';

/** Budget lines every department has, with the range of its yearly total (yuan). */
const lines: { suffix: string; name: string; min: number; max: number }[] = [
  { suffix: '01', name: '办公经费', min: 60_000, max: 200_000 },
  { suffix: '02', name: '差旅费', min: 40_000, max: 150_000 },
  { suffix: '03', name: '培训及会议费', min: 30_000, max: 100_000 },
  { suffix: '04', name: '设备维修费', min: 50_000, max: 300_000 },
  { suffix: '05', name: '科研专项经费', min: 100_000, max: 500_000 },
];

/** A stable number in [0, 1) from a text, so the demo looks the same every time. */
function spread(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return ((hash >>> 0) % 10_000) / 10_000;
}

const hundreds = (yuan: number) => Math.round(yuan / 100) * 100;

/**
 * Search readings of a budget name. The dictionary reads 差旅 as "cha lü"; people
 * type "chai lü", so the name is also read with 拆 (chāi) in its place.
 */
function budgetNameReadings(name: string) {
  const plain = departmentNameReadings(name);
  if (!name.includes('差旅')) return plain;
  const spoken = departmentNameReadings(name.replaceAll('差旅', '拆旅'));
  return {
    pinyin: `${plain.pinyin} ${spoken.pinyin}`,
    initials: `${plain.initials} ${spoken.initials}`,
  };
}

/**
 * Demo budgets: each department with people gets this year's lines (codes
 * like YS2026-C01-02), partly used. Only into an empty table, so an operator's
 * budgets are never touched.
 */
export async function seedDemoBudgets(db: Executor, now: Date): Promise<number> {
  if ((await countBudgets(db)) > 0) return 0;
  const year = now.getUTCFullYear();
  const rows: NewBudget[] = [];
  for (const department of await departmentsWithPeople(db)) {
    for (const line of lines) {
      const code = `YS${year}-${department.code}-${line.suffix}`;
      const total = hundreds(line.min + (line.max - line.min) * spread(code));
      const used = hundreds(total * (0.15 + 0.7 * spread(`${code}/used`)));
      const name = `${department.name}${line.name}`;
      const readings = budgetNameReadings(name);
      rows.push({
        id: newId(),
        code,
        name,
        departmentId: department.id,
        year,
        total,
        used,
        pinyin: readings.pinyin,
        initials: readings.initials,
      });
    }
  }
  for (let start = 0; start < rows.length; start += 200) {
    await insertBudgets(db, rows.slice(start, start + 200), now);
  }
  return rows.length;
}
