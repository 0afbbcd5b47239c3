import type { Gender } from './org.types.ts';
import { personNameReadings } from './pinyin.ts';
import { femaleGiven, maleGiven, surnames } from './seed.names.ts';
import { demoPeople, type DemoPerson, type DemoPersonKey } from './seed.people.ts';
import { SeededRandom } from './seed.random.ts';
import { slotsOf, type Slot } from './seed.slots.ts';
import { demoDepartments, vicePresidentOf, type DepartmentSpec } from './seed.structure.ts';

/** A generated person, ready to insert. */
export interface SeedPerson {
  id: string;
  employeeNo: string;
  name: string;
  gender: Gender;
  phone: string;
  email: string;
  departmentCode: string;
  position: string;
  head: boolean;
  roles: string[];
  superiorId: string | null;
  pinyin: string;
  initials: string;
  sort: number;
}

/** A generated department with its id, path and head. */
export interface SeedDepartment {
  id: string;
  spec: DepartmentSpec;
  path: string;
  headId: string | null;
}

const mobilePrefixes = [
  '130',
  '131',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '158',
  '159',
  '166',
  '176',
  '177',
  '180',
  '181',
  '182',
  '185',
  '186',
  '187',
  '188',
  '189',
  '198',
  '199',
];

/** The whole demo organisation in memory: deterministic for a given seed. */
export function generateDemoOrganisation(seed = 20261123) {
  const random = new SeededRandom(seed);
  const ids = new SeededRandom(seed ^ 0x5eed);
  const featuredNames = new Set(Object.values(demoPeople).map((p: DemoPerson) => p.name));
  const phones = new Set<string>();
  const emails = new Map<string, number>();
  let nextNo = 11001;

  const departments = new Map<string, SeedDepartment>();
  for (const spec of demoDepartments) {
    const id = ids.uuid();
    const parentPath = spec.parent ? (departments.get(spec.parent)?.path ?? '/') : '/';
    departments.set(spec.code, { id, spec, path: `${parentPath}${id}/`, headId: null });
  }

  const makePerson = (
    departmentCode: string,
    slot: Slot,
    featured: DemoPerson | null,
    sort: number,
  ): SeedPerson => {
    const gender: Gender = featured?.gender ?? (random.chance(slot.female) ? 'female' : 'male');
    let name = featured?.name ?? '';
    while (!name || (!featured && featuredNames.has(name))) {
      const given = gender === 'female' ? femaleGiven : maleGiven;
      const twoChars = random.chance(0.6);
      name = random.weighted(surnames) + random.pick(given) + (twoChars ? random.pick(given) : '');
    }
    let phone = '';
    while (!phone || phones.has(phone)) {
      phone = random.pick(mobilePrefixes) + String(random.int(100_000_000)).padStart(8, '0');
    }
    phones.add(phone);
    const readings = personNameReadings(name);
    const local = readings.pinyin.split(' ')[0] ?? 'staff';
    const seen = (emails.get(local) ?? 0) + 1;
    emails.set(local, seen);
    return {
      id: ids.uuid(),
      employeeNo: featured?.employeeNo ?? String(nextNo++),
      name,
      gender,
      phone,
      email: `${local}${seen > 1 ? seen : ''}@jzyy.example.org`,
      departmentCode,
      position: featured?.position ?? slot.position,
      head: slot.head,
      roles: [...new Set([...slot.roles, ...(featured?.roles ?? [])])],
      superiorId: null,
      pinyin: readings.pinyin,
      initials: readings.initials,
      sort,
    };
  };

  const featuredIn = (code: string) =>
    (Object.entries(demoPeople) as [DemoPersonKey, DemoPerson][]).filter(
      ([, p]) => p.departmentCode === code,
    );
  const leaders = new Map<DemoPersonKey, SeedPerson>();
  const people: SeedPerson[] = [];
  for (const [key, featured] of featuredIn('LD')) {
    const person = makePerson(
      'LD',
      { position: featured.position, head: key === 'president', roles: [], female: 0 },
      featured,
      people.length,
    );
    leaders.set(key, person);
    people.push(person);
  }
  const president = leaders.get('president');
  for (const spec of demoDepartments) {
    const slots = slotsOf(spec, random);
    const featured = featuredIn(spec.code).map(([, p]) => p);
    slots.forEach((slot, index) => {
      const match = featured.findIndex((p) => p.position === slot.position);
      const chosen = match >= 0 ? (featured.splice(match, 1)[0] ?? null) : null;
      people.push(makePerson(spec.code, slot, chosen, index));
    });
  }

  // Heads: leaves by their 主任/科长, top units by their 分管副院长, the hospital and 院领导 by the 院长.
  const topUnitOf = (spec: DepartmentSpec): string => {
    let current = spec;
    while (current.parent && current.parent !== 'H') {
      const parent = departments.get(current.parent)?.spec;
      if (!parent) break;
      current = parent;
    }
    return current.code;
  };
  for (const department of departments.values()) {
    const code = department.spec.code;
    const vp = vicePresidentOf[code];
    if (code === 'H' || code === 'LD') department.headId = president?.id ?? null;
    else if (vp && department.spec.mix === 'none') department.headId = leaders.get(vp)?.id ?? null;
    else department.headId = people.find((p) => p.departmentCode === code && p.head)?.id ?? null;
  }
  for (const person of people) {
    const department = departments.get(person.departmentCode);
    if (!department) continue;
    if (person.id === president?.id) continue;
    if (person.departmentCode === 'LD') person.superiorId = president?.id ?? null;
    else if (person.head) {
      const vp = vicePresidentOf[topUnitOf(department.spec)];
      person.superiorId = (vp && leaders.get(vp)?.id) || (president?.id ?? null);
    } else person.superiorId = department.headId;
  }
  return { departments: [...departments.values()], people };
}
