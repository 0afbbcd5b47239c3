import { randomUUID } from 'node:crypto';
import { departmentNameReadings } from '../../apps/server/src/modules/org/pinyin.ts';
import type { BenchDatabase } from '../database.ts';
import { nameAt } from './names.ts';

const ordinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * Grows the demo hospital to the benchmark's size: wards (病区) under the clinical
 * departments until there are `departments`, then staff until there are `people`, each
 * with a superior (the ward's head) and a login account sharing the demo's password hash.
 */
export async function growOrganisation(
  db: BenchDatabase,
  target: { departments: number; people: number },
): Promise<{ departments: number; people: number }> {
  const parents = (
    await db.query<{ id: string; name: string; path: string; campus_id: string | null }>(
      `SELECT id, name, path, campus_id FROM department
        WHERE kind = 'clinical' AND deleted_at IS NULL ORDER BY sort`,
    )
  ).rows;
  const existing = Number(
    (await db.query<{ n: string }>('SELECT count(*) AS n FROM department WHERE deleted_at IS NULL'))
      .rows[0]?.n,
  );
  const wards: { id: string; name: string; code: string; parent: (typeof parents)[number] }[] = [];
  for (let i = 0; existing + wards.length < target.departments; i += 1) {
    const parent = parents[i % parents.length];
    if (parent === undefined) break;
    const round = Math.floor(i / parents.length);
    const name = `${parent.name}${ordinals[round % 10] ?? round}病区`;
    wards.push({ id: randomUUID(), name, code: `W${String(i + 1).padStart(4, '0')}`, parent });
  }
  if (wards.length > 0) {
    const readings = wards.map((ward) => departmentNameReadings(ward.name));
    await db.query(
      `INSERT INTO department (id, code, name, parent_id, campus_id, kind, path, sort,
                               name_pinyin, name_initials)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[],
                            $6::text[], $7::text[], $8::int[], $9::text[], $10::text[])`,
      [
        wards.map((w) => w.id),
        wards.map((w) => w.code),
        wards.map((w) => w.name),
        wards.map((w) => w.parent.id),
        wards.map((w) => w.parent.campus_id),
        wards.map(() => 'clinical'),
        wards.map((w) => `${w.parent.path}${w.id}/`),
        wards.map((_, i) => 100_000 + i),
        readings.map((r) => r.pinyin),
        readings.map((r) => r.initials),
      ],
    );
  }
  await addStaff(db, target.people);
  // A ward's first member heads it, so 'department head' rules resolve for its staff.
  await db.query(
    `UPDATE department d
        SET head_person_id = (SELECT p.id FROM person p WHERE p.department_id = d.id
                               ORDER BY p.employee_no LIMIT 1)
      WHERE d.head_person_id IS NULL AND d.code LIKE 'W%'`,
  );
  const counts = await db.query<{ d: string; p: string }>(
    `SELECT (SELECT count(*) FROM department WHERE deleted_at IS NULL) AS d,
            (SELECT count(*) FROM person WHERE deleted_at IS NULL) AS p`,
  );
  return { departments: Number(counts.rows[0]?.d), people: Number(counts.rows[0]?.p) };
}

async function addStaff(db: BenchDatabase, target: number): Promise<void> {
  const departments = (
    await db.query<{ id: string; head: string | null }>(
      `SELECT d.id, coalesce(d.head_person_id, p.head_person_id) AS head
         FROM department d LEFT JOIN department p ON p.id = d.parent_id
        WHERE d.deleted_at IS NULL AND d.kind <> 'hospital'`,
    )
  ).rows;
  const hash = (
    await db.query<{ password_hash: string }>(
      `SELECT password_hash FROM account WHERE person_id IS NOT NULL LIMIT 1`,
    )
  ).rows[0]?.password_hash;
  if (hash === undefined) throw new Error('the demo hospital has no accounts to copy a hash from');
  const have = Number(
    (await db.query<{ n: string }>('SELECT count(*) AS n FROM person WHERE deleted_at IS NULL'))
      .rows[0]?.n,
  );
  const batch = 1_000;
  for (let start = have; start < target; start += batch) {
    const rows = [];
    for (let index = start; index < Math.min(target, start + batch); index += 1) {
      const department = departments[index % departments.length];
      if (department === undefined) break;
      rows.push({ id: randomUUID(), no: `B${index}`, department, ...nameAt(index) });
    }
    await db.query(
      `INSERT INTO person (id, employee_no, name, department_id, superior_id,
                           name_pinyin, name_initials, phone)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[],
                            $6::text[], $7::text[], $8::text[])`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.no),
        rows.map((r) => r.name),
        rows.map((r) => r.department.id),
        rows.map((r) => r.department.head),
        rows.map((r) => r.pinyin),
        rows.map((r) => r.initials),
        rows.map((_, i) => `139${String(start + i).padStart(8, '0')}`),
      ],
    );
    await db.query(
      `INSERT INTO person_department (person_id, department_id, is_primary)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::boolean[])`,
      [rows.map((r) => r.id), rows.map((r) => r.department.id), rows.map(() => true)],
    );
    await db.query(
      `INSERT INTO account (id, username, display_name, person_id, password_hash,
                            must_change_password)
       SELECT gen_random_uuid(), no, name, id, $4, false
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, no, name)`,
      [rows.map((r) => r.id), rows.map((r) => r.no), rows.map((r) => r.name), hash],
    );
    await db.query(
      `INSERT INTO role_member (role_id, person_id)
       SELECT r.id, t.id FROM unnest($1::uuid[]) AS t(id), role r WHERE r.code = 'staff'`,
      [rows.map((r) => r.id)],
    );
  }
}
